/// An index loaded from a file, with the corpus it was built from: enough to search and show sentences without
/// the original files (`text(of:)`, `reference(of:)` read straight from the stored bytes), or to rebuild the full
/// `Corpus` for the question-answering engine.
public struct StoredIndex: Sendable {
    /// The sentence index.
    public let index: SentenceIndex
    /// The stored corpus.
    let store: CorpusStore
    /// The fingerprint of the corpus the index was built from (`Fingerprints.corpus`).
    public let corpusFingerprint: UInt64

    /// The number of sentences.
    public var sentenceCount: Int { index.sentenceCount }

    /// The text of sentence `sentence`.
    public func text(of sentence: Int) -> String { store.text(of: sentence) }

    /// The `file:line` reference of sentence `sentence`, as `Corpus.reference(of:)` gives it.
    public func reference(of sentence: Int) -> String { store.reference(of: sentence) }

    /// The corpus the index was built from, rebuilt from the file (with a warning for each file that was read as
    /// Windows-1252 when the index was built).
    public func corpus() -> Corpus { store.corpus() }

    /// How many files of the corpus were not UTF-8 and were read as Windows-1252 when the index was built.
    public var windows1252Files: Int { store.windows1252Sources.count }

    /// Checks that `corpus` is the corpus this index was built from.
    public func verify(against corpus: Corpus, path: String) throws(IndexFileError) {
        guard Fingerprints.corpus(corpus) == corpusFingerprint else { throw .staleCorpus(path: path) }
    }
}

/// A corpus kept in the flat form of the index file.
struct CorpusStore: Sendable {
    /// Corpus name, then per document id, title, source and text.
    let strings: [UInt8]
    /// String boundaries in `strings`.
    let offsets: [UInt64]
    /// Per document: first line, flags.
    let documentInfo: [UInt64]
    /// Per sentence: document, range, line.
    let sentences: SentenceTable

    var documentCount: Int { documentInfo.count / 2 }

    /// The sources (files) of the documents flagged as read as Windows-1252, each once, in document order.
    var windows1252Sources: [String] {
        var seen: Set<String> = []
        var sources: [String] = []
        for document in 0..<documentCount where documentInfo[2 * document + 1] & 4 != 0 {
            let source = string(3 + 4 * document)
            if seen.insert(source).inserted { sources.append(source) }
        }
        return sources
    }

    /// String `index` of the arena.
    func string(_ index: Int) -> String {
        String(decoding: strings[Int(offsets[index])..<Int(offsets[index + 1])], as: UTF8.self)
    }

    func text(of sentence: Int) -> String {
        let document = Int(sentences.documents[sentence])
        let base = Int(offsets[4 + 4 * document])
        let lower = base + Int(sentences.ranges[2 * sentence])
        let upper = base + Int(sentences.ranges[2 * sentence + 1])
        return String(decoding: strings[lower..<upper], as: UTF8.self)
    }

    func reference(of sentence: Int) -> String {
        "\(string(1 + 4 * Int(sentences.documents[sentence]) + 2)):\(sentences.lines[sentence])"
    }

    func corpus() -> Corpus {
        var documents: [Document] = []
        documents.reserveCapacity(documentCount)
        for document in 0..<documentCount {
            let flags = documentInfo[2 * document + 1]
            documents.append(
                Document(
                    id: string(1 + 4 * document), title: flags & 1 == 0 ? nil : string(2 + 4 * document),
                    source: string(3 + 4 * document), text: string(4 + 4 * document),
                    firstLine: Int(documentInfo[2 * document]), textLinesAreSourceLines: flags & 2 != 0))
        }
        let count = sentences.documents.count
        var records: [Sentence] = []
        records.reserveCapacity(count)
        var ranges: [Range<Int>] = Array(repeating: 0..<0, count: documentCount)
        var seen = [Bool](repeating: false, count: documentCount)
        for sentence in 0..<count {
            let document = Int(sentences.documents[sentence])
            let range = Int(sentences.ranges[2 * sentence])..<Int(sentences.ranges[2 * sentence + 1])
            records.append(
                Sentence(
                    document: document, range: range, line: Int(sentences.lines[sentence]), text: text(of: sentence)))
            if !seen[document] {
                seen[document] = true
                ranges[document] = sentence..<sentence
            }
            ranges[document] = ranges[document].lowerBound..<(sentence + 1)
        }
        var start = 0
        for document in 0..<documentCount {
            if !seen[document] { ranges[document] = start..<start }
            start = ranges[document].upperBound
        }
        var corpus = Corpus(name: string(0), documents: documents, sentences: records, sentenceRanges: ranges)
        corpus.warnings = windows1252Sources.map { CorpusWarning(path: $0, kind: .readAsWindows1252) }
        return corpus
    }
}
