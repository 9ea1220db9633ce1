/// The line-break rules of the sentence splitter: paragraphs and headlines.
extension SentenceBoundaries {
    /// Words a headline does not end with: a line ending in one goes on in the next ("…was acquired by\nMicrosoft").
    static let continuationWords: Set<String> = [
        "a", "an", "the", "of", "and", "or", "but", "nor", "to", "in", "on", "at", "for", "by", "with", "from",
        "as", "than", "that", "which", "who", "whose", "into", "about", "between", "its", "their", "his", "her",
        "my", "our", "your", "this", "these", "those",
    ]

    /// Short words a title-cased headline leaves in lower case ("Retaliatory Airstrikes by Pakistan").
    static let titleSmallWords: Set<String> = [
        "a", "an", "the", "and", "or", "but", "nor", "of", "in", "on", "at", "to", "for", "by", "with", "from",
        "as", "vs", "via", "per", "into", "over", "up", "off", "out",
    ]

    /// Whether the line break at `newline` is followed by a blank line (only spaces, tabs or carriage returns).
    func isParagraphBreak(after newline: Int) -> Bool {
        var next = newline + 1
        while next < bytes.count, bytes[next] == 0x20 || bytes[next] == 0x09 || bytes[next] == 0x0D { next += 1 }
        return next < bytes.count && bytes[next] == 0x0A
    }

    /// Whether the line from `lineStart` to the line break at `newline` is a headline (or a Markdown heading)
    /// that stands as its own unit. The caller has checked that the line opens the text, a paragraph, or
    /// follows another headline, and that the pending sentence starts on it.
    func isHeadlineEnd(lineStart: Int, newline: Int) -> Bool {
        var first = lineStart
        var last = newline
        while first < last, bytes[first] <= 0x20 { first += 1 }
        while last > first, bytes[last - 1] <= 0x20 { last -= 1 }
        guard last > first else { return false }
        if bytes[first] == UInt8(ascii: "#") { return true }
        guard !endsWithPunctuation(first..<last) else { return false }
        var next = newline + 1
        while next < bytes.count, bytes[next] == 0x20 || bytes[next] == 0x09 { next += 1 }
        guard next < bytes.count else { return false }
        switch opener(at: next) {
        case .upper, .digit, .opening: break
        case .lower, .other: return false
        }
        if Self.continuationWords.contains(lastWord(before: last)) { return false }
        if isTitleCased(first..<last) { return true }
        var nextEnd = next
        while nextEnd < bytes.count, bytes[nextEnd] != 0x0A { nextEnd += 1 }
        return (last - first) * 2 < nextEnd - next
    }

    /// Whether the text in `range` ends with punctuation that closes a sentence or carries it on to the next
    /// line: `. ? ! , ; : - ( [ / &`, an ellipsis or a dash; a closing quote or bracket is looked through.
    func endsWithPunctuation(_ range: Range<Int>) -> Bool {
        var last = range.upperBound
        while last > range.lowerBound {
            let (scalar, length) = UTF8Classes.scalar(in: bytes, before: last)
            switch scalar {
            case "\"", "'", ")", "]", "\u{201D}", "\u{2019}", "\u{00BB}":
                last -= length  // look through closing quotes and brackets
            case ".", "?", "!", ",", ";", ":", "-", "(", "[", "/", "&", "\u{2026}", "\u{2013}", "\u{2014}":
                return true
            default:
                return false
            }
        }
        return false
    }

    /// The lowercased ASCII word that ends at `end`, or "" when the text there is not an ASCII word.
    func lastWord(before end: Int) -> String {
        var start = end
        while start > 0, UTF8Classes.isASCIILetter(bytes[start - 1]) { start -= 1 }
        guard start < end, end - start <= 12 else { return "" }
        return String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<end]), as: UTF8.self).lowercased()
    }

    /// Whether at least three quarters of the words in `range` that start with a letter, short function words
    /// aside, start with a capital ("Retaliatory Airstrikes by Pakistan Target Iran’s Alleged Militant
    /// Positions").
    func isTitleCased(_ range: Range<Int>) -> Bool {
        var counted = 0
        var capitalised = 0
        var position = range.lowerBound
        while position < range.upperBound {
            while position < range.upperBound, bytes[position] <= 0x20 { position += 1 }
            var start = position
            while position < range.upperBound, bytes[position] > 0x20 { position += 1 }
            // Skip opening quotes and brackets before the word.
            while start < position, character(at: start) == .opening {
                start += UTF8Classes.sequenceLength(bytes[start])
            }
            guard start < position, UTF8Classes.isLetter(in: bytes, at: start) else { continue }
            if !UTF8Classes.isUppercase(in: bytes, at: start) {
                let word = String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<position]), as: UTF8.self)
                if Self.titleSmallWords.contains(word) { continue }
            }
            counted += 1
            if UTF8Classes.isUppercase(in: bytes, at: start) { capitalised += 1 }
        }
        return counted > 0 && capitalised * 4 >= counted * 3
    }
}
