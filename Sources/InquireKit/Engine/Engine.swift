/// The question-answering engine: a corpus, its sentence index, the question classifier and the answer
/// extractor, behind one type that every face of the tool uses.
public struct Engine: Sendable {
    /// The corpus answers come from (loaded from an index file alone, it is rebuilt from the file when first read).
    public var corpus: Corpus { source.corpus }
    /// Where the corpus lives.
    let source: CorpusSource
    /// The sentence index over `corpus`.
    public let index: SentenceIndex
    /// How sentences are ranked.
    public var ranking: Ranking
    /// The question classifier.
    public let classifier: QuestionClassifier
    /// The answer extractor.
    public var extractor: AnswerExtractor
    /// The gazetteer and lexicons the classifier and the extractor read.
    public let resources: Resources
    /// How many sentences are retrieved per question.
    public var retrieved: Int = 20
    /// The linguistic analysis of questions and retrieved sentences (models loaded on first use, each sentence
    /// analysed once); nil answers from the rules alone.
    package var analyzer: SentenceAnalyzer?

    /// Indexes `corpus` and sets up the pipeline with the package's resources (`Resources.bundled()`).
    ///
    /// - Throws: `ResourceError` when the package's resources cannot be read, `IndexBuildError` when the corpus is
    ///   too large for one index.
    public init(corpus: Corpus, ranking: Ranking = .tfidf) throws {
        var configuration = Configuration()
        configuration.ranking = ranking
        try self.init(corpus: corpus, index: SentenceIndex(corpus: corpus), configuration: configuration)
    }

    /// An engine over `corpus` and an index already built for it, with `configuration` applied.
    ///
    /// - Throws: `ResourceError` when the configuration names no resources and the package's cannot be read.
    package init(corpus: Corpus, index: SentenceIndex, configuration: Configuration) throws(ResourceError) {
        try self.init(source: CorpusSource(corpus), index: index, configuration: configuration)
    }

    /// An engine over the corpus `source` holds and its `index`, with `configuration` applied and its resources
    /// (the package's when it names none).
    init(source: CorpusSource, index: SentenceIndex, configuration: Configuration) throws(ResourceError) {
        let resources: Resources
        if let given = configuration.resources { resources = given } else { resources = try .bundled() }
        self.init(source: source, index: index, resources: resources)
        apply(configuration)
    }

    /// An engine over the corpus `source` holds and its `index`, reading `resources`, with the default settings.
    init(source: CorpusSource, index: SentenceIndex, resources: Resources) {
        self.source = source
        self.index = index
        self.ranking = .tfidf
        self.resources = resources
        self.classifier = QuestionClassifier(resources: resources)
        self.extractor = AnswerExtractor(resources: resources)
        self.analyzer = SentenceAnalyzer(gazetteer: resources.gazetteer)
    }

    /// Answers one question, with up to `alternatives` other candidates. When `cancellation` is raised while it
    /// works, extraction stops at its next check and the answer is empty ("no answer"), for nobody to use.
    public func answer(_ question: String, alternatives: Int = 5, cancellation: Cancellation? = nil) -> Answer {
        answer(question, alternatives: alternatives, cancellation: cancellation) { _ in }
    }

    /// Answers one question as `answer(_:alternatives:cancellation:)` does, calling `stage` with each stage's name
    /// as it ends — "analyse" (the question's parse), "classify", "retrieve" and "extract" (the retrieved
    /// sentences' parses, candidates, ranking, confidence) — so a face can time them (the shell's `:timer`).
    package func answer(
        _ question: String, alternatives: Int, cancellation: Cancellation?, stage: (String) -> Void
    ) -> Answer {
        // The question is analysed once: the classifier and the answer stage read the same analysis.
        let analyses = analyses(of: question, cancellation: cancellation)
        stage("analyse")
        let analysis = analyses.map { classifier.classify($0.question) } ?? classifier.classify(question)
        stage("classify")
        // Keywords go through the index's own analyser, so question terms and index terms always agree ("AT&T"
        // is the terms of "AT&T" in a sentence, not a keyword the index never made).
        var terms: [String] = []
        for text in analysis.keywords + analysis.phrases { terms += Analyzer.terms(text) }
        let hits = index.search(terms: terms, top: retrieved, ranking: ranking)
        stage("retrieve")
        let answer = extractor.answer(
            analysis, hits: hits, corpus: corpus, index: index, alternatives: alternatives, analyses: analyses,
            cancellation: cancellation)
        stage("extract")
        return headerAnswer(analysis, replacing: answer) ?? answer
    }

    /// The longest sentence parsed, in UTF-8 bytes (some 600 words): a longer "sentence" is a run of text without
    /// sentence punctuation (a table, a list, a log), whose parse would cost seconds and mean little; its candidates
    /// are read by the rules alone.
    static let longestParsedSentence = 4_096

    /// The analyses the extractor reads for `question`, when the engine has an analyzer: sentences up to
    /// `longestParsedSentence` bytes, none once `cancellation` is raised. The models are checked with the other
    /// resources before a command answers (`ResourceBundle.checkEngineResources()`).
    func analyses(of question: String, cancellation: Cancellation? = nil) -> AnalysisSource? {
        guard let analyzer else { return nil }
        let parsed = ResourceBundle.required(Result { try analyzer.analysis(ofQuestion: question) })
        return AnalysisSource(question: parsed) { index, text in
            guard text.utf8.count <= Self.longestParsedSentence, cancellation?.isCancelled != true else { return nil }
            return ResourceBundle.required(Result { try analyzer.analysis(ofSentence: index, text: text) })
        }
    }

    /// The text of sentence `sentence` (from an index file loaded alone, read from the stored bytes).
    public func text(ofSentence sentence: Int) -> String { source.text(of: sentence) }

    /// The `file:line` reference of sentence `sentence`, as `Corpus.reference(of:)` gives it.
    public func reference(ofSentence sentence: Int) -> String { source.reference(of: sentence) }

    /// The top sentences for a free-text query.
    public func search(_ query: String, top k: Int) -> [SearchHit] {
        index.search(query, top: k, ranking: ranking)
    }
}
