/// Names the SQuAD paragraph a question is asked of, for lists of misses: the article's title, the paragraph's
/// 1-based position in the article, and the opening words of its context.
public struct ParagraphReference: Codable, Sendable, Equatable {
    /// The article's title ("Super_Bowl_50").
    public let title: String
    /// The paragraph's 1-based position in its article.
    public let index: Int
    /// The context's opening words, at most `excerptLength` characters, with "…" when cut.
    public let excerpt: String

    /// How many characters of the context the excerpt keeps at most.
    public static let excerptLength = 60

    /// Creates a reference from its parts.
    public init(title: String, index: Int, excerpt: String) {
        self.title = title
        self.index = index
        self.excerpt = excerpt
    }

    /// The reference of a paragraph document as `SQuADGoldReader` makes it (id `title#n`); the position is 0 when
    /// the id carries none.
    public init(_ document: Document) {
        let number = document.id.split(separator: "#").last.flatMap { Int($0) } ?? 0
        self.init(title: document.title ?? document.id, index: number, excerpt: Self.excerpt(of: document.text))
    }

    /// The opening of `text` on one line: whitespace runs collapsed, cut at a word boundary before
    /// `excerptLength` characters, "…" appended when cut.
    public static func excerpt(of text: String) -> String {
        let words = text.split(whereSeparator: \.isWhitespace)
        var out = ""
        for word in words {
            let next = out.isEmpty ? String(word) : out + " " + word
            guard next.count <= excerptLength else {
                return (out.isEmpty ? String(word.prefix(excerptLength)) : out) + "…"
            }
            out = next
        }
        return out
    }
}
