/// Where an engine's corpus lives: in memory, or in an index file opened alone, read in place (the `Corpus` then
/// makes each sentence from the mapped bytes when it is read, so nothing is rebuilt as Strings up front).
final class CorpusSource: Sendable {
    /// The corpus.
    let corpus: Corpus

    /// A corpus in memory.
    init(_ corpus: Corpus) { self.corpus = corpus }

    /// The corpus stored in an index file, read in place.
    init(stored: StoredIndex) { corpus = stored.corpus() }

    /// The text of sentence `sentence`.
    func text(of sentence: Int) -> String { corpus.sentences[sentence].text }

    /// The `file:line` reference of sentence `sentence`.
    func reference(of sentence: Int) -> String { corpus.reference(of: sentence) }
}
