/// Splits text into word and number tokens on UTF-8 bytes, keeping each token's byte range so answers can be cut
/// from the original text.
///
/// Curly and straight apostrophes are treated alike and a possessive "'s" is split off ("Pakistan’s" →
/// "pakistan"); hyphenated compounds are kept whole and followed by their parts ("900-kilometer" →
/// "900-kilometer", "900", "kilometer"); numbers keep their thousands separators and decimals ("1,200", "3.5").
public enum Tokenizer {
    /// The tokens of `text`, in order.
    public static func tokenize(_ text: String) -> [Token] {
        var copy = text
        return copy.withUTF8 { tokenize(utf8: $0) }
    }

    /// The tokens of UTF-8 `bytes`, in order; ranges are offsets into `bytes`.
    public static func tokenize(utf8 bytes: UnsafeBufferPointer<UInt8>) -> [Token] {
        var tokens: [Token] = []
        tokens.reserveCapacity(bytes.count / 5)
        var index = 0
        let count = bytes.count
        while index < count {
            let (isWord, length) = wordCharacter(bytes, at: index)
            guard isWord else {
                index += length
                continue
            }
            let start = index
            var hyphens: [Int] = []
            index += length
            while index < count {
                let (inner, innerLength) = wordCharacter(bytes, at: index)
                if inner {
                    index += innerLength
                    continue
                }
                guard let joinerLength = joiner(bytes, at: index, start: start, hyphens: &hyphens) else { break }
                index += joinerLength
            }
            emit(bytes, start..<index, hyphens: hyphens, into: &tokens)
        }
        return tokens
    }

    /// Whether the character at `index` belongs inside a word, and its length in bytes.
    @inline(__always)
    static func wordCharacter(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> (Bool, Int) {
        let byte = bytes[index]
        if byte < 0x80 {
            return (UTF8Classes.isASCIILetter(byte) || UTF8Classes.isDigit(byte), 1)
        }
        let (scalar, length) = UTF8Classes.scalar(in: bytes, at: index)
        return (UTF8Classes.isWordScalar(scalar), length)
    }

    /// The length of a joiner at `index` that continues the current token (an apostrophe before a letter, a
    /// hyphen between word characters, a separator or decimal point between digits), or nil.
    static func joiner(
        _ bytes: UnsafeBufferPointer<UInt8>,
        at index: Int,
        start: Int,
        hyphens: inout [Int]
    ) -> Int? {
        let byte = bytes[index]
        let length: Int
        if byte == UInt8(ascii: "'") || byte == UInt8(ascii: "-") || byte == UInt8(ascii: ".")
            || byte == UInt8(ascii: ",")
        {
            length = 1
        } else if byte == 0xE2, index + 2 < bytes.count, bytes[index + 1] == 0x80, bytes[index + 2] == 0x99 {
            length = 3  // U+2019 right single quotation mark, the curly apostrophe
        } else {
            return nil
        }
        let next = index + length
        guard next < bytes.count else { return nil }
        let (nextIsWord, _) = wordCharacter(bytes, at: next)
        guard nextIsWord else { return nil }
        let previous = bytes[index - 1]
        switch byte {
        case UInt8(ascii: "."), UInt8(ascii: ","):
            guard UTF8Classes.isDigit(previous), UTF8Classes.isDigit(bytes[next]) else { return nil }
            // "1,2" with a 1-2 digit group is a list, not a separator; require 3 digits after a comma.
            if byte == UInt8(ascii: ",") {
                var digits = 0
                while next + digits < bytes.count, UTF8Classes.isDigit(bytes[next + digits]) { digits += 1 }
                guard digits == 3 else { return nil }
            }
        case UInt8(ascii: "-"):
            hyphens.append(index)
        default:
            // An apostrophe must follow a letter ("don't", "Pakistan’s", "O'Brien").
            guard !UTF8Classes.isDigit(previous) else { return nil }
        }
        return length
    }

    /// Appends the token for `range` (and the parts of a compound).
    static func emit(
        _ bytes: UnsafeBufferPointer<UInt8>,
        _ range: Range<Int>,
        hyphens: [Int],
        into tokens: inout [Token]
    ) {
        let capitalized = startsCapitalized(bytes, at: range.lowerBound)
        var end = range.upperBound
        // A possessive "'s" (straight or curly apostrophe) is not part of the term.
        if end - range.lowerBound > 2, bytes[end - 1] | 0x20 == UInt8(ascii: "s") {
            if bytes[end - 2] == UInt8(ascii: "'") {
                end -= 2
            } else if end - range.lowerBound > 4, bytes[end - 2] == 0x99, bytes[end - 3] == 0x80,
                bytes[end - 4] == 0xE2
            {
                end -= 4
            }
        }
        let whole = range.lowerBound..<end
        if hyphens.isEmpty {
            tokens.append(
                Token(term: term(bytes, whole), range: whole, kind: kind(bytes, whole), isCapitalized: capitalized))
            return
        }
        tokens.append(Token(term: term(bytes, whole), range: whole, kind: .compound, isCapitalized: capitalized))
        var partStart = whole.lowerBound
        for hyphen in hyphens + [end] where hyphen <= end {
            if hyphen > partStart {
                let part = partStart..<hyphen
                tokens.append(
                    Token(
                        term: term(bytes, part), range: part, kind: .part,
                        isCapitalized: startsCapitalized(bytes, at: part.lowerBound)))
            }
            partStart = hyphen + 1
        }
    }

    /// Whether the token's bytes are all digits and separators.
    static func kind(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Token.Kind {
        for index in range {
            let byte = bytes[index]
            if !(UTF8Classes.isDigit(byte) || byte == UInt8(ascii: ",") || byte == UInt8(ascii: ".")) {
                return .word
            }
        }
        return .number
    }

    /// Whether the character at `index` is an upper-case letter.
    static func startsCapitalized(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> Bool {
        let byte = bytes[index]
        if byte < 0x80 { return UTF8Classes.isUpper(byte) }
        return UTF8Classes.scalar(in: bytes, at: index).0.properties.isUppercase
    }

    /// The normalised term of a byte range: lowercased, with curly apostrophes straightened.
    static func term(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> String {
        var ascii = true
        for index in range where bytes[index] >= 0x80 {
            ascii = false
            break
        }
        if ascii {
            return String(unsafeUninitializedCapacity: range.count) { buffer in
                var out = 0
                for index in range {
                    let byte = bytes[index]
                    buffer[out] = UTF8Classes.isUpper(byte) ? byte | 0x20 : byte
                    out += 1
                }
                return out
            }
        }
        let surface = String(decoding: UnsafeBufferPointer(rebasing: bytes[range]), as: UTF8.self)
        return surface.replacing("\u{2019}", with: "'").lowercased()
    }
}
