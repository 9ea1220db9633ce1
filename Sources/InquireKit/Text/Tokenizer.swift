/// Splits text into word and number tokens on UTF-8 bytes, keeping each token's byte range so answers can be cut
/// from the original text.
///
/// The rules, in the order a reader meets them:
/// - A token is a run of letters and digits of any script (with combining marks): "Sīstān", "Nourmands", "12km".
/// - Terms are lowercased; curly (’ ‘) and straight (') apostrophes are treated alike and written as `'`.
/// - An apostrophe joins letters ("don't", "O’Brien"); a final possessive "'s" is split off the term and the range
///   ("Pakistan’s" → "pakistan", range over "Pakistan"); so is the "'s" of "1990's".
/// - A hyphen (`-`, U+2010, U+2011) between word characters makes a compound, kept whole and followed by its
///   parts ("900-kilometer" → "900-kilometer", "900", "kilometer"). Dashes (– —) separate words.
/// - Thousands separators and decimal points between digits stay inside the number ("1,200", "3.5", "v2.0");
///   a comma joins only when exactly three digits follow it ("1,2,3" is a list).
/// - Dotted acronyms of one- and two-letter segments keep their dots, the final one included ("U.S.", "e.g.",
///   "Ph.D."), so they neither split into letters nor collide with words ("U.S." is not "us").
/// - A currency sign right before a number and a per-cent sign right after it are noted on the token
///   (`currencySign`, `hasPercentSign`), not made into tokens, so retrieval terms are unchanged.
///
/// Performance: one pass over the bytes, ASCII classified by arithmetic, terms of ASCII tokens built without
/// intermediate strings (no allocation for terms of up to 15 bytes). See the README's performance section.
public enum Tokenizer {
    /// The tokens of `text`, in order; ranges are UTF-8 byte offsets into `text`.
    public static func tokenize(_ text: String) -> [Token] {
        if let tokens = text.utf8.withContiguousStorageIfAvailable({ tokenize(utf8: $0) }) { return tokens }
        var copy = text
        return copy.withUTF8 { tokenize(utf8: $0) }
    }

    /// The tokens of UTF-8 `bytes`, in order; ranges are offsets into `bytes`.
    public static func tokenize(utf8 bytes: UnsafeBufferPointer<UInt8>) -> [Token] {
        var tokens: [Token] = []
        tokens.reserveCapacity(bytes.count / 6 + 1)
        var index = 0
        let count = bytes.count
        while index < count {
            let byte = bytes[index]
            if byte < 0x80 {
                guard UTF8Classes.isASCIIAlphanumeric(byte) else {
                    index += 1
                    continue
                }
            } else {
                let (isWord, length) = UTF8Classes.wordCharacter(in: bytes, at: index)
                guard isWord else {
                    index += length
                    continue
                }
            }
            let word = scan(bytes, from: index)
            emit(bytes, word, into: &tokens)
            index = word.end
        }
        return tokens
    }

    /// What a scan found: where the token ends, where a possessive "'s" starts, and what the term builder needs.
    struct Scanned {
        /// The first byte of the token.
        var start: Int
        /// One past the last byte of the token, possessive included.
        var end: Int
        /// Where a final possessive "'s" begins (the apostrophe), or `end` when there is none.
        var termEnd: Int
        /// Whether the token holds a hyphen joining two parts.
        var hasHyphen = false
        /// Whether the token holds bytes other than ASCII and curly apostrophes (needs Unicode lowercasing).
        var hasUnicode = false
    }

    /// Scans the token that starts at `start` (a word character).
    static func scan(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> Scanned {
        let count = bytes.count
        var word = Scanned(start: start, end: start, termEnd: start)
        var position = start
        var segmentStart = start  // the start of the current part, after a hyphen or an acronym dot
        var lastApostrophe = -1
        var isAcronym = false
        while position < count {
            // The common case first: a run of ASCII letters and digits.
            while position < count, UTF8Classes.isASCIIAlphanumeric(bytes[position]) { position += 1 }
            guard position < count else { break }
            let byte = bytes[position]
            var joiner = 0
            if byte < 0x80 {
                switch byte {
                case UInt8(ascii: "-"):
                    if isWordCharacter(bytes, at: position + 1) {
                        word.hasHyphen = true
                        position += 1
                        segmentStart = position
                        continue
                    }
                case UInt8(ascii: "'"):
                    joiner = 1
                case UInt8(ascii: "."):
                    if let next = dotJoin(bytes, at: position, segmentStart: segmentStart, isAcronym: &isAcronym) {
                        position = next
                        segmentStart = next
                        continue
                    }
                case UInt8(ascii: ","):
                    if commaJoins(bytes, at: position) {
                        position += 1
                        continue
                    }
                default:
                    break
                }
                if joiner == 0 { break }
            } else {
                let (scalar, length) = UTF8Classes.scalar(in: bytes, at: position)
                if UTF8Classes.isWordScalar(scalar) {
                    word.hasUnicode = true
                    position += length
                    continue
                }
                if scalar == "\u{2019}" || scalar == "\u{2018}" {
                    joiner = 3
                } else if scalar == "\u{2010}" || scalar == "\u{2011}" {
                    guard isWordCharacter(bytes, at: position + 3) else { break }
                    word.hasHyphen = true
                    word.hasUnicode = true
                    position += 3
                    segmentStart = position
                    continue
                } else {
                    break
                }
            }
            // An apostrophe (joiner bytes long) at `position`.
            guard apostropheJoins(bytes, at: position, length: joiner) else { break }
            lastApostrophe = position
            position += joiner
        }
        word.end = position
        word.termEnd = position
        // A final possessive "'s" (or the "'s" of "1990's") is not part of the term.
        if lastApostrophe > start, position - lastApostrophe == (bytes[lastApostrophe] == 0x27 ? 2 : 4),
            bytes[position - 1] | 0x20 == UInt8(ascii: "s")
        {
            word.termEnd = lastApostrophe
        }
        return word
    }

    /// Whether the character at `index` (which may lie past the end) belongs inside a word.
    @inline(__always)
    static func isWordCharacter(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> Bool {
        index < bytes.count && UTF8Classes.wordCharacter(in: bytes, at: index).0
    }

    /// Whether the apostrophe at `index` joins: between two letters ("don't"), or before a final "s" after a
    /// digit ("1990's").
    static func apostropheJoins(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int, length: Int) -> Bool {
        let next = index + length
        guard next < bytes.count, UTF8Classes.isLetter(in: bytes, at: next) else { return false }
        let previous = bytes[index - 1]
        if previous < 0x80 {
            if UTF8Classes.isASCIILetter(previous) { return true }
            guard UTF8Classes.isDigit(previous) else { return false }
            return bytes[next] | 0x20 == UInt8(ascii: "s") && !isWordCharacter(bytes, at: next + 1)
        }
        return UTF8Classes.scalar(in: bytes, before: index).0.properties.isAlphabetic
    }

    /// Where the token continues after the dot at `index`, or nil when the dot ends it: a decimal point or
    /// version dot between digits ("3.5", "v2.0"), or the dots of an acronym ("U.S.", "Ph.D.").
    static func dotJoin(
        _ bytes: UnsafeBufferPointer<UInt8>, at index: Int, segmentStart: Int, isAcronym: inout Bool
    ) -> Int? {
        let next = index + 1
        if UTF8Classes.isDigit(bytes[index - 1]), next < bytes.count, UTF8Classes.isDigit(bytes[next]) {
            return next
        }
        // Acronyms: every segment one or two ASCII letters followed by a dot.
        let segment = index - segmentStart
        guard segment >= 1, segment <= 2 else { return nil }
        for position in segmentStart..<index where !UTF8Classes.isASCIILetter(bytes[position]) { return nil }
        var letters = 0
        while letters < 3, next + letters < bytes.count, UTF8Classes.isASCIILetter(bytes[next + letters]) {
            letters += 1
        }
        if letters >= 1, letters <= 2, next + letters < bytes.count, bytes[next + letters] == UInt8(ascii: ".") {
            isAcronym = true
            return next + letters + 1  // through the next segment's dot: "U." + "S."
        }
        // The last segment of an acronym keeps its dot ("U.S.A.").
        return isAcronym && letters == 0 ? next : nil
    }

    /// Whether the comma at `index` is a thousands separator: a digit before it, exactly three digits after it.
    static func commaJoins(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> Bool {
        guard UTF8Classes.isDigit(bytes[index - 1]) else { return false }
        var digits = 0
        while index + 1 + digits < bytes.count, UTF8Classes.isDigit(bytes[index + 1 + digits]) { digits += 1 }
        guard digits == 3 else { return false }
        let after = index + 4
        return after >= bytes.count || !UTF8Classes.isASCIILetter(bytes[after])
    }

    /// Appends the token that `word` describes (and, for a compound, its parts).
    static func emit(_ bytes: UnsafeBufferPointer<UInt8>, _ word: Scanned, into tokens: inout [Token]) {
        let whole = word.start..<word.termEnd
        let (term, isNumber) = term(bytes, whole, hasUnicode: word.hasUnicode)
        var currency: Unicode.Scalar?
        var percent = false
        if UTF8Classes.isDigit(bytes[whole.lowerBound]) { currency = currencySign(bytes, before: whole.lowerBound) }
        if UTF8Classes.isDigit(bytes[whole.upperBound - 1]), whole.upperBound < bytes.count {
            percent = bytes[whole.upperBound] == UInt8(ascii: "%")
        }
        let capitalized = UTF8Classes.isUppercase(in: bytes, at: whole.lowerBound)
        guard word.hasHyphen else {
            tokens.append(
                Token(
                    term: term, range: whole, kind: isNumber ? .number : .word, isCapitalized: capitalized,
                    currencySign: currency, hasPercentSign: percent))
            return
        }
        tokens.append(
            Token(
                term: term, range: whole, kind: .compound, isCapitalized: capitalized, currencySign: currency,
                hasPercentSign: percent))
        var partStart = whole.lowerBound
        var position = whole.lowerBound
        while position <= whole.upperBound {
            let hyphen = position < whole.upperBound ? UTF8Classes.hyphenLength(in: bytes, at: position) : 1
            guard hyphen > 0 else {
                position += 1
                continue
            }
            if position > partStart {
                let part = partStart..<position
                tokens.append(
                    Token(
                        term: self.term(bytes, part, hasUnicode: word.hasUnicode).0, range: part, kind: .part,
                        isCapitalized: UTF8Classes.isUppercase(in: bytes, at: part.lowerBound)))
            }
            position += hyphen
            partStart = position
        }
    }

    /// The currency sign that ends just before `index` (`$`, `£`, `€`, `¥`, `₹`), or nil.
    static func currencySign(_ bytes: UnsafeBufferPointer<UInt8>, before index: Int) -> Unicode.Scalar? {
        guard index > 0 else { return nil }
        let previous = bytes[index - 1]
        if previous == UInt8(ascii: "$") { return "$" }
        guard previous >= 0x80 else { return nil }
        let (scalar, _) = UTF8Classes.scalar(in: bytes, before: index)
        switch scalar {
        case "£", "€", "¥", "₹": return scalar
        default: return nil
        }
    }

    /// The normalised term of a byte range (lowercased, curly apostrophes straightened) and whether it is a
    /// number (ASCII digits with separators).
    static func term(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, hasUnicode: Bool) -> (String, Bool) {
        if !hasUnicode {
            let term = String(unsafeUninitializedCapacity: range.count) { buffer in
                var out = 0
                var index = range.lowerBound
                while index < range.upperBound {
                    let byte = bytes[index]
                    if byte == 0xE2 {  // a curly apostrophe, the only non-ASCII a plain token holds
                        buffer[out] = UInt8(ascii: "'")
                        index += 3
                    } else {
                        buffer[out] = byte | (byte &- 0x41 < 26 ? 0x20 : 0)
                        index += 1
                    }
                    out += 1
                }
                return out
            }
            return (term, isNumber(bytes, range))
        }
        var normalised: [UInt8] = []
        normalised.reserveCapacity(range.count)
        var index = range.lowerBound
        while index < range.upperBound {
            let apostrophe = UTF8Classes.apostropheLength(in: bytes, at: index)
            if apostrophe == 3 {
                normalised.append(UInt8(ascii: "'"))
                index += 3
            } else {
                normalised.append(bytes[index])
                index += 1
            }
        }
        return (String(decoding: normalised, as: UTF8.self).lowercased(), false)
    }

    /// Whether the bytes in `range` are ASCII digits with separators and decimal points, starting with a digit.
    @inline(__always)
    static func isNumber(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Bool {
        guard UTF8Classes.isDigit(bytes[range.lowerBound]) else { return false }
        for index in range {
            let byte = bytes[index]
            if !UTF8Classes.isDigit(byte), byte != UInt8(ascii: ","), byte != UInt8(ascii: ".") { return false }
        }
        return true
    }
}
