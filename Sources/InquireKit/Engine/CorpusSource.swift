import Synchronization

/// Where an engine's corpus lives: in memory, or in an index file loaded alone, from which the `Corpus` is rebuilt
/// only when something needs it whole (answering); searching shows sentences straight from the stored bytes.
final class CorpusSource: Sendable {
    private enum Origin {
        case memory(Corpus)
        case file(StoredIndex)
    }

    private let origin: Origin
    /// The corpus rebuilt from the file, once something asked for it.
    private let rebuilt = Mutex<Corpus?>(nil)

    /// A corpus in memory.
    init(_ corpus: Corpus) { origin = .memory(corpus) }

    /// The corpus stored in an index file, rebuilt on first use.
    init(stored: StoredIndex) { origin = .file(stored) }

    /// The whole corpus (from an index file, rebuilt the first time, then kept).
    var corpus: Corpus {
        switch origin {
        case .memory(let corpus):
            return corpus
        case .file(let stored):
            return rebuilt.withLock { rebuilt in
                if let rebuilt { return rebuilt }
                let corpus = stored.corpus()
                rebuilt = corpus
                return corpus
            }
        }
    }

    /// The text of sentence `sentence`, without rebuilding the corpus.
    func text(of sentence: Int) -> String {
        switch origin {
        case .memory(let corpus): corpus.sentences[sentence].text
        case .file(let stored): stored.text(of: sentence)
        }
    }

    /// The `file:line` reference of sentence `sentence`, without rebuilding the corpus.
    func reference(of sentence: Int) -> String {
        switch origin {
        case .memory(let corpus): corpus.reference(of: sentence)
        case .file(let stored): stored.reference(of: sentence)
        }
    }
}
