/// Splits prose into sentences on UTF-8 bytes, for news and encyclopedic text.
///
/// A sentence ends at `.`, `?`, `!` or an ellipsis (`…`, `...`), taken together with any closing quotes,
/// brackets and citation marks after it ("…said.” ", "…(in 2019.) ", "…in 2001.[3] "), when white space and a
/// word that may open a sentence follow: a capital letter (or a letter of a script without case), a digit, an
/// opening quote or bracket. A lower-case word after the mark, even inside an opening quote or bracket, never
/// starts a new sentence ("“Is it over?” she asked."); a dash or other symbol does only after a line break.
///
/// A full stop after an abbreviation is read by the word's class (see `Abbreviations`): titles ("Dr.", "Gen.",
/// "Lt. Col.", "St."), initials ("J. R. R. Tolkien"), dotted acronyms ("U.S.", "p.m.") and common abbreviations
/// ("Inc.", "etc.") end a sentence only before a common sentence opener ("…in the U.S. The…" splits, "…the
/// U.S. Army…" does not); "No.", "pp." and the like never before a digit ("No. 10"); months never before a
/// day ("Jan. 18"); "e.g.", "i.e." and "a.k.a." never. Decimals and versions ("3.5", "v2.0") have no space
/// after the dot, so they never end one.
///
/// Line breaks: a blank line always ends a sentence (paragraphs); a single line break is a space, except after a
/// headline — a line that opens the text or a paragraph (or follows another headline), has no closing
/// punctuation, does not end in a comma, colon, dash or a word such as "of" or "the", is followed by a line
/// that starts like a sentence, and is title-cased or less than half as long as that line. A Markdown heading
/// (`# …`) is always its own unit. A dateline stays with its sentence ("Islamabad, Pakistan – Pakistan’s…").
///
/// Positions are UTF-8 byte ranges into the text and 1-based line numbers (`SentenceSpan`). One pass over the
/// bytes; word-level checks run only at candidate boundaries.
public enum SentenceSplitter {
    /// The sentences of `text`.
    public static func split(_ text: String) -> [SentenceSpan] {
        if let spans = text.utf8.withContiguousStorageIfAvailable({ split(utf8: $0) }) { return spans }
        var copy = text
        return copy.withUTF8 { split(utf8: $0) }
    }

    /// The sentences of UTF-8 `bytes`; ranges are offsets into `bytes`. Invalid UTF-8 in a sentence's text is
    /// replaced by U+FFFD (ranges still point at the original bytes).
    public static func split(utf8 bytes: UnsafeBufferPointer<UInt8>) -> [SentenceSpan] {
        var spans: [SentenceSpan] = []
        spans.reserveCapacity(bytes.count / 100 + 1)
        let boundaries = SentenceBoundaries(bytes: bytes)
        let count = bytes.count
        var index = 0
        var line = 1
        var lineStart = 0
        var lineHasText = false
        var lineBeginsUnit = true  // the current line opens the text, a paragraph, or follows a headline
        var start = -1  // the first byte of the pending sentence, or -1
        var startLine = 1
        while index < count {
            let byte = bytes[index]
            if byte == 0x0A {
                var cutHere = false
                if start >= 0 {
                    if boundaries.isParagraphBreak(after: index) {
                        cutHere = true
                    } else if lineBeginsUnit, start >= lineStart,
                        boundaries.isHeadlineEnd(lineStart: lineStart, newline: index)
                    {
                        cutHere = true
                    }
                    if cutHere {
                        append(bytes, start..<index, line: startLine, into: &spans)
                        start = -1
                    }
                }
                lineBeginsUnit = cutHere || !lineHasText
                line += 1
                index += 1
                lineStart = index
                lineHasText = false
                continue
            }
            if byte <= 0x20 {
                index += 1
                continue
            }
            lineHasText = true
            if start < 0 {
                start = index
                startLine = line
            }
            let isTerminal =
                byte == UInt8(ascii: ".") || byte == UInt8(ascii: "?") || byte == UInt8(ascii: "!")
                || (byte == 0xE2 && index + 2 < count && bytes[index + 1] == 0x80 && bytes[index + 2] == 0xA6)
            guard isTerminal else {
                index += 1
                continue
            }
            let (marksEnd, end) = boundaries.closers(after: index)
            if boundaries.endsSentence(mark: index, marksEnd: marksEnd, end: end) {
                append(bytes, start..<end, line: startLine, into: &spans)
                start = -1
            }
            index = end
        }
        if start >= 0 { append(bytes, start..<count, line: startLine, into: &spans) }
        return spans
    }

    /// Each non-blank line of `text` as one sentence (for corpora already split into sentences), trimmed. Lines end
    /// at LF, CRLF or a lone CR, as `TextLines` reads them.
    public static func lines(of text: String) -> [SentenceSpan] {
        var copy = text
        return copy.withUTF8 { bytes in
            var spans: [SentenceSpan] = []
            for (number, range) in TextLines.ranges(in: bytes).enumerated() {
                append(bytes, range, line: number + 1, into: &spans)
            }
            return spans
        }
    }

    /// Appends the span for `range` trimmed of white space, if any text is left.
    static func append(
        _ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, line: Int, into spans: inout [SentenceSpan]
    ) {
        guard let trimmed = trimmed(bytes, range) else { return }
        let text = String(decoding: UnsafeBufferPointer(rebasing: bytes[trimmed]), as: UTF8.self)
        spans.append(SentenceSpan(range: trimmed, line: line, text: text))
    }

    /// `range` of `bytes` without white space (bytes up to 0x20) at either end; nil if nothing is left.
    static func trimmed(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Range<Int>? {
        var lower = range.lowerBound
        var upper = range.upperBound
        while lower < upper, bytes[lower] <= 0x20 { lower += 1 }
        while upper > lower, bytes[upper - 1] <= 0x20 { upper -= 1 }
        return lower < upper ? lower..<upper : nil
    }
}
