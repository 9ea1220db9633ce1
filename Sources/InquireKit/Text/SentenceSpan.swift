/// A sentence found in a text: its byte range, the line it starts on, and its text.
public struct SentenceSpan: Sendable, Equatable {
    /// The UTF-8 byte range in the split text, without surrounding white space.
    public let range: Range<Int>
    /// The 1-based line on which the sentence starts.
    public let line: Int
    /// The sentence text.
    public let text: String

    /// Creates a span.
    public init(range: Range<Int>, line: Int, text: String) {
        self.range = range
        self.line = line
        self.text = text
    }
}
