/// The one line reader every text format goes through (questions, queries, TREC labels, gold TSV and JSON Lines,
/// corpora, the shell's history): a line ends at LF, CRLF or a lone CR, alike.
///
/// It works on UTF-8 bytes: Swift's `String.split(separator: "\n")` compares `Character`s and never matches
/// "\r\n", which is a single grapheme, so a CRLF file would read as one line.
package enum TextLines {
    /// The lines of `text` without their terminators. Like `split(omittingEmptySubsequences: false)`, a text
    /// ending with a line break yields an empty last line, and the empty text yields one empty line, so line `n`
    /// of a file is element `n - 1`. O(n) in the text's length.
    package static func lines(of text: String) -> [Substring] {
        var lines: [Substring] = []
        let utf8 = text.utf8
        var start = utf8.startIndex
        var index = utf8.startIndex
        while index != utf8.endIndex {
            let byte = utf8[index]
            if byte == 0x0A || byte == 0x0D {
                lines.append(Substring(utf8[start..<index]))
                var next = utf8.index(after: index)
                if byte == 0x0D, next != utf8.endIndex, utf8[next] == 0x0A { next = utf8.index(after: next) }
                start = next
                index = next
            } else {
                index = utf8.index(after: index)
            }
        }
        lines.append(Substring(utf8[start..<utf8.endIndex]))
        return lines
    }

    /// The byte ranges of the lines of `bytes` (terminators excluded), with the same rules as `lines(of:)`.
    package static func ranges(in bytes: some RandomAccessCollection<UInt8>) -> [Range<Int>] {
        var ranges: [Range<Int>] = []
        Array(bytes).withUnsafeBufferPointer { forEachRange(in: $0) { ranges.append($0) } }
        return ranges
    }

    /// Calls `body` with the byte range of each line of `bytes` in order (terminators excluded: LF, CRLF or a lone
    /// CR; the last line may be empty), allocating nothing.
    static func forEachRange(in bytes: UnsafeBufferPointer<UInt8>, _ body: (Range<Int>) -> Void) {
        var start = 0
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            if byte == 0x0A || byte == 0x0D {
                body(start..<index)
                index += byte == 0x0D && index + 1 < bytes.count && bytes[index + 1] == 0x0A ? 2 : 1
                start = index
            } else {
                index += 1
            }
        }
        body(start..<bytes.count)
    }

    /// Whether `byte` ends a line (LF or CR).
    @inlinable
    package static func isLineBreak(_ byte: UInt8) -> Bool { byte == 0x0A || byte == 0x0D }
}
