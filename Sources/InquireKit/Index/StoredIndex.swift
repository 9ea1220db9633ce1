/// An index file opened in place, with the corpus it was built from: enough to search, show sentences and answer
/// without the original files. Sentences are read from the mapped bytes; a sentence becomes a `String` only when it
/// is shown or analysed (`text(of:)`, or `corpus().sentences[i].text`).
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

    /// The corpus the index was built from, read in place from the file (nothing is copied: its sentences and
    /// documents are made from the stored bytes as they are read), with a warning for each file that was read as
    /// Windows-1252 when the index was built.
    public func corpus() -> Corpus { Corpus(store: store) }

    /// How many files of the corpus were not UTF-8 and were read as Windows-1252 when the index was built.
    public var windows1252Files: Int { store.windows1252Sources.count }

    /// Checks that `corpus` is the corpus this index was built from.
    public func verify(against corpus: Corpus, path: String) throws(IndexFileError) {
        guard Fingerprints.corpus(corpus) == corpusFingerprint else { throw .staleCorpus(path: path) }
    }
}

/// A corpus kept in the flat form of the index file, read in place.
struct CorpusStore: Sendable {
    /// Corpus name, then per document id, title, source and text.
    let strings: Column<UInt8>
    /// String boundaries in `strings`.
    let offsets: Column<UInt64>
    /// Per document: first line, flags.
    let documentInfo: Column<UInt64>
    /// Per sentence: its document.
    let sentenceDocuments: Column<UInt32>
    /// Per sentence: its byte range in its document's text (lower, upper).
    let sentenceRanges: Column<UInt64>
    /// Per sentence: its line in its source.
    let sentenceLines: Column<UInt64>
    /// Per document: its first sentence (documents + 1 entries).
    let documentSentences: Column<UInt64>

    var documentCount: Int { documentInfo.count / 2 }
    var sentenceCount: Int { sentenceDocuments.count }

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
    func string(_ index: Int) -> String { string(Int(offsets[index])..<Int(offsets[index + 1])) }

    /// The bytes `range` of the arena as a string (invalid UTF-8 repaired, as damaged text may hold).
    func string(_ range: Range<Int>) -> String {
        String(decoding: UnsafeBufferPointer(rebasing: strings.buffer[range]), as: UTF8.self)
    }

    func text(of sentence: Int) -> String {
        let base = Int(offsets[4 + 4 * Int(sentenceDocuments[sentence])])
        return string((base + Int(sentenceRanges[2 * sentence]))..<(base + Int(sentenceRanges[2 * sentence + 1])))
    }

    func source(ofDocument document: Int) -> String { string(3 + 4 * document) }

    func reference(of sentence: Int) -> String {
        "\(source(ofDocument: Int(sentenceDocuments[sentence]))):\(sentenceLines[sentence])"
    }

    /// Sentence `index`, its text made from the stored bytes.
    func sentence(_ index: Int) -> Sentence {
        Sentence(
            document: Int(sentenceDocuments[index]),
            range: Int(sentenceRanges[2 * index])..<Int(sentenceRanges[2 * index + 1]),
            line: Int(sentenceLines[index]), text: text(of: index))
    }

    /// Document `index`, its strings made from the stored bytes.
    func document(_ index: Int) -> Document {
        let flags = documentInfo[2 * index + 1]
        return Document(
            id: string(1 + 4 * index), title: flags & 1 == 0 ? nil : string(2 + 4 * index),
            source: string(3 + 4 * index), text: string(4 + 4 * index), firstLine: Int(documentInfo[2 * index]),
            textLinesAreSourceLines: flags & 2 != 0)
    }

    /// The range of document `index`'s sentences.
    func sentenceRange(ofDocument index: Int) -> Range<Int> {
        Int(documentSentences[index])..<Int(documentSentences[index + 1])
    }
}
