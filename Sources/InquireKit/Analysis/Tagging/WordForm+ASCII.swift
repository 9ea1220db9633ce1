extension WordForm {
    private static let basis: UInt64 = 0xcbf2_9ce4_8422_2325
    private static let prime: UInt64 = 0x0000_0100_0000_01b3
    private static let hyphenClass = FeatureHash.value("!HYPHEN")
    private static let yearClass = FeatureHash.value("!YEAR")
    private static let digitsClass = FeatureHash.value("!DIGITS")

    /// The forms of an ASCII word from its UTF-8 bytes, or nil when the word is not ASCII (or holds a carriage
    /// return, which with a line feed makes one character of two bytes). The values equal ``characterwise(_:)``'s:
    /// in ASCII a character is a byte, a letter is `A`–`Z` or `a`–`z`, and a number is `0`–`9`.
    init?(ascii bytes: UnsafeBufferPointer<UInt8>, text: String) {
        var letters = 0
        var uppers = 0
        var digits = false
        var hyphen = false
        var shape = Self.basis
        var written = Self.basis
        var last: UInt8 = 0x20
        var run = 0
        for (index, byte) in bytes.enumerated() {
            guard byte < 0x80, byte != 0x0D else { return nil }
            written = (written ^ UInt64(byte)) &* Self.prime
            let kind: UInt8
            if byte &- 0x41 < 26 {
                kind = 0x58  // X
                uppers += 1
                letters += 1
            } else if byte &- 0x61 < 26 {
                kind = 0x78  // x
                letters += 1
            } else if byte &- 0x30 < 10 {
                kind = 0x64  // d
                digits = true
            } else {
                kind = byte
                if byte == 0x2D && index > 0 { hyphen = true }
            }
            if kind == last {
                run += 1
            } else {
                run = 1
                last = kind
            }
            if run <= 2 { shape = (shape ^ UInt64(kind)) &* Self.prime }
        }
        @inline(__always) func lowered(_ byte: UInt8) -> UInt8 { byte &- 0x41 < 26 ? byte | 0x20 : byte }
        let count = bytes.count
        var prefixes = (Self.basis, Self.basis, Self.basis)
        var state = Self.basis
        for index in 0..<count {
            state = (state ^ UInt64(lowered(bytes[index]))) &* Self.prime
            switch index {
            case 0: prefixes = (state, state, state)
            case 1: prefixes = (prefixes.0, state, state)
            case 2: prefixes.2 = state
            default: break
            }
        }
        func suffix(_ length: Int) -> UInt64 {
            var state = Self.basis
            for index in max(0, count - length)..<count {
                state = (state ^ UInt64(lowered(bytes[index]))) &* Self.prime
            }
            return state
        }
        self.text = text
        textHash = written
        lower = uppers == 0 ? text : String(decoding: bytes.lazy.map(lowered), as: UTF8.self)
        lowerHash = state
        self.prefixes = prefixes
        suffixes = (suffix(1), suffix(2), suffix(3), suffix(4))
        self.shape = shape
        isCapitalised = count > 0 && bytes[0] &- 0x41 < 26
        isAllCaps = letters > 0 && uppers == letters
        hasDigit = digits
        hasHyphen = hyphen
        if hyphen && letters > 0 {
            normal = Self.hyphenClass
        } else if digits && count == 4 && bytes.allSatisfy({ $0 &- 0x30 < 10 }) {
            normal = Self.yearClass
        } else if count > 0 && bytes[0] &- 0x30 < 10 {
            normal = Self.digitsClass
        } else {
            normal = state
        }
    }
}
