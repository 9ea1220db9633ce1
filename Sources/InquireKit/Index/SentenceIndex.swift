import Foundation

/// An inverted index over sentences: terms interned to integer ids, postings in flat contiguous arrays (compressed
/// sparse rows, term by term), each sentence's TF-IDF norm precomputed.
///
/// Scoring follows scikit-learn's `TfidfVectorizer(sublinear_tf=True)` exactly (tf = 1 + ln count,
/// idf = ln((1 + n) / (1 + df)) + 1, L2-normalised vectors, cosine), or Lucene's BM25 (k1 = 1.2, b = 0.75). A search
/// only visits the postings of the query's terms; see `SentenceIndex+Search.swift`.
///
/// Memory: about 5 bytes per posting (sentence id and a one-byte count) plus 9 bytes per sentence (length, inverse
/// norm and its one-byte bound class) plus the vocabulary; a search reuses 384 KiB of scratch (one scoring block).
///
/// Limits: sentence ids are 32-bit (fewer than 2³² sentences) and the vocabulary's text is addressed with 32-bit
/// offsets (under 4 GiB of distinct terms); posting positions are 64-bit. A corpus that large does not fit in
/// memory as `Corpus` holds it, so the loader's limits are met first.
public struct SentenceIndex: Sendable {
    /// The vocabulary: term text ↔ term id.
    let dictionary: TermDictionary
    /// Term `t`'s postings are `postingSentences[postingStarts[t]..<postingStarts[t + 1]]`.
    let postingStarts: Column<UInt64>
    /// The sentence id of every posting, term by term, ascending within a term.
    let postingSentences: Column<UInt32>
    /// The occurrences of the term in the sentence, aligned with `postingSentences`; 255 means "255 or more, see
    /// `overflowCounts`".
    let postingCounts: Column<UInt8>
    /// The positions (ascending) of postings whose count is 255 or more.
    let overflowPostings: Column<UInt64>
    /// The exact counts of the postings in `overflowPostings`.
    let overflowCounts: Column<UInt32>
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
    public var postingCount: Int { postingSentences.count }

    /// Assembles an index from its parts (the builder and the file reader call this).
    init(
        dictionary: TermDictionary, postingStarts: [UInt64], postingSentences: [UInt32], postingCounts: [UInt8],
        overflowPostings: [UInt64], overflowCounts: [UInt32], sentenceLengths: [UInt32], inverseNorms: [Float]
    ) {
        var total: UInt64 = 0
        for length in sentenceLengths { total &+= UInt64(length) }
        self.init(
            dictionary: dictionary, postingStarts: Column(postingStarts), postingSentences: Column(postingSentences),
            postingCounts: Column(postingCounts), overflowPostings: Column(overflowPostings),
            overflowCounts: Column(overflowCounts), sentenceLengths: Column(sentenceLengths),
            inverseNorms: Column(inverseNorms), normBounds: NormBounds(inverseNorms: inverseNorms), totalLength: total)
    }

    /// Assembles an index from columns (in memory or read in place from a mapped file), with the norm classes and
    /// the total of the sentence lengths already worked out.
    init(
        dictionary: TermDictionary, postingStarts: Column<UInt64>, postingSentences: Column<UInt32>,
        postingCounts: Column<UInt8>, overflowPostings: Column<UInt64>, overflowCounts: Column<UInt32>,
        sentenceLengths: Column<UInt32>, inverseNorms: Column<Float>, normBounds: NormBounds, totalLength: UInt64
    ) {
        self.dictionary = dictionary
        self.postingStarts = postingStarts
        self.postingSentences = postingSentences
        self.postingCounts = postingCounts
        self.overflowPostings = overflowPostings
        self.overflowCounts = overflowCounts
        self.sentenceLengths = sentenceLengths
        self.inverseNorms = inverseNorms
        self.normBounds = normBounds
        self.totalLength = totalLength
        averageLength = sentenceLengths.isEmpty ? 0 : Double(totalLength) / Double(sentenceLengths.count)
        scratch = ScratchPool(capacity: min(sentenceLengths.count, Self.blockSize))
    }

    /// Builds the index from each sentence's analysed terms, in corpus order.
    public init(termsPerSentence: [[String]]) {
        self = IndexBuilder.build(termsPerSentence: termsPerSentence)
    }

    /// Builds the index over a corpus's sentences with the standard analyzer, tokenising on every core.
    public init(corpus: Corpus) {
        self = IndexBuilder.build(corpus: corpus)
    }

    /// Builds the index over a corpus, calling `progress` (from any thread) as sentences are analysed.
    public init(corpus: Corpus, progress: @escaping @Sendable (BuildProgress) -> Void) {
        self = IndexBuilder.build(corpus: corpus, progress: progress)
    }

    /// The number of sentences containing term `id`.
    @inline(__always)
    func documentFrequency(_ id: UInt32) -> Int {
        Int(postingStarts[Int(id) + 1] - postingStarts[Int(id)])
    }

    /// The smooth idf of scikit-learn: ln((1 + n) / (1 + df)) + 1.
    static func tfidfIDF(documents n: Double, frequency df: Double) -> Double {
        log((1 + n) / (1 + df)) + 1
    }

    /// Lucene's BM25 idf: ln(1 + (n − df + 0.5) / (df + 0.5)), never negative.
    static func bm25IDF(documents n: Double, frequency df: Double) -> Double {
        log(1 + (n - df + 0.5) / (df + 0.5))
    }

    /// The exact count of posting `position` (resolving the one-byte overflow marker).
    func count(atPosting position: Int) -> UInt32 {
        let stored = postingCounts[position]
        guard stored == 255 else { return UInt32(stored) }
        var low = 0
        var high = overflowPostings.count
        while low < high {
            let middle = (low + high) / 2
            if overflowPostings[middle] < UInt64(position) { low = middle + 1 } else { high = middle }
        }
        return low < overflowPostings.count && overflowPostings[low] == UInt64(position) ? overflowCounts[low] : 255
    }

    /// The bytes of the index's arrays, wherever they lie (in memory, or in a mapped file, where only the pages a
    /// search touches become resident); the search scratch is not included.
    public var memoryBytes: Int {
        dictionary.memoryBytes + postingStarts.byteCount + postingSentences.byteCount + postingCounts.byteCount
            + overflowPostings.byteCount + overflowCounts.byteCount + sentenceLengths.byteCount
            + inverseNorms.byteCount + normBounds.memoryBytes
    }

    /// Whether the index is read in place from a mapped index file.
    public var isMapped: Bool { postingSentences.isMapped }

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
        dictionary == other.dictionary && postingStarts == other.postingStarts
            && postingSentences == other.postingSentences && postingCounts == other.postingCounts
            && overflowPostings == other.overflowPostings && overflowCounts == other.overflowCounts
            && sentenceLengths == other.sentenceLengths && inverseNorms == other.inverseNorms
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
