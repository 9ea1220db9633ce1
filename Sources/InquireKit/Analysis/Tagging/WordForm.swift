/// What the taggers look at in one word, computed once per word: normalised forms, affixes, shape and flags, each
/// as a value hash ready to combine with a feature template (``FeatureHash/mix(_:_:)``).
package struct WordForm: Sendable {
    /// The word as written.
    package let text: String
    /// The word in lower case.
    package let lower: String
    /// Value hash of the word as written.
    package let textHash: UInt64
    /// Value hash of the normalised word: lower case, with numbers and hyphenated words folded into classes.
    package let normal: UInt64
    /// Value hash of the lower-case word.
    package let lowerHash: UInt64
    /// Value hashes of the lower-case prefixes of 1, 2 and 3 characters.
    package let prefixes: (UInt64, UInt64, UInt64)
    /// Value hashes of the lower-case suffixes of 1, 2, 3 and 4 characters.
    package let suffixes: (UInt64, UInt64, UInt64, UInt64)
    /// Value hash of the word's shape ("Xx", "d.d", "XX-d"): character classes with runs collapsed.
    package let shape: UInt64
    /// The shape as text (computed on demand).
    package var shapeText: String { Self.shape(of: text) }
    /// Whether the first character is an upper-case letter.
    package let isCapitalised: Bool
    /// Whether the word has letters and all of them are upper case.
    package let isAllCaps: Bool
    /// Whether the word contains a digit.
    package let hasDigit: Bool
    /// Whether the word contains a hyphen after its first character.
    package let hasHyphen: Bool

    /// The forms of one word: the same values as ``characterwise(_:)``, computed from the bytes for ASCII words
    /// (almost all of them in English text), without allocating.
    package init(_ text: String) {
        if let form = text.utf8.withContiguousStorageIfAvailable({ Self(ascii: $0, text: text) }) ?? nil {
            self = form
        } else {
            self.init(unicode: text)
        }
    }

    /// The forms of one word computed character by character, the way for any text (``init(_:)`` takes it for
    /// words that are not ASCII).
    package static func characterwise(_ text: String) -> WordForm { WordForm(unicode: text) }

    private init(unicode text: String) {
        self.text = text
        textHash = FeatureHash.value(text)
        let lower = text.lowercased()
        self.lower = lower
        lowerHash = FeatureHash.value(lower)
        let characters = Array(lower)
        func prefix(_ count: Int) -> UInt64 { FeatureHash.value(String(characters.prefix(count))) }
        func suffix(_ count: Int) -> UInt64 { FeatureHash.value(String(characters.suffix(count))) }
        prefixes = (prefix(1), prefix(2), prefix(3))
        suffixes = (suffix(1), suffix(2), suffix(3), suffix(4))
        var letters = 0
        var uppers = 0
        var digits = false
        for character in text {
            if character.isUppercase {
                uppers += 1
                letters += 1
            } else if character.isLetter {
                letters += 1
            } else if character.isNumber {
                digits = true
            }
        }
        shape = FeatureHash.value(Self.shape(of: text))
        isCapitalised = text.first?.isUppercase ?? false
        isAllCaps = letters > 0 && uppers == letters
        hasDigit = digits
        hasHyphen = text.dropFirst().contains("-")
        let normal: String
        if hasHyphen && letters > 0 {
            normal = "!HYPHEN"
        } else if digits && characters.count == 4 && characters.allSatisfy(\.isNumber) {
            normal = "!YEAR"
        } else if characters.first?.isNumber ?? false {
            normal = "!DIGITS"
        } else {
            normal = lower
        }
        self.normal = FeatureHash.value(normal)
    }

    /// The shape of a word: each character as its class (`X` upper-case letter, `x` other letter, `d` number,
    /// itself otherwise), runs of one class cut to two.
    static func shape(of text: String) -> String {
        var shape = ""
        var last: Character = " "
        var run = 0
        for character in text {
            let kind: Character
            if character.isUppercase {
                kind = "X"
            } else if character.isLetter {
                kind = "x"
            } else if character.isNumber {
                kind = "d"
            } else {
                kind = character
            }
            if kind == last {
                run += 1
            } else {
                run = 1
                last = kind
            }
            if run <= 2 { shape.append(kind) }
        }
        return shape
    }

    /// The padding word before the sentence start and after its end.
    package static let start = WordForm("-START-")
    /// The padding word after the sentence end.
    package static let end = WordForm("-END-")
}
