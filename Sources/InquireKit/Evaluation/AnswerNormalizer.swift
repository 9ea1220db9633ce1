/// The answer normalisation of the official SQuAD evaluation script, so scores compare with published ones:
/// lowercase, remove punctuation, remove the words *a*, *an*, *the*, collapse whitespace. Curly quotes are folded
/// to straight ones first (and so removed with the rest of the punctuation), so *Pakistan’s* and *Pakistan's* agree.
///
/// Each step follows the Python original exactly: `str.lower()` (full Unicode case mapping, with the final-sigma
/// rule), `string.punctuation` (the 32 ASCII punctuation characters only), the regular expression
/// `\b(a|an|the)\b` with Python's Unicode word characters, and `str.split()` with Python's whitespace set.
public enum AnswerNormalizer {
    /// The normalised answer: its tokens joined by single spaces.
    public static func normalize(_ text: String) -> String {
        tokens(text).joined(separator: " ")
    }

    /// The normalised answer's tokens (the words token F1 counts).
    public static func tokens(_ text: String) -> [String] {
        let scalars = withoutArticles(withoutPunctuation(lowercased(text)))
        var tokens: [String] = []
        var current = String.UnicodeScalarView()
        for scalar in scalars {
            if isPythonWhitespace(scalar) {
                if !current.isEmpty { tokens.append(String(current)) }
                current = String.UnicodeScalarView()
            } else {
                current.append(scalar)
            }
        }
        if !current.isEmpty { tokens.append(String(current)) }
        return tokens
    }

    /// Python's `str.lower()`: the full lowercase mapping of every scalar, except that capital sigma becomes final
    /// sigma (ς) after a cased letter when no cased letter follows (case-ignorable scalars skipped both ways).
    static func lowercased(_ text: String) -> [Unicode.Scalar] {
        let scalars = Array(text.unicodeScalars)
        var result: [Unicode.Scalar] = []
        result.reserveCapacity(scalars.count)
        for (position, scalar) in scalars.enumerated() {
            if scalar == "\u{03A3}" {
                result.append(isFinalSigma(at: position, in: scalars) ? "\u{03C2}" : "\u{03C3}")
            } else if scalar.isASCII {
                let value = scalar.value
                result.append(value >= 0x41 && value <= 0x5A ? Unicode.Scalar(UInt8(value + 0x20)) : scalar)
            } else {
                result.append(contentsOf: scalar.properties.lowercaseMapping.unicodeScalars)
            }
        }
        return result
    }

    /// Whether the capital sigma at `position` ends a word, by the Unicode Final_Sigma condition Python applies.
    static func isFinalSigma(at position: Int, in scalars: [Unicode.Scalar]) -> Bool {
        var before = position - 1
        while before >= 0, scalars[before].properties.isCaseIgnorable { before -= 1 }
        guard before >= 0, scalars[before].properties.isCased else { return false }
        var after = position + 1
        while after < scalars.count, scalars[after].properties.isCaseIgnorable { after += 1 }
        return after == scalars.count || !scalars[after].properties.isCased
    }

    /// Removes Python's `string.punctuation` and the curly quotes folded onto it.
    static func withoutPunctuation(_ scalars: [Unicode.Scalar]) -> [Unicode.Scalar] {
        scalars.filter { !isPunctuation($0) }
    }

    /// Whether a scalar is one of the 32 ASCII punctuation characters of `string.punctuation`, or a curly quote
    /// (‘ ’ ‚ ‛ “ ” „ ‟), which folds to a straight quote and so is punctuation too.
    static func isPunctuation(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x21...0x2F, 0x3A...0x40, 0x5B...0x60, 0x7B...0x7E: true
        case 0x2018...0x201F: true
        default: false
        }
    }

    /// Replaces every whole word *a*, *an* or *the* by a space, as `re.sub(r'\b(a|an|the)\b', ' ', text)` does:
    /// a match is a maximal run of word characters equal to one of the three.
    static func withoutArticles(_ scalars: [Unicode.Scalar]) -> [Unicode.Scalar] {
        var result: [Unicode.Scalar] = []
        result.reserveCapacity(scalars.count)
        var position = 0
        while position < scalars.count {
            guard isPythonWordCharacter(scalars[position]) else {
                result.append(scalars[position])
                position += 1
                continue
            }
            var end = position
            while end < scalars.count, isPythonWordCharacter(scalars[end]) { end += 1 }
            let word = scalars[position..<end]
            if word.elementsEqual(["a"]) || word.elementsEqual(["a", "n"]) || word.elementsEqual(["t", "h", "e"]) {
                result.append(" ")
            } else {
                result.append(contentsOf: word)
            }
            position = end
        }
        return result
    }

    /// Python's `\w` for `str` patterns: letters (categories L*), anything with a numeric value, and `_`.
    static func isPythonWordCharacter(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.isASCII {
            let value = scalar.value
            return (value >= 0x30 && value <= 0x39) || (value >= 0x41 && value <= 0x5A)
                || (value >= 0x61 && value <= 0x7A) || value == 0x5F
        }
        switch scalar.properties.generalCategory {
        case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter: return true
        default: return scalar.properties.numericType != nil
        }
    }

    /// Python's `str.isspace()`, which `str.split()` splits on: Unicode White_Space plus the ASCII separators
    /// U+001C…U+001F.
    static func isPythonWhitespace(_ scalar: Unicode.Scalar) -> Bool {
        (0x1C...0x1F).contains(scalar.value) || scalar.properties.isWhitespace
    }
}
