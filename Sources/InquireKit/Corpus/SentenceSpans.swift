/// A corpus's sentences as byte ranges into its documents' texts, with their lines: the texts are held once (by the
/// documents), and a sentence's `String` is made from its document's bytes when it is read. Three flat arrays
/// (`SentenceTable`, the form index files store) instead of one record and one `String` per sentence, so a corpus
/// of a million sentences does not hold its text twice.
final class SentenceSpans: Sendable {
    /// Each document's text (shared with the documents, not copied).
    let texts: [String]
    /// Each sentence's document, byte range and line.
    let table: SentenceTable

    /// The sentences of `documents`, split with `SentenceSplitter` or one per non-blank line; `ranges` receives
    /// each document's range of sentences.
    init(documents: [Document], oneSentencePerLine: Bool, ranges: inout [Range<Int>]) {
        var table = SentenceTable(documents: [], ranges: [], lines: [])
        var texts: [String] = []
        texts.reserveCapacity(documents.count)
        ranges.reserveCapacity(documents.count)
        for (index, document) in documents.enumerated() {
            let start = table.documents.count
            texts.append(document.text)
            func add(_ range: Range<Int>, line: Int) {
                table.documents.append(UInt32(truncatingIfNeeded: index))
                table.ranges.append(UInt64(range.lowerBound))
                table.ranges.append(UInt64(range.upperBound))
                let sourceLine = document.textLinesAreSourceLines ? document.firstLine + line - 1 : document.firstLine
                table.lines.append(UInt64(truncatingIfNeeded: sourceLine))
            }
            Self.withUTF8(document.text) { bytes in
                if oneSentencePerLine {
                    Self.forEachLine(in: bytes) { add($0, line: $1) }
                } else {
                    for span in SentenceSplitter.split(utf8: bytes) { add(span.range, line: span.line) }
                }
            }
            ranges.append(start..<table.documents.count)
        }
        self.texts = texts
        self.table = table
    }

    /// The number of sentences.
    var count: Int { table.documents.count }

    /// Sentence `index`, its text made from its document's bytes.
    func sentence(_ index: Int) -> Sentence {
        let range = Int(table.ranges[2 * index])..<Int(table.ranges[2 * index + 1])
        return Sentence(
            document: Int(table.documents[index]), range: range, line: Int(table.lines[index]),
            text: withUTF8(of: index) { String(decoding: $0, as: UTF8.self) })
    }

    /// Calls `body` with the UTF-8 bytes of sentence `index`, without making a `String`.
    func withUTF8<R>(of index: Int, _ body: (UnsafeBufferPointer<UInt8>) -> R) -> R {
        let lower = Int(table.ranges[2 * index])
        let upper = Int(table.ranges[2 * index + 1])
        return Self.withUTF8(texts[Int(table.documents[index])]) {
            body(UnsafeBufferPointer(rebasing: $0[lower..<upper]))
        }
    }

    /// Calls `body` with the UTF-8 bytes of `text` (in place for a native string, else a copy).
    static func withUTF8<R>(_ text: String, _ body: (UnsafeBufferPointer<UInt8>) -> R) -> R {
        if let result = text.utf8.withContiguousStorageIfAvailable(body) { return result }
        var copy = text
        return copy.withUTF8(body)
    }

    /// Calls `body(range, line)` for each non-blank line of `bytes` trimmed of white space (lines end at LF, CRLF or
    /// a lone CR), as `SentenceSplitter.lines(of:)` gives them, without making their text.
    static func forEachLine(in bytes: UnsafeBufferPointer<UInt8>, _ body: (Range<Int>, Int) -> Void) {
        var line = 1
        TextLines.forEachRange(in: bytes) { range in
            if let trimmed = SentenceSplitter.trimmed(bytes, range) { body(trimmed, line) }
            line += 1
        }
    }
}
