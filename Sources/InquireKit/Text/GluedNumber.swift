/// A term that starts with a number written in digits, split into its value and the letters glued after it:
/// "1,200" (no suffix), "21st" (ordinal), "4.5bn" (scale), "3m" (a scale after a currency sign, else metres),
/// "12km" (unit).
struct GluedNumber: Equatable {
    /// What follows the digits.
    enum Suffix: Equatable {
        /// Nothing: the term is a number.
        case none
        /// An ordinal suffix: "st", "nd", "rd", "th".
        case ordinal
        /// A scale: "bn", "mn", "tn".
        case scale(Double)
        /// "m", "b" or "k": a scale after a currency sign ("$3m"), otherwise a unit ("100m").
        case currencyScale(Double, String)
        /// Any other unit of letters: "km", "kg", "mph".
        case unit(String)
    }

    /// The number the digits spell ("4.5" in "4.5bn").
    let value: Double
    /// What follows them.
    let suffix: Suffix

    /// Splits `term`; nil when it does not start with a digit, when the digits do not form a number
    /// ("3.5.2"), when something other than ASCII letters follows them, or for a plural "s" ("1990s").
    init?(_ term: String) {
        let utf8 = term.utf8
        guard let first = utf8.first, UTF8Classes.isDigit(first) else { return nil }
        var digits = 0
        for byte in utf8 {
            guard UTF8Classes.isDigit(byte) || byte == UInt8(ascii: ",") || byte == UInt8(ascii: ".") else { break }
            digits += 1
        }
        let number = String(decoding: utf8.prefix(digits).filter { $0 != UInt8(ascii: ",") }, as: UTF8.self)
        guard let value = Double(number) else { return nil }
        let letters = utf8.dropFirst(digits)
        guard letters.allSatisfy(UTF8Classes.isASCIILetter) else { return nil }
        let suffix = String(decoding: letters, as: UTF8.self)
        self.value = value
        if suffix.isEmpty {
            self.suffix = .none
        } else if NumberWords.ordinalSuffixes.contains(suffix) {
            guard value == value.rounded(.towardZero) else { return nil }
            self.suffix = .ordinal
        } else if let scale = NumberWords.gluedScales[suffix] {
            self.suffix = .scale(scale)
        } else if let scale = NumberWords.currencyScales[suffix] {
            self.suffix = .currencyScale(scale, suffix)
        } else if suffix == "s" {
            return nil
        } else {
            self.suffix = .unit(suffix)
        }
    }
}
