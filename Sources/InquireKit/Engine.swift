/// The question-answering engine: a corpus, its sentence index, the question classifier and the answer
/// extractor, behind one type that every face of the tool uses.
public struct Engine: Sendable {
    /// The corpus answers come from.
    public let corpus: Corpus
    /// The sentence index over `corpus`.
    public let index: SentenceIndex
    /// How sentences are ranked.
    public var ranking: Ranking
    /// The question classifier.
    public let classifier: QuestionClassifier
    /// The answer extractor.
    public var extractor: AnswerExtractor
    /// How many sentences are retrieved per question.
    public var retrieved: Int = 20

    /// Indexes `corpus` and sets up the pipeline.
    public init(corpus: Corpus, ranking: Ranking = .tfidf) {
        self.init(corpus: corpus, index: SentenceIndex(corpus: corpus), ranking: ranking)
    }

    /// Uses an index already built (or loaded from a file) for `corpus`.
    public init(corpus: Corpus, index: SentenceIndex, ranking: Ranking = .tfidf) {
        self.corpus = corpus
        self.index = index
        self.ranking = ranking
        self.classifier = QuestionClassifier()
        self.extractor = AnswerExtractor()
    }

    /// Answers one question, with up to `alternatives` other candidates. When `cancellation` is raised while it
    /// works, extraction stops at its next check and the answer is empty ("no answer"), for nobody to use.
    public func answer(_ question: String, alternatives: Int = 5, cancellation: Cancellation? = nil) -> Answer {
        let analysis = classifier.classify(question)
        var terms = analysis.keywords.compactMap { Analyzer.term(forWord: $0) }
        for phrase in analysis.phrases { terms += Analyzer.terms(phrase) }
        let hits = index.search(terms: terms, top: retrieved, ranking: ranking)
        return extractor.answer(
            analysis, hits: hits, corpus: corpus, index: index, alternatives: alternatives, cancellation: cancellation)
    }

    /// The top sentences for a free-text query.
    public func search(_ query: String, top k: Int) -> [SearchHit] {
        index.search(query, top: k, ranking: ranking)
    }
}
