/// A collection of documents split into sentences: the unit that is indexed and searched.
public struct Corpus: Sendable {
    /// A short name for messages and banners (the file or folder name).
    public let name: String
    /// The documents, in load order.
    public let documents: DocumentList
    /// Every sentence of every document, in corpus order; a sentence's position is its id in the index. Read from
    /// an index file, sentences are made from the stored bytes as they are read.
    public let sentences: SentenceList
    /// For each document, the range of its sentences in `sentences`.
    public let sentenceRanges: [Range<Int>]
    /// What the loader worked around while reading the files (one per file): files read as Windows-1252, binary
    /// files left out of a folder.
    public internal(set) var warnings: [CorpusWarning] = []

    /// Splits the documents into sentences with `splitter` (or takes each line as a sentence when
    /// `oneSentencePerLine` is set, the form pre-split benchmark corpora come in).
    public init(name: String, documents: [Document], oneSentencePerLine: Bool = false) {
        self.name = name
        self.documents = DocumentList(documents)
        var ranges: [Range<Int>] = []
        let spans = SentenceSpans(documents: documents, oneSentencePerLine: oneSentencePerLine, ranges: &ranges)
        self.sentences = SentenceList(spans: spans)
        self.sentenceRanges = ranges
    }

    /// The corpus stored in an index file, read in place.
    init(store: CorpusStore) {
        name = store.string(0)
        documents = DocumentList(store: store)
        sentences = SentenceList(store: store)
        sentenceRanges = (0..<store.documentCount).map { store.sentenceRange(ofDocument: $0) }
        warnings = store.windows1252Sources.map { CorpusWarning(path: $0, kind: .readAsWindows1252) }
    }

    /// Assembles a corpus from parts already split (used when renaming sources).
    init(name: String, documents: DocumentList, sentences: SentenceList, sentenceRanges: [Range<Int>]) {
        self.name = name
        self.documents = documents
        self.sentences = sentences
        self.sentenceRanges = sentenceRanges
    }

    /// How many sentences the document holding sentence `sentence` has (a paragraph's few, an article's many).
    package func documentSentenceCount(of sentence: Int) -> Int {
        sentenceRanges[sentences[sentence].document].count
    }

    /// The `file:line` reference of a sentence, as shown beside evidence.
    public func reference(of sentence: Int) -> String {
        if let store = sentences.store { return store.reference(of: sentence) }
        let record = sentences[sentence]
        return "\(documents.source(of: record.document)):\(record.line)"
    }
}

extension Corpus {
    /// The same corpus with every document's source shown as `source` (for the embedded default corpus, whose
    /// real path lies inside the build folder).
    public func renamingSources(to source: String) -> Corpus {
        let renamed = DocumentList(
            documents.map {
                Document(
                    id: $0.id, title: $0.title, source: source, text: $0.text, firstLine: $0.firstLine,
                    textLinesAreSourceLines: $0.textLinesAreSourceLines)
            })
        // Sentences read from an index file name their stored source; renamed, they are held in memory.
        var corpus = Corpus(
            name: source.split(separator: "/").last.map(String.init) ?? source, documents: renamed,
            sentences: sentences.store == nil ? sentences : SentenceList(Array(sentences)),
            sentenceRanges: sentenceRanges)
        corpus.warnings = warnings
        return corpus
    }
}
