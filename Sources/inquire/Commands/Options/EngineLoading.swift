import DefaultCorpus
import Foundation
import InquireKit

/// How the command line opens the engine: every face (`ask`, `run`, `eval`, `search`, the shell and its `:load`)
/// goes through `Engine`'s front door with the configuration the options describe.
extension CorpusOptions {
    /// Corpora with at least this many sentences show a progress bar while indexing (on a terminal).
    static let progressThreshold = 50_000

    /// The engine configuration the options describe (the embedded default article shown under its repository
    /// path).
    var configuration: Engine.Configuration {
        var configuration = Engine.Configuration()
        configuration.ranking = ranking
        configuration.oneSentencePerLine = oneSentencePerLine
        configuration.strictEncoding = strictEncoding
        if corpus == nil && index == nil { configuration.sourceName = "Corpus/\(DefaultCorpus.fileName)" }
        return configuration
    }

    /// The corpus to read: the one given; the default article when neither a corpus nor an index file is given;
    /// nil with an index file alone (its stored corpus is used).
    func corpusURL() throws -> URL? {
        if let corpus { return Self.fileURL(corpus) }
        if index != nil { return nil }
        return try ResourceBundle.defaultCorpus(named: DefaultCorpus.fileName)
    }

    /// Loads the engine: reads and indexes the corpus, or loads `--index FILE` (checked against `--corpus` when both
    /// are given), with a progress bar for large corpora when `progress` is set; warns about files read leniently.
    /// `observe` hears the front door's progress reports too.
    func loadEngine(
        progress: Bool = true, cancellation: Cancellation? = nil,
        observe: (@Sendable (LoadProgress) -> Void)? = nil
    ) throws -> Engine {
        let bar = Self.indexingBar(shown: progress)
        defer { bar.finish() }
        let engine = try Engine(
            contentsOf: try corpusURL(), index: index.map(Self.fileURL), configuration: configuration,
            progress: {
                bar.report($0)
                observe?($0)
            }, cancellation: cancellation)
        // Files of a stored corpus were warned about when the index was built.
        if corpus != nil || index == nil { CorpusWarnings.report(engine.corpus) }
        return engine
    }

    /// The engine over documents already read (a SQuAD file's contexts), or over `--index FILE` checked against them.
    func loadEngine(documents: Corpus) throws -> Engine {
        let bar = Self.indexingBar(shown: true)
        defer { bar.finish() }
        return try Engine(
            documents: documents, index: index.map(Self.fileURL), configuration: configuration,
            progress: { bar.report($0) })
    }

    /// The URL of a path as typed: a directory by its trailing slash alone (Foundation would otherwise ask the file
    /// system and add one), so messages and sources show the path the user wrote.
    static func fileURL(_ path: String) -> URL {
        URL(fileURLWithPath: path, isDirectory: path.hasSuffix("/"))
    }

    /// A bar for the indexing stage, drawn once the corpus proves large.
    static func indexingBar(shown: Bool) -> ProgressBar {
        ProgressBar(label: "indexing", when: shown)
    }
}

extension ProgressBar {
    /// Shows the indexing stage of a load (for corpora of `CorpusOptions.progressThreshold` sentences or more).
    func report(_ progress: LoadProgress) {
        if case .indexing(let done, let total) = progress, total >= CorpusOptions.progressThreshold {
            update(done: done, total: total)
        }
    }
}
