/// The decisions the sentence splitter makes at a candidate boundary — after a terminal mark, or at a line
/// break — looking at the bytes around it. See `SentenceSplitter` for the rules.
struct SentenceBoundaries {
    /// The text being split.
    let bytes: UnsafeBufferPointer<UInt8>

    /// What may follow a terminal mark, by its first character.
    enum Opener: Equatable {
        /// A lower-case letter: the sentence goes on.
        case lower
        /// An upper-case letter, or a letter of a script without case.
        case upper
        /// An ASCII digit.
        case digit
        /// An opening quote or bracket.
        case opening
        /// Anything else (a dash, a symbol).
        case other
    }

    /// After the terminal mark at `mark`: the end of the run of marks ("?!", "...") and the end of the marks
    /// together with the closing quotes, brackets and citation marks that follow ("?”)", ".[3]").
    func closers(after mark: Int) -> (marksEnd: Int, end: Int) {
        var end = mark
        var marksEnd = -1
        while end < bytes.count {
            let byte = bytes[end]
            if byte == UInt8(ascii: ".") || byte == UInt8(ascii: "?") || byte == UInt8(ascii: "!") {
                end += 1
                continue
            }
            if byte == 0xE2, end + 2 < bytes.count, bytes[end + 1] == 0x80, bytes[end + 2] == 0xA6 {
                end += 3  // …
                continue
            }
            if marksEnd < 0 { marksEnd = end }
            if byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "'") || byte == UInt8(ascii: ")")
                || byte == UInt8(ascii: "]") || byte == UInt8(ascii: "}")
            {
                end += 1
            } else if byte == 0xE2, end + 2 < bytes.count, bytes[end + 1] == 0x80,
                bytes[end + 2] == 0x9D || bytes[end + 2] == 0x99 || bytes[end + 2] == 0xBA
            {
                end += 3  // ” ’ ›
            } else if byte == 0xC2, end + 1 < bytes.count, bytes[end + 1] == 0xBB {
                end += 2  // »
            } else if byte == UInt8(ascii: "["), let citation = citationEnd(from: end) {
                end = citation
            } else {
                break
            }
        }
        return (marksEnd < 0 ? end : marksEnd, end)
    }

    /// The end of a citation or editorial mark starting at `index` — "[3]", "[a]", "[note 2]", "[citation
    /// needed]": letters, digits and spaces, at most 30 bytes — or nil.
    func citationEnd(from index: Int) -> Int? {
        var position = index + 1
        while position < bytes.count, position - index <= 30 {
            let byte = bytes[position]
            if byte == UInt8(ascii: "]") { return position > index + 1 ? position + 1 : nil }
            guard UTF8Classes.isASCIIAlphanumeric(byte) || byte == 0x20 else { return nil }
            position += 1
        }
        return nil
    }

    /// Whether the terminal mark at `mark` ends a sentence; `marksEnd` ends the run of marks and `end` the
    /// closers after them.
    func endsSentence(mark: Int, marksEnd: Int, end: Int) -> Bool {
        guard end < bytes.count else { return true }
        guard bytes[end] <= 0x20 else { return false }  // "3.5", "U.S.-led", "Yahoo!'s"
        var next = end
        var newlines = 0
        while next < bytes.count, bytes[next] <= 0x20 {
            if bytes[next] == 0x0A { newlines += 1 }
            next += 1
        }
        guard next < bytes.count, newlines < 2 else { return true }
        let opener = opener(at: next)
        switch opener {
        case .lower: return false
        case .other: return newlines > 0
        case .upper, .digit, .opening: break
        }
        // A question mark, an exclamation mark, an ellipsis, several marks, or a full stop inside quotes.
        if bytes[mark] != UInt8(ascii: ".") || marksEnd - mark > 1 || end > marksEnd { return true }
        switch Abbreviations.classify(word(before: mark)) {
        case .none: return true
        case .neverFinal: return false
        case .number: return opener != .digit
        case .title, .initial, .month, .abbreviation: return opensSentence(at: next)
        }
    }

    /// The class of what starts at `index` after a terminal mark; an opening quote or bracket before a
    /// lower-case letter counts as lower case ("…pressure). (although…" goes on).
    func opener(at index: Int) -> Opener {
        let first = character(at: index)
        guard first == .opening else { return first }
        var next = index
        while next < bytes.count, character(at: next) == .opening { next += UTF8Classes.sequenceLength(bytes[next]) }
        return next < bytes.count && character(at: next) == .lower ? .lower : .opening
    }

    /// The class of the character at `index`.
    func character(at index: Int) -> Opener {
        let byte = bytes[index]
        if byte < 0x80 {
            if UTF8Classes.isUpper(byte) { return .upper }
            if UTF8Classes.isLower(byte) { return .lower }
            if UTF8Classes.isDigit(byte) { return .digit }
            switch byte {
            case UInt8(ascii: "\""), UInt8(ascii: "'"), UInt8(ascii: "("), UInt8(ascii: "["): return .opening
            default: return .other
            }
        }
        let (scalar, _) = UTF8Classes.scalar(in: bytes, at: index)
        switch scalar {
        case "\u{201C}", "\u{2018}", "\u{00AB}", "\u{2039}", "\u{00BF}", "\u{00A1}": return .opening
        default: break
        }
        let properties = scalar.properties
        if properties.isLowercase { return .lower }
        if properties.isAlphabetic || properties.numericType != nil { return .upper }
        return .other
    }

    /// The letters and inner dots that end just before `index` ("U.S" before the last dot of "U.S."); empty
    /// when the word is glued to a digit ("21st.") or there is none.
    func word(before index: Int) -> String {
        var start = index
        while start > 0 {
            let byte = bytes[start - 1]
            guard UTF8Classes.isASCIILetter(byte) || byte == UInt8(ascii: ".") || byte >= 0x80 else { break }
            start -= 1
        }
        while start < index, bytes[start] == UInt8(ascii: ".") { start += 1 }
        if start > 0, UTF8Classes.isDigit(bytes[start - 1]) { return "" }
        return String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<index]), as: UTF8.self)
    }

    /// Whether the word at `index` (after any opening quotes or brackets) is a common sentence opener and not
    /// an initial ("U.S. The" opens a sentence; "U.S. Army" and "Gen. A. Smith" do not).
    func opensSentence(at index: Int) -> Bool {
        var start = index
        while start < bytes.count, character(at: start) == .opening {
            start += UTF8Classes.sequenceLength(bytes[start])
        }
        var end = start
        while end < bytes.count, UTF8Classes.isASCIILetter(bytes[end]) { end += 1 }
        guard end > start, end - start <= 12 else { return false }
        if end - start == 1, end < bytes.count, bytes[end] == UInt8(ascii: ".") { return false }
        if end < bytes.count, bytes[end] >= 0x80, UTF8Classes.isLetter(in: bytes, at: end) { return false }
        var word = ""
        word.reserveCapacity(end - start)
        for position in start..<end { word.unicodeScalars.append(Unicode.Scalar(bytes[position] | 0x20)) }
        return Abbreviations.sentenceOpeners.contains(word)
    }
}
