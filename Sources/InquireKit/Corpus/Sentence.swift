/// One sentence of a corpus, with its provenance.
public struct Sentence: Sendable, Equatable {
    /// The position of the sentence's document in `Corpus.documents`.
    public let document: Int
    /// The sentence's UTF-8 byte range in its document's text.
    public let range: Range<Int>
    /// The line of the document's source on which the sentence begins (1-based).
    public let line: Int
    /// The sentence text, exactly as in the source.
    public let text: String

    /// Creates a sentence record.
    public init(document: Int, range: Range<Int>, line: Int, text: String) {
        self.document = document
        self.range = range
        self.line = line
        self.text = text
    }
}
