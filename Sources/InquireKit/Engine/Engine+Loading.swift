import Foundation

extension Engine {
    /// The front door: loads the corpus at `corpus` (a text file, a folder of `.txt`/`.md` files, JSON Lines of
    /// `{"id", "title", "text"}`, or a SQuAD JSON file) and indexes it, or loads the index file at `index` (made by
    /// `IndexFileWriter`) instead of indexing. Given both, the corpus is read and must be the one the index was built
    /// from (`IndexFileError.staleCorpus` otherwise); given the index alone, the corpus stored in it is used.
    ///
    /// `progress` hears what the loader is doing (reading, indexing a chunk at a time, verifying); `cancellation`,
    /// when raised, stops the load at its next step with `EngineLoadError.cancelled`. Errors are those of the
    /// corpus (`CorpusError`) and of the index file (`IndexFileError`), each naming its file.
    public init(
        contentsOf corpus: URL?, index: URL? = nil, configuration: Configuration = .default,
        progress: (@Sendable (LoadProgress) -> Void)? = nil, cancellation: Cancellation? = nil
    ) throws {
        if let corpus {
            progress?(.readingCorpus(Self.filePath(corpus)))
            let loaded = try Self.readCorpus(at: corpus, configuration: configuration)
            if cancellation?.isCancelled == true { throw EngineLoadError.cancelled }
            try self.init(
                documents: loaded, index: index, configuration: configuration, progress: progress,
                cancellation: cancellation)
        } else if let index {
            let stored = try Self.readIndex(at: index, progress: progress)
            try self.init(source: CorpusSource(stored: stored), index: stored.index, configuration: configuration)
        } else {
            throw EngineLoadError.nothingToLoad
        }
    }

    /// The front door for documents already in memory (a SQuAD file's contexts, documents made by a program):
    /// indexes `corpus`, or loads the index file at `index`, which must have been built from it. Progress,
    /// cancellation and errors as in ``init(contentsOf:index:configuration:progress:cancellation:)``.
    public init(
        documents corpus: Corpus, index: URL? = nil, configuration: Configuration = .default,
        progress: (@Sendable (LoadProgress) -> Void)? = nil, cancellation: Cancellation? = nil
    ) throws {
        let built: SentenceIndex
        if let index {
            let stored = try Self.readIndex(at: index, progress: progress)
            try stored.verify(against: corpus, path: Self.filePath(index))
            built = stored.index
        } else if let progress {
            progress(.indexing(done: 0, total: corpus.sentences.count))
            built = try SentenceIndex(corpus: corpus) { progress(.indexing(done: $0.done, total: $0.total)) }
        } else {
            built = try SentenceIndex(corpus: corpus)
        }
        if cancellation?.isCancelled == true { throw EngineLoadError.cancelled }
        try self.init(corpus: corpus, index: built, configuration: configuration)
    }

    /// Reads and verifies the index file at `url`, telling `progress`.
    static func readIndex(
        at url: URL, progress: (@Sendable (LoadProgress) -> Void)?
    ) throws(IndexFileError) -> StoredIndex {
        progress?(.readingIndex(filePath(url)))
        return try IndexFileReader.read(path: filePath(url))
    }

    /// Sets what `configuration` tunes on a loaded engine (ranking, sentences retrieved, threshold, analysis); how
    /// the corpus was read and the resources are fixed at load.
    public mutating func apply(_ configuration: Configuration) {
        ranking = configuration.ranking
        retrieved = configuration.retrieved
        if let threshold = configuration.threshold { extractor.threshold = threshold }
        if !configuration.usesAnalysis {
            analyzer = nil
        } else if analyzer == nil {
            analyzer = SentenceAnalyzer(gazetteer: resources.gazetteer)
        }
    }

    /// The path of a file URL as it was written: relative paths stay relative (sources and messages show what the
    /// user typed) and a trailing slash stays.
    static func filePath(_ url: URL) -> String {
        if url.baseURL != nil { return url.relativeString.removingPercentEncoding ?? url.relativePath }
        return url.path(percentEncoded: false)
    }

    /// Reads the corpus at `url` as `configuration` says.
    static func readCorpus(at url: URL, configuration: Configuration) throws(CorpusError) -> Corpus {
        let loaded = try CorpusLoader.load(
            path: filePath(url), oneSentencePerLine: configuration.oneSentencePerLine,
            strictEncoding: configuration.strictEncoding)
        return configuration.sourceName.map { loaded.renamingSources(to: $0) } ?? loaded
    }
}
