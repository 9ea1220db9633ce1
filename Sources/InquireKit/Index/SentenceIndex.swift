import Foundation

/// An inverted index over sentences: terms interned to integer ids, postings term by term in compressed blocks of
/// 128 (`PostingBlocks`), each sentence's TF-IDF norm precomputed.
///
/// Scoring follows scikit-learn's `TfidfVectorizer(sublinear_tf=True)` exactly (tf = 1 + ln count,
/// idf = ln((1 + n) / (1 + df)) + 1, L2-normalised vectors, cosine), or Lucene's BM25 (k1 = 1.2, b = 0.75). A search
/// only visits the postings of the query's terms; see `SentenceIndex+Search.swift`.
///
/// Memory: postings in blocks of 128, bit-packed gaps and counts (about 2 bytes a posting on news-like text) plus
/// 9 bytes per sentence (length, inverse norm and its one-byte bound class) plus the vocabulary; a search reuses 384 KiB of scratch (one scoring block).
///
/// Limits: sentence ids are 32-bit (fewer than 2³² sentences) and the vocabulary's text is addressed with 32-bit
/// offsets (under 4 GiB of distinct terms); posting positions are 64-bit. A corpus that large does not fit in
/// memory as `Corpus` holds it, so the loader's limits are met first.
public struct SentenceIndex: Sendable {
    /// The vocabulary: term text ↔ term id.
    let dictionary: TermDictionary
    /// Every term's postings, compressed in blocks of 128 (`PostingBlocks`).
    let postings: PostingBlocks
    /// The number of terms in each sentence (its length for BM25).
    let sentenceLengths: Column<UInt32>
    /// 1 / the L2 norm of each sentence's TF-IDF vector (0 for a sentence without terms).
    let inverseNorms: Column<Float>
    /// A one-byte upper-bound class of each inverse norm, so that most candidates are rejected without reading it.
    let normBounds: NormBounds
    /// The sum of the sentence lengths (stored in index files, so that opening one reads no length).
    let totalLength: UInt64
    /// The mean sentence length, for BM25.
    let averageLength: Double
    /// Search scratch buffers, shared by copies of this index.
    let scratch: ScratchPool

    /// The number of sentences indexed.
    public var sentenceCount: Int { sentenceLengths.count }
    /// The number of distinct terms.
    public var termCount: Int { dictionary.count }
    /// The number of (term, sentence) postings.
    public var postingCount: Int { postings.postingCount }

    /// Assembles an index from its parts (the builder calls this).
    init(dictionary: TermDictionary, postings: PostingBlocks, sentenceLengths: [UInt32], inverseNorms: [Float]) {
        var total: UInt64 = 0
        for length in sentenceLengths { total &+= UInt64(length) }
        self.init(
            dictionary: dictionary, postings: postings, sentenceLengths: Column(sentenceLengths),
            inverseNorms: Column(inverseNorms), normBounds: NormBounds(inverseNorms: inverseNorms), totalLength: total)
    }

    /// Assembles an index from columns (in memory or read in place from a mapped file), with the norm classes and
    /// the total of the sentence lengths already worked out.
    init(
        dictionary: TermDictionary, postings: PostingBlocks, sentenceLengths: Column<UInt32>,
        inverseNorms: Column<Float>, normBounds: NormBounds, totalLength: UInt64
    ) {
        self.dictionary = dictionary
        self.postings = postings
        self.sentenceLengths = sentenceLengths
        self.inverseNorms = inverseNorms
        self.normBounds = normBounds
        self.totalLength = totalLength
        averageLength = sentenceLengths.isEmpty ? 0 : Double(totalLength) / Double(sentenceLengths.count)
        scratch = ScratchPool(capacity: min(sentenceLengths.count, Self.blockSize))
    }

    /// Builds the index from each sentence's analysed terms, in corpus order. Throws
    /// ``IndexBuildError/tooLarge(postings:bytes:limit:)`` past 2³² − 1 postings or bytes of postings (over 20 GB of
    /// text), as the initialisers below do.
    public init(termsPerSentence: [[String]]) throws(IndexBuildError) {
        self = try IndexBuilder.build(termsPerSentence: termsPerSentence)
    }

    /// Builds the index over a corpus's sentences with the standard analyzer, tokenising on every core.
    public init(corpus: Corpus) throws(IndexBuildError) {
        self = try IndexBuilder.build(corpus: corpus)
    }

    /// Builds the index over a corpus, calling `progress` (from any thread) as sentences are analysed.
    public init(corpus: Corpus, progress: @escaping @Sendable (BuildProgress) -> Void) throws(IndexBuildError) {
        self = try IndexBuilder.build(corpus: corpus, progress: progress)
    }

    /// The number of sentences containing term `id`.
    @inline(__always)
    func documentFrequency(_ id: UInt32) -> Int {
        postings.frequency(of: Int(id))
    }

    /// The smooth idf of scikit-learn: ln((1 + n) / (1 + df)) + 1.
    static func tfidfIDF(documents n: Double, frequency df: Double) -> Double {
        log((1 + n) / (1 + df)) + 1
    }

    /// Lucene's BM25 idf: ln(1 + (n − df + 0.5) / (df + 0.5)), never negative.
    static func bm25IDF(documents n: Double, frequency df: Double) -> Double {
        log(1 + (n - df + 0.5) / (df + 0.5))
    }

    /// The bytes of the index's arrays, wherever they lie (in memory, or in a mapped file, where only the pages a
    /// search touches become resident); the search scratch is not included.
    public var memoryBytes: Int {
        dictionary.memoryBytes + postings.memoryBytes + sentenceLengths.byteCount + inverseNorms.byteCount
            + normBounds.memoryBytes
    }

    /// Whether the index is read in place from a mapped index file.
    public var isMapped: Bool { postings.isMapped }

    /// The bytes of scratch one concurrent search uses: one accumulator (4 bytes) and one touched slot (2 bytes) per
    /// sentence of a scoring block.
    public var scratchBytesPerSearch: Int { scratch.capacity * 6 }
}

extension SentenceIndex {
    /// The smooth TF-IDF idf of a term; a term absent from the corpus gets the largest possible idf.
    public func idf(of term: String) -> Double {
        let n = Double(sentenceCount)
        guard let id = dictionary.id(of: term) else { return Self.tfidfIDF(documents: n, frequency: 0) }
        return Self.tfidfIDF(documents: n, frequency: Double(documentFrequency(id)))
    }

    /// The number of sentences that contain `term` (0 when it is not in the vocabulary).
    public func documentFrequency(of term: String) -> Int {
        dictionary.id(of: term).map { documentFrequency($0) } ?? 0
    }

    /// Whether two indexes hold the same vocabulary, postings and sentence statistics.
    public func hasSameContents(as other: SentenceIndex) -> Bool {
        dictionary == other.dictionary && postings == other.postings && sentenceLengths == other.sentenceLengths
            && inverseNorms == other.inverseNorms
    }
}

/// How far an index build has come, reported to a progress callback.
public struct BuildProgress: Sendable, Equatable {
    /// Sentences analysed so far.
    public let done: Int
    /// Sentences in the corpus.
    public let total: Int

    /// Creates a progress report.
    public init(done: Int, total: Int) {
        self.done = done
        self.total = total
    }
}
