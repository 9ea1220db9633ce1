/// One token of a question as the classifier sees it: a word, a number, a clitic (`'s`) or a punctuation mark.
struct QuestionToken: Sendable, Equatable {
    /// The token as written, with curly apostrophes and quotes made straight.
    let text: String
    /// The token lowercased (ASCII letters only; other letters are kept).
    let lower: String
    /// Whether the token holds a letter or digit (false for punctuation).
    let isWord: Bool
    /// Whether the token starts with an uppercase ASCII letter.
    let isCapitalized: Bool
    /// Whether the token has two or more letters, all uppercase ASCII (an acronym such as `NASA` or `B.Y.O.B.`).
    let isAllCaps: Bool
    /// Whether the token lies between double quotes.
    let isQuoted: Bool
    /// The question's UD words (`SentenceAnalysis.words`) this token is made of.
    var words: Range<Int> = 0..<0
}
