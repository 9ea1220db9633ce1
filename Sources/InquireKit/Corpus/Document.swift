/// One text of a corpus: an article, a file, or one context of a SQuAD file.
public struct Document: Sendable, Equatable {
    /// A stable identifier (the file name, the JSON Lines `id`, or the SQuAD paragraph's position).
    public let id: String
    /// The title when the source gives one (JSON Lines, SQuAD); nil for plain files.
    public let title: String?
    /// Where the text came from, as shown to users in `file:line` references.
    public let source: String
    /// The full text.
    public let text: String
    /// The line of `source` on which `text` begins (1-based); lets `file:line` point into a larger file.
    public let firstLine: Int
    /// Whether line breaks in `text` are line breaks of `source` (plain files) or not (JSON strings, where every
    /// sentence of the document is on the document's own line).
    public let textLinesAreSourceLines: Bool

    /// Creates a document.
    public init(
        id: String,
        title: String? = nil,
        source: String,
        text: String,
        firstLine: Int = 1,
        textLinesAreSourceLines: Bool = true
    ) {
        self.id = id
        self.title = title
        self.source = source
        self.text = text
        self.firstLine = firstLine
        self.textLinesAreSourceLines = textLinesAreSourceLines
    }
}
