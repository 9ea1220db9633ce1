/// Byte-level character classes for UTF-8 text, shared by the tokenizer and the sentence splitter.
///
/// ASCII is classified with arithmetic on the byte; other scalars are decoded and classified with their Unicode
/// properties. Invalid sequences decode as U+FFFD, which is neither a letter nor a space, so malformed input is
/// skipped rather than trapped on.
enum UTF8Classes {
    /// Whether an ASCII byte is a letter.
    @inline(__always) static func isASCIILetter(_ byte: UInt8) -> Bool { (byte | 0x20) &- 0x61 < 26 }

    /// Whether an ASCII byte is a digit.
    @inline(__always) static func isDigit(_ byte: UInt8) -> Bool { byte &- 0x30 < 10 }

    /// Whether an ASCII byte is a letter or a digit.
    @inline(__always) static func isASCIIAlphanumeric(_ byte: UInt8) -> Bool {
        byte &- 0x30 < 10 || (byte | 0x20) &- 0x61 < 26
    }

    /// Whether an ASCII byte is an upper-case letter.
    @inline(__always) static func isUpper(_ byte: UInt8) -> Bool { byte &- 0x41 < 26 }

    /// Whether an ASCII byte is a lower-case letter.
    @inline(__always) static func isLower(_ byte: UInt8) -> Bool { byte &- 0x61 < 26 }

    /// Whether a byte is ASCII white space (space, tab, line feed, vertical tab, form feed, carriage return).
    @inline(__always) static func isSpace(_ byte: UInt8) -> Bool { byte == 0x20 || byte &- 0x09 < 5 }

    /// The length of the UTF-8 sequence a lead byte starts (1 for ASCII and for stray continuation bytes).
    @inline(__always) static func sequenceLength(_ lead: UInt8) -> Int {
        if lead < 0xC0 { return 1 }
        if lead < 0xE0 { return 2 }
        if lead < 0xF0 { return 3 }
        return 4
    }

    /// Decodes the scalar at `index` and its length in bytes; an invalid or truncated sequence yields U+FFFD and
    /// the length of its valid prefix (at least 1), so the next character is never swallowed.
    static func scalar(in bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> (Unicode.Scalar, Int) {
        let lead = bytes[index]
        let length = min(sequenceLength(lead), bytes.count - index)
        var value: UInt32
        switch length {
        case 2: value = UInt32(lead & 0x1F)
        case 3: value = UInt32(lead & 0x0F)
        case 4 where lead < 0xF8: value = UInt32(lead & 0x07)
        default: return (lead < 0x80 ? Unicode.Scalar(lead) : "\u{FFFD}", 1)
        }
        for offset in 1..<length {
            let byte = bytes[index + offset]
            guard byte & 0xC0 == 0x80 else { return ("\u{FFFD}", offset) }
            value = value << 6 | UInt32(byte & 0x3F)
        }
        return (Unicode.Scalar(value) ?? "\u{FFFD}", length)
    }

    /// The scalar that ends just before `index` and its length (stepping back over continuation bytes).
    static func scalar(in bytes: UnsafeBufferPointer<UInt8>, before index: Int) -> (Unicode.Scalar, Int) {
        var start = index - 1
        while start > 0, index - start < 4, bytes[start] & 0xC0 == 0x80 { start -= 1 }
        let (scalar, length) = scalar(in: bytes, at: start)
        return start + length == index ? (scalar, index - start) : ("\u{FFFD}", 1)
    }

    /// Whether a non-ASCII scalar counts as part of a word: letters and marks of any script, digits, and the
    /// modifier letters some transliterations use (ʻ in Hawaiʻi).
    static func isWordScalar(_ scalar: Unicode.Scalar) -> Bool {
        let properties = scalar.properties
        if properties.isAlphabetic { return true }
        switch properties.generalCategory {
        case .nonspacingMark, .spacingMark, .enclosingMark, .decimalNumber, .letterNumber, .modifierLetter:
            return true
        default:
            return false
        }
    }

    /// Whether the character at `index` belongs inside a word, and its length in bytes.
    @inline(__always)
    static func wordCharacter(in bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> (Bool, Int) {
        let byte = bytes[index]
        if byte < 0x80 { return (isASCIIAlphanumeric(byte), 1) }
        let (scalar, length) = scalar(in: bytes, at: index)
        return (isWordScalar(scalar), length)
    }

    /// Whether the character at `index` is a letter (not a digit) of any script.
    static func isLetter(in bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> Bool {
        let byte = bytes[index]
        if byte < 0x80 { return isASCIILetter(byte) }
        let (scalar, _) = scalar(in: bytes, at: index)
        return scalar.properties.isAlphabetic
    }

    /// Whether the character at `index` is an upper-case letter (ASCII or not).
    static func isUppercase(in bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> Bool {
        let byte = bytes[index]
        if byte < 0x80 { return isUpper(byte) }
        return scalar(in: bytes, at: index).0.properties.isUppercase
    }

    /// The length of an apostrophe at `index` — `'` (1 byte), U+2019 ’ or U+2018 ‘ (3 bytes) — or 0.
    @inline(__always)
    static func apostropheLength(in bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> Int {
        let byte = bytes[index]
        if byte == 0x27 { return 1 }
        if byte == 0xE2, index + 2 < bytes.count, bytes[index + 1] == 0x80, bytes[index + 2] & 0xFE == 0x98 {
            return 3
        }
        return 0
    }

    /// The length of a hyphen at `index` — `-` (1 byte), U+2010 ‐ or U+2011 ‑ (3 bytes) — or 0. Dashes (– —) are
    /// not hyphens: they separate words.
    @inline(__always)
    static func hyphenLength(in bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> Int {
        let byte = bytes[index]
        if byte == 0x2D { return 1 }
        if byte == 0xE2, index + 2 < bytes.count, bytes[index + 1] == 0x80, bytes[index + 2] & 0xFE == 0x90 {
            return 3
        }
        return 0
    }
}
