extension Engine {
    /// What can be tuned in an engine, with the defaults every face of the tool starts from: how the corpus is
    /// read, how sentences are ranked and how many are read, and when the engine abstains.
    public struct Configuration: Sendable, Equatable {
        /// How sentences are ranked.
        public var ranking: Ranking = .tfidf
        /// How many sentences are retrieved per question.
        public var retrieved = 20
        /// The confidence below which the engine answers "no answer found"; nil keeps the extractor's default.
        public var threshold: Double?
        /// Whether each line of the corpus is taken as one sentence (for corpora already split).
        public var oneSentencePerLine = false
        /// Whether a corpus file that is not UTF-8 is refused (`CorpusError.notText`) rather than read as
        /// Windows-1252 with a warning in `Corpus.warnings`.
        public var strictEncoding = false
        /// The name every document's source is shown under, or nil for the real paths (an embedded corpus whose
        /// path lies inside the build folder is shown under its name in the repository).
        public var sourceName: String?
        /// The gazetteer and lexicons the engine reads; nil for the package's own (`Engine.Resources.bundled()`,
        /// read once per process). Fixed when the engine is loaded (`Engine.apply(_:)` leaves them).
        public var resources: Resources?
        /// Whether questions and retrieved sentences are parsed (tags, entities, dependencies) to choose answers by
        /// their role; off, answers come from the rules alone.
        public var usesAnalysis = true

        /// The defaults.
        public init() {}

        /// The defaults: TF-IDF ranking, 20 sentences, the extractor's threshold, lenient encoding, the package's
        /// resources, analysis on.
        public static let `default` = Configuration()
    }
}
