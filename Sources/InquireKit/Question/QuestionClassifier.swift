/// A first pattern classifier for who / where / how many questions (replaced by the full TREC classifier).
public struct QuestionClassifier: Sendable {
    /// Creates the classifier.
    public init() {}

    /// Classifies one question.
    public func classify(_ question: String) -> QuestionAnalysis {
        let words = Tokenizer.tokenize(question).map(\.term)
        var type = AnswerType.descriptionOther
        var wh: String?
        var focus: String?
        var skip = 1
        if let first = words.firstIndex(where: { ["who", "whom", "whose", "where", "how"].contains($0) }) {
            switch words[first] {
            case "who", "whom", "whose":
                type = .humanIndividual
                wh = words[first]
            case "where":
                type = .locationOther
                wh = "where"
            default:
                if first + 1 < words.count, words[first + 1] == "many" {
                    type = .numericCount
                    wh = "how many"
                    skip = 2
                    if first + 2 < words.count { focus = words[first + 2] }
                }
            }
            _ = skip
        }
        let keywords = words.filter { !Stopwords.contains($0) && $0 != "many" }
        return QuestionAnalysis(
            text: question, answerType: type, whWord: wh, focus: focus.map { SnowballStemmer.stem($0) },
            focusAsAsked: focus, keywords: keywords, phrases: [], confidence: wh == nil ? 0.3 : 0.8)
    }
}
