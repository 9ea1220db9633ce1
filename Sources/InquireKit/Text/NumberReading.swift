/// A number read from tokens: its value, the tokens it spans, an approximating qualifier, whether it is an
/// ordinal, and a unit or currency glued to it.
///
/// "more than two" → 2, qualifier "more than"; "3.5 million" → 3,500,000; "twenty-first" → 21, ordinal;
/// "900-kilometer" → 900, unit "kilometer"; "$4.5bn" → 4,500,000,000, currency "$"; "40%" → 40, unit "%".
package struct NumberReading: Sendable, Equatable {
    /// The numeric value ("3.5 million" → 3,500,000; "hundreds of" → 100, the least the phrase means).
    package let value: Double
    /// The index of the first token of the reading (the qualifier's, when there is one).
    package let start: Int
    /// The index one past the last token of the reading (past a compound's parts).
    package let end: Int
    /// An approximator kept as a qualifier: "over", "more than", "about", "at least", "hundreds of" …
    package let qualifier: String?
    /// A unit glued to the number: "kilometer" (900-kilometer), "km" (12km), "year-old" (12-year-old), "%" (40%).
    package let unit: String?
    /// Whether the number is an ordinal: "third", "twenty-first", "21st", "hundredth".
    package let isOrdinal: Bool
    /// The currency sign written before the number ("$" in "$4.5bn"; also £ € ¥ ₹), or nil.
    package let currency: String?

    /// Creates a reading.
    package init(
        value: Double,
        start: Int,
        end: Int,
        qualifier: String? = nil,
        unit: String? = nil,
        isOrdinal: Bool = false,
        currency: String? = nil
    ) {
        self.value = value
        self.start = start
        self.end = end
        self.qualifier = qualifier
        self.unit = unit
        self.isOrdinal = isOrdinal
        self.currency = currency
    }

    /// The unit of a clock or race time ("14:39.29", "2:03:59"), whose value is its fields read base 60, in the
    /// last field's unit.
    package static let clockUnit = "clock"

    /// Whether a qualifier makes the number approximate or a bound ("over 90", "about 40", "hundreds of").
    package var isApproximate: Bool { qualifier != nil }

    /// The UTF-8 byte range the reading covers in the text `tokens` came from, with its currency sign and
    /// per-cent sign: "$4.5bn", "about 40%", "more than two".
    package func range(in tokens: [Token]) -> Range<Int> {
        var lower = tokens[start].range.lowerBound
        var upper = tokens[end - 1].range.upperBound
        if let currency, qualifier == nil { lower -= currency.utf8.count }
        if unit == "%" { upper += 1 }
        return lower..<upper
    }
}
