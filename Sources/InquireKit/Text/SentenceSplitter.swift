/// Splits prose into sentences on UTF-8 bytes, for news and encyclopedic text.
///
/// A sentence ends at `.`, `?`, `!` or `…` (with any closing quotes and brackets) followed by white space and a
/// word that may open a sentence; titles ("Dr."), initials ("J. R."), abbreviations ("U.S." inside a sentence)
/// and decimals do not end one. A blank line always ends a sentence; a line without closing punctuation that is
/// followed by a capitalised line (a headline) is its own unit.
public enum SentenceSplitter {
    /// The sentences of `text`.
    public static func split(_ text: String) -> [SentenceSpan] {
        var copy = text
        return copy.withUTF8 { bytes in
            var spans: [SentenceSpan] = []
            var cutter = Cutter(bytes: bytes)
            cutter.run(into: &spans)
            return spans
        }
    }

    /// Each non-blank line of `text` as one sentence (for corpora already split into sentences).
    public static func lines(of text: String) -> [SentenceSpan] {
        var copy = text
        return copy.withUTF8 { bytes in
            var spans: [SentenceSpan] = []
            var start = 0
            var line = 1
            for index in 0...bytes.count where index == bytes.count || bytes[index] == 0x0A {
                Cutter.append(bytes, start..<index, line: line, into: &spans)
                start = index + 1
                line += 1
            }
            return spans
        }
    }
}

/// The state of one pass over a text.
private struct Cutter {
    let bytes: UnsafeBufferPointer<UInt8>
    var start = 0
    var startLine = 1

    init(bytes: UnsafeBufferPointer<UInt8>) { self.bytes = bytes }

    mutating func run(into spans: inout [SentenceSpan]) {
        var index = 0
        let count = bytes.count
        while index < count {
            let byte = bytes[index]
            if byte == 0x0A {
                if isParagraphBreak(after: index) || isHeadlineEnd(at: index) {
                    cut(at: index, next: index + 1, into: &spans)
                }
                index += 1
                continue
            }
            let terminal =
                byte == UInt8(ascii: ".") || byte == UInt8(ascii: "?") || byte == UInt8(ascii: "!")
                || (byte == 0xE2 && index + 2 < count && bytes[index + 1] == 0x80 && bytes[index + 2] == 0xA6)
            guard terminal else {
                index += 1
                continue
            }
            var end = index + (byte == 0xE2 ? 3 : 1)
            end = skipClosers(from: end)
            if endsSentence(terminalAt: index, end: end) {
                cut(at: end, next: end, into: &spans)
            }
            index = max(end, index + 1)
        }
        cut(at: count, next: count, into: &spans)
    }

    /// Skips further terminal marks, closing quotes and brackets after a terminal mark.
    func skipClosers(from position: Int) -> Int {
        var end = position
        while end < bytes.count {
            let byte = bytes[end]
            if byte == UInt8(ascii: ".") || byte == UInt8(ascii: "?") || byte == UInt8(ascii: "!")
                || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "'") || byte == UInt8(ascii: ")")
                || byte == UInt8(ascii: "]")
            {
                end += 1
            } else if byte == 0xE2, end + 2 < bytes.count, bytes[end + 1] == 0x80,
                bytes[end + 2] == 0x9D || bytes[end + 2] == 0x99 || bytes[end + 2] == 0xA6
            {
                end += 3  // ” ’ …
            } else {
                break
            }
        }
        return end
    }

    /// Whether the terminal mark at `index` (closers up to `end`) ends the sentence.
    func endsSentence(terminalAt index: Int, end: Int) -> Bool {
        guard end < bytes.count else { return true }
        guard isSpace(bytes[end]) else { return false }
        var next = end
        while next < bytes.count, isSpace(bytes[next]) { next += 1 }
        guard next < bytes.count else { return true }
        let nextWord = word(at: next)
        let opener = bytes[next]
        let opensSentence =
            UTF8Classes.isUpper(opener) || UTF8Classes.isDigit(opener) || opener == UInt8(ascii: "\"")
            || opener == UInt8(ascii: "'") || opener == UInt8(ascii: "(") || opener >= 0xC0
        guard opensSentence else { return false }
        guard bytes[index] == UInt8(ascii: ".") else { return true }
        let before = wordBefore(index)
        if before.isEmpty { return true }
        let lowered = before.lowercased()
        if Abbreviations.titles.contains(lowered) { return false }
        // A single capital letter is an initial ("J. R. R. Tolkien"), unless a common opener follows.
        if before.count == 1, before.first?.isUppercase == true {
            return Abbreviations.sentenceOpeners.contains(nextWord.lowercased())
        }
        // Dotted acronyms ("U.S.") and common abbreviations end a sentence only before a typical opener.
        if before.contains(".") || Abbreviations.common.contains(lowered) {
            return Abbreviations.sentenceOpeners.contains(nextWord.lowercased())
        }
        return true
    }

    /// The word (letters and inner dots) that ends just before `index`.
    func wordBefore(_ index: Int) -> String {
        var start = index
        while start > 0 {
            let byte = bytes[start - 1]
            guard UTF8Classes.isASCIILetter(byte) || byte == UInt8(ascii: ".") || byte >= 0x80 else { break }
            start -= 1
        }
        var text = String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<index]), as: UTF8.self)
        while text.hasPrefix(".") { text.removeFirst() }
        return text
    }

    /// The run of letters starting at `index`.
    func word(at index: Int) -> String {
        var end = index
        while end < bytes.count, UTF8Classes.isASCIILetter(bytes[end]) || bytes[end] >= 0x80 { end += 1 }
        return String(decoding: UnsafeBufferPointer(rebasing: bytes[index..<end]), as: UTF8.self)
    }

    /// Whether the newline at `index` is followed by a blank line.
    func isParagraphBreak(after index: Int) -> Bool {
        var next = index + 1
        while next < bytes.count, bytes[next] == UInt8(ascii: " ") || bytes[next] == 0x09 || bytes[next] == 0x0D {
            next += 1
        }
        return next >= bytes.count || bytes[next] == 0x0A
    }

    /// Whether the newline at `index` ends a headline: a line without closing punctuation, followed by a line
    /// that starts with a capital letter, a digit or a quote.
    func isHeadlineEnd(at index: Int) -> Bool {
        var lineStart = index
        while lineStart > 0, bytes[lineStart - 1] != 0x0A { lineStart -= 1 }
        guard lineStart >= start else { return false }
        var last = index
        while last > lineStart, isSpace(bytes[last - 1]) { last -= 1 }
        guard last > lineStart else { return false }
        let final = bytes[last - 1]
        if final == UInt8(ascii: ",") || final == UInt8(ascii: ";") || final == UInt8(ascii: "-") { return false }
        var next = index + 1
        while next < bytes.count, bytes[next] == UInt8(ascii: " ") || bytes[next] == 0x09 { next += 1 }
        guard next < bytes.count else { return true }
        let opener = bytes[next]
        return UTF8Classes.isUpper(opener) || UTF8Classes.isDigit(opener) || opener == UInt8(ascii: "\"")
            || opener == UInt8(ascii: "#") || opener >= 0xC0
    }

    @inline(__always) func isSpace(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x0A || byte == 0x09 || byte == 0x0D || byte == 0x0C
    }

    /// Emits the sentence from `start` to `end` and moves `start` to `next`.
    mutating func cut(at end: Int, next: Int, into spans: inout [SentenceSpan]) {
        // Count the line of the sentence's first non-space byte.
        var first = start
        var firstLine = startLine
        while first < end, isSpace(bytes[first]) {
            if bytes[first] == 0x0A { firstLine += 1 }
            first += 1
        }
        Cutter.append(bytes, first..<end, line: firstLine, into: &spans)
        var lineAtNext = firstLine
        for index in first..<min(next, bytes.count) where bytes[index] == 0x0A { lineAtNext += 1 }
        start = next
        startLine = lineAtNext
    }

    /// Appends the trimmed span for `range` if it holds any text.
    static func append(
        _ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, line: Int, into spans: inout [SentenceSpan]
    ) {
        var lower = range.lowerBound
        var upper = range.upperBound
        while lower < upper, bytes[lower] <= 0x20 { lower += 1 }
        while upper > lower, bytes[upper - 1] <= 0x20 { upper -= 1 }
        guard lower < upper else { return }
        let text = String(decoding: UnsafeBufferPointer(rebasing: bytes[lower..<upper]), as: UTF8.self)
        spans.append(SentenceSpan(range: lower..<upper, line: line, text: text))
    }
}
