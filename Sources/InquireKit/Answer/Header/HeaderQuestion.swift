/// A question about the report itself rather than what it reports, which the document's header answers
/// (`DocumentHeader`): *When was the article published?*, *On what date was the report about the Sams posted?*
/// (the date line), *From which city was the report filed?*, *Which city is named in the story's dateline?* (the
/// dateline's place). Read off the question's words: a noun for a news document (*report*, *article*, *story*,
/// *dispatch*, *dateline*) with a verb of publishing or filing, and an answer type of a date or a place.
package struct HeaderQuestion: Sendable, Equatable {
    /// Which fact of the header answers the question.
    package enum Fact: String, Sendable, Equatable {
        /// The date line: when the report was published.
        case published = "date line"
        /// The dateline's place: where the report was filed from.
        case filedFrom = "dateline"
    }

    /// Which fact answers the question.
    package let fact: Fact
    /// Whether the question names the dateline itself: then the header answers it even when a sentence seems to.
    package let namesDateline: Bool
    /// The question's keywords that are not about the report as a document: the words that pick, among several
    /// documents, the one the question is about ("Sams" of "the report about the Sams").
    package let topicWords: [String]

    /// The header question `question` asks, or nil when it asks about what the documents report.
    package init?(_ question: QuestionAnalysis) {
        if question.answerType == .date || question.whWord == "when" && question.coarse == .numeric {
            fact = .published
        } else if question.coarse == .location {
            fact = .filedFrom
        } else {
            return nil
        }
        let tokens = question.tokens.isEmpty ? QuestionTokenizer.tokenize(question.text).tokens : question.tokens
        let words = tokens.filter(\.isWord).map(\.lower)
        guard words.contains(where: Self.documentNouns.contains) else { return nil }
        namesDateline = words.contains { $0 == "dateline" || $0 == "datelined" }
        let verbs = fact == .published ? Self.publishingVerbs : Self.filingVerbs
        guard namesDateline || words.contains(where: verbs.contains) else { return nil }
        let documentWords = Self.documentNouns.union(Self.publishingVerbs).union(Self.filingVerbs)
        topicWords = question.keywords.filter { !documentWords.contains($0) && $0 != question.focus }
    }

    /// Nouns for a news document or its parts.
    static let documentNouns: Set<String> = [
        "report", "article", "story", "dispatch", "despatch", "dateline", "datelined", "bulletin", "newspiece",
    ]

    /// Verbs of publishing, in the forms a question uses.
    static let publishingVerbs: Set<String> = [
        "publish", "published", "post", "posted", "release", "released", "issue", "issued", "print", "printed",
        "write", "written", "wrote", "file", "filed", "date", "dated", "appear", "appeared", "run",
    ]

    /// Verbs of filing a report from a place, in the forms a question uses.
    static let filingVerbs: Set<String> = [
        "file", "filed", "write", "written", "wrote", "send", "sent", "report", "reported", "datelined",
    ]
}
