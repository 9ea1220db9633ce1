/// A number read from tokens: its value, how many tokens it spans, an approximating qualifier and a glued unit.
public struct NumberReading: Sendable, Equatable {
    /// The numeric value ("3.5 million" → 3,500,000).
    public let value: Double
    /// The index of the first token of the reading (the qualifier's, when there is one).
    public let start: Int
    /// The index one past the last token of the reading.
    public let end: Int
    /// An approximator kept as a qualifier: "over", "more than", "about", "at least", "hundreds of" …
    public let qualifier: String?
    /// A unit glued to the number ("900-kilometer" → "kilometer", "12km" → "km", "40%" is read by the caller).
    public let unit: String?

    /// Creates a reading.
    public init(value: Double, start: Int, end: Int, qualifier: String? = nil, unit: String? = nil) {
        self.value = value
        self.start = start
        self.end = end
        self.qualifier = qualifier
        self.unit = unit
    }
}
