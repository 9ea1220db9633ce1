import Synchronization

/// Where an engine's corpus lives: in memory, or in an index file loaded alone, from which the `Corpus` is rebuilt
/// only when something needs it whole (answering); searching shows sentences straight from the stored bytes.
final class CorpusSource: Sendable {
    private let stored: StoredIndex?
    private let built: Mutex<Corpus?>

    /// A corpus in memory.
    init(_ corpus: Corpus) {
        stored = nil
        built = Mutex(corpus)
    }

    /// The corpus stored in an index file, rebuilt on first use.
    init(stored: StoredIndex) {
        self.stored = stored
        built = Mutex(nil)
    }

    /// The whole corpus (rebuilt from the index file the first time, then kept).
    var corpus: Corpus {
        built.withLock { built in
            if let built { return built }
            // `stored` is set whenever `built` starts empty.
            let corpus = stored?.corpus() ?? Corpus(name: "", documents: [])
            built = corpus
            return corpus
        }
    }

    /// The text of sentence `sentence`, without rebuilding the corpus.
    func text(of sentence: Int) -> String {
        if let stored, !isBuilt { return stored.text(of: sentence) }
        return corpus.sentences[sentence].text
    }

    /// The `file:line` reference of sentence `sentence`, without rebuilding the corpus.
    func reference(of sentence: Int) -> String {
        if let stored, !isBuilt { return stored.reference(of: sentence) }
        return corpus.reference(of: sentence)
    }

    private var isBuilt: Bool { built.withLock { $0 != nil } }
}
