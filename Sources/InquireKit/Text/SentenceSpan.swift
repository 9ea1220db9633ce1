/// A sentence found in a text: its byte range, the line it starts on, and its text.
///
/// `range` is a UTF-8 byte range into the text that was split, trimmed of surrounding white space: the primary
/// form of a sentence's position. `scalarRange(in:)` gives code-point offsets when a caller needs those.
public struct SentenceSpan: Sendable, Equatable {
    /// The UTF-8 byte range in the split text, without surrounding white space.
    public let range: Range<Int>
    /// The 1-based line of the split text on which the sentence starts.
    public let line: Int
    /// The sentence text, exactly as in the source (inner line breaks included).
    public let text: String

    /// Creates a span.
    public init(range: Range<Int>, line: Int, text: String) {
        self.range = range
        self.line = line
        self.text = text
    }

    /// The sentence's range as Unicode code-point offsets into `source`, the text that was split.
    public func scalarRange(in source: String) -> Range<Int> { TextOffsets.scalarRange(of: range, in: source) }
}
