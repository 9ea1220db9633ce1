import DefaultCorpus
import Foundation
import InquireKit

/// Loading engines and searchable indexes from `--index FILE` (with or without `--corpus`).
extension CorpusOptions {
    /// The corpus named by the options: the given path, or the embedded default article.
    func loadCorpus() throws -> Corpus {
        let path = try corpusPath()
        var loaded = try CorpusLoader.load(
            path: path, oneSentencePerLine: oneSentencePerLine, strictEncoding: strictEncoding)
        CorpusWarnings.report(loaded)
        if corpus == nil { loaded = loaded.renamingSources(to: "Corpus/\(DefaultCorpus.fileName)") }
        return loaded
    }

    /// The engine over the index file `path`: with `--corpus`, the corpus is read and must be the one the index was
    /// built from; without it, the corpus stored in the file is used.
    func loadEngine(indexFile path: String) throws -> Engine {
        let stored = try IndexFileReader.read(path: path)
        if corpus != nil {
            let loaded = try loadCorpus()
            try stored.verify(against: loaded, path: path)
            return Engine(corpus: loaded, index: stored.index, ranking: ranking)
        }
        return Engine(corpus: stored.corpus(), index: stored.index, ranking: ranking)
    }

    /// The engine over the index file `path`, which must have been built from `corpus`.
    func engine(indexFile path: String, for corpus: Corpus) throws -> Engine {
        let stored = try IndexFileReader.read(path: path)
        try stored.verify(against: corpus, path: path)
        return Engine(corpus: corpus, index: stored.index, ranking: ranking)
    }

    /// What `search` needs: the index and a way to show sentences. From an index file without `--corpus` this
    /// does not rebuild the corpus (sentences are read from the stored bytes), so loading stays fast.
    func loadSearchable(progress: Bool) throws -> Searchable {
        if let index, corpus == nil {
            let stored = try IndexFileReader.read(path: index)
            return Searchable(
                index: stored.index, ranking: ranking, text: { stored.text(of: $0) },
                reference: { stored.reference(of: $0) })
        }
        let engine: Engine
        if let index {
            engine = try loadEngine(indexFile: index)
        } else {
            let loaded = try loadCorpus()
            engine = Engine(corpus: loaded, index: IndexBuild.index(of: loaded, progress: progress), ranking: ranking)
        }
        let corpus = engine.corpus
        return Searchable(
            index: engine.index, ranking: ranking, text: { corpus.sentences[$0].text },
            reference: { corpus.reference(of: $0) })
    }
}

/// An index and how to show its sentences.
struct Searchable: Sendable {
    let index: SentenceIndex
    let ranking: Ranking
    let text: @Sendable (Int) -> String
    let reference: @Sendable (Int) -> String
}

/// Index building with a progress bar for large corpora.
enum IndexBuild {
    /// Corpora with at least this many sentences show a progress bar while indexing (on a terminal).
    static let progressThreshold = 50_000

    /// Indexes `corpus`, showing progress on standard error when asked, it is a terminal and the corpus is large.
    static func index(of corpus: Corpus, progress: Bool) -> SentenceIndex {
        guard progress, ProgressBar.isAvailable, corpus.sentences.count >= progressThreshold else {
            return SentenceIndex(corpus: corpus)
        }
        let bar = ProgressBar(label: "indexing")
        let index = SentenceIndex(corpus: corpus) { bar.update(done: $0.done, total: $0.total) }
        bar.finish()
        return index
    }
}
