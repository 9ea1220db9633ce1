import Dispatch
import Foundation
import Synchronization

/// Builds a `SentenceIndex` in three phases:
///
/// 1. **Analyse** (parallel, one worker per core): workers take chunks of sentences in turn and turn each into its
///    distinct terms with counts, as ids in the worker's own vocabulary (`WorkerVocabulary`).
/// 2. **Merge** (sequential, in corpus order): worker-local ids become global ids, numbered by first occurrence in
///    the corpus, so the result does not depend on scheduling; document frequencies are counted on the way.
/// 3. **Lay out**: the postings are placed term by term with a counting sort (each term's sentences come out
///    ascending), a range of terms per pass so the scratch stays bounded, and packed into `PostingBlocks`; each
///    sentence's TF-IDF norm is computed.
enum IndexBuilder {
    /// Sentences per chunk: small enough to balance two workers and report progress, large enough to amortise.
    static let chunkSize = 8192

    /// Indexes a corpus with the standard analyzer.
    static func build(
        corpus: Corpus, progress: (@Sendable (BuildProgress) -> Void)? = nil
    ) throws(IndexBuildError) -> SentenceIndex {
        let sentences = corpus.sentences
        return try build(count: sentences.count, progress: progress) { sentence, vocabulary, output in
            sentences.withUTF8(of: sentence) { bytes in
                for token in Tokenizer.tokenize(utf8: bytes) {
                    if let id = vocabulary.id(forToken: token) { output.append(id) }
                }
            }
        }
    }

    /// Indexes sentences given as lists of terms (already analysed), accepting at most `limit` postings and bytes
    /// of posting blocks, packing term ids below `idLimit` (smaller limits than the defaults are for tests).
    static func build(
        termsPerSentence: [[String]], limit: UInt64 = PostingBlocksWriter.formatLimit,
        idLimit: UInt32 = ChunkPostings.packedIDLimit
    ) throws(IndexBuildError) -> SentenceIndex {
        try build(count: termsPerSentence.count, progress: nil, limit: limit, idLimit: idLimit) {
            sentence, vocabulary, output in
            for term in termsPerSentence[sentence] { output.append(vocabulary.id(forTerm: term)) }
        }
    }

    /// The common build: `analyse(sentence, vocabulary, output)` appends the term ids of one sentence. Throws
    /// `IndexBuildError.tooLarge` past `limit` postings or bytes of posting blocks.
    static func build(
        count: Int,
        progress: (@Sendable (BuildProgress) -> Void)?,
        limit: UInt64 = PostingBlocksWriter.formatLimit,
        idLimit: UInt32 = ChunkPostings.packedIDLimit,
        analyse: @escaping @Sendable (Int, inout WorkerVocabulary, inout [UInt32]) -> Void
    ) throws(IndexBuildError) -> SentenceIndex {
        var chunks = analyseInParallel(count: count, progress: progress, idLimit: idLimit, analyse: analyse)
        let merged = merge(&chunks.results, vocabularies: chunks.vocabularies)
        chunks = AnalysedChunks(results: [], vocabularies: [])  // the workers' vocabularies are not needed any more
        FreedMemory.release()  // their pages (and the analysis's scratch) stay the process's until trimmed
        return try layOut(merged, sentenceCount: count, limit: limit)
    }

    // MARK: - Phase 1: analysis

    /// What phase 1 yields: each chunk's postings (worker-local ids) and each worker's vocabulary.
    struct AnalysedChunks {
        var results: [ChunkPostings]
        let vocabularies: [WorkerVocabulary]
    }

    static func analyseInParallel(
        count: Int,
        progress: (@Sendable (BuildProgress) -> Void)?,
        idLimit: UInt32 = ChunkPostings.packedIDLimit,
        analyse: @escaping @Sendable (Int, inout WorkerVocabulary, inout [UInt32]) -> Void
    ) -> AnalysedChunks {
        let chunkCount = (count + chunkSize - 1) / chunkSize
        let workers = max(1, min(ProcessInfo.processInfo.activeProcessorCount, chunkCount))
        let shared = SharedBuildState(chunkCount: chunkCount, workers: workers)
        let total = count
        DispatchQueue.concurrentPerform(iterations: workers) { worker in
            var vocabulary = WorkerVocabulary()
            var buffer: [UInt32] = []
            while true {
                let chunk = shared.nextChunk.add(1, ordering: .relaxed).oldValue
                guard chunk < chunkCount else { break }
                let range = (chunk * chunkSize)..<min(total, (chunk + 1) * chunkSize)
                let postings = analyseChunk(
                    range, worker: worker, idLimit: idLimit, vocabulary: &vocabulary, buffer: &buffer, analyse: analyse)
                shared.store(postings, at: chunk)
                let done = shared.done.add(range.count, ordering: .relaxed).newValue
                progress?(BuildProgress(done: done, total: total))
            }
            shared.storeVocabulary(vocabulary, of: worker)
        }
        return AnalysedChunks(results: shared.takeResults(), vocabularies: shared.vocabularies)
    }

    /// One chunk of phase 1: the sentences `range` (corpus positions) analysed by `analyse` into `worker`'s
    /// vocabulary and one chunk's postings, compacted. `buffer` is the caller's reused scratch for a sentence's terms.
    @inline(__always)
    static func analyseChunk(
        _ range: Range<Int>, worker: Int, idLimit: UInt32 = ChunkPostings.packedIDLimit,
        vocabulary: inout WorkerVocabulary, buffer: inout [UInt32],
        analyse: (Int, inout WorkerVocabulary, inout [UInt32]) -> Void
    ) -> ChunkPostings {
        var postings = ChunkPostings(worker: worker, sentences: range, idLimit: idLimit)
        for sentence in range {
            buffer.removeAll(keepingCapacity: true)
            analyse(sentence, &vocabulary, &buffer)
            postings.add(sentenceTerms: buffer, vocabulary: &vocabulary)
        }
        postings.compact()
        return postings
    }

    // MARK: - Phase 2: merge

    /// Postings with global term ids, and the global vocabulary.
    struct MergedPostings {
        var chunks: [ChunkPostings]
        let terms: [String]
        let documentFrequencies: [UInt64]
    }

    /// Renumbers the chunks' terms in place (the chunks' arrays are not shared, so none is copied: a copy would
    /// double the largest part of the build's memory) and returns them with the global vocabulary.
    static func merge(_ chunks: inout [ChunkPostings], vocabularies: [WorkerVocabulary]) -> MergedPostings {
        var terms: [String] = []
        var globalIDs: [String: UInt32] = [:]
        var frequencies: [UInt64] = []
        var remaps = vocabularies.map { [UInt32](repeating: .max, count: $0.terms.count) }
        for index in chunks.indices {
            let worker = chunks[index].worker
            let local = vocabularies[worker].terms
            remaps[worker].withUnsafeMutableBufferPointer { remap in
                chunks[index].renumber { id in
                    var global = remap[Int(id)]
                    if global == .max {
                        let term = local[Int(id)]
                        if let known = globalIDs[term] {
                            global = known
                        } else {
                            global = UInt32(terms.count)
                            terms.append(term)
                            globalIDs[term] = global
                            frequencies.append(0)
                        }
                        remap[Int(id)] = global
                    }
                    frequencies[Int(global)] += 1
                    return global
                }
            }
        }
        return MergedPostings(chunks: chunks, terms: terms, documentFrequencies: frequencies)
    }

    // MARK: - Phase 3: layout

    /// Postings placed per pass of `layOut`, at least: the pass's terms are laid out in two arrays of this many
    /// entries before they are packed, so the layout's scratch stays small beside the postings themselves.
    static let postingsPerPass = 1 << 20

    /// About this many passes at most (a larger corpus gets larger passes): each pass reads every analysed posting.
    static let passes = 16

    static func layOut(
        _ merged: MergedPostings, sentenceCount: Int, limit: UInt64 = PostingBlocksWriter.formatLimit
    ) throws(IndexBuildError) -> SentenceIndex {
        let termCount = merged.terms.count
        let frequencies = merged.documentFrequencies
        let postingCount = Int(frequencies.reduce(0, +))
        var writer = PostingBlocksWriter(terms: termCount, postings: postingCount, limit: limit)
        var lengths = [UInt32](repeating: 0, count: sentenceCount)
        for chunk in merged.chunks {
            for (offset, sentence) in chunk.sentences.enumerated() { lengths[sentence] = chunk.lengths[offset] }
        }
        let capacity = min(
            postingCount, max(postingsPerPass, postingCount / passes + 1, Int(frequencies.max() ?? 0)))
        var sentences = [UInt32](repeating: 0, count: capacity)
        var counts = [UInt32](repeating: 0, count: capacity)
        var cursors = [Int](repeating: 0, count: termCount + 1)
        var first = 0
        while first < termCount {
            // The terms of this pass: as many as fit the scratch (at least one).
            var last = first
            var placed = 0
            while last < termCount, placed + Int(frequencies[last]) <= capacity {
                cursors[last] = placed
                placed += Int(frequencies[last])
                last += 1
            }
            cursors[last] = placed
            let passStarts = Array(cursors[first...last])
            sentences.withUnsafeMutableBufferPointer { sentences in
                counts.withUnsafeMutableBufferPointer { counts in
                    cursors.withUnsafeMutableBufferPointer { cursor in
                        for chunk in merged.chunks {
                            let wide = chunk.wideIDs
                            chunk.entries.withUnsafeBufferPointer { entries in
                                var entry = 0
                                for (offset, sentence) in chunk.sentences.enumerated() {
                                    let end = Int(chunk.termEnds[offset])
                                    while entry < end {
                                        let stored = entries[entry]
                                        let term = Int(wide?[entry] ?? stored >> 8)
                                        if term >= first, term < last {
                                            let position = cursor[term]
                                            cursor[term] = position + 1
                                            sentences[position] = UInt32(sentence)
                                            counts[position] = chunk.count(stored: stored, entry: entry)
                                        }
                                        entry += 1
                                    }
                                }
                            }
                        }
                    }
                }
            }
            try sentences.withUnsafeBufferPointer { (sentences) throws(IndexBuildError) in
                try counts.withUnsafeBufferPointer { (counts) throws(IndexBuildError) in
                    for term in first..<last {
                        let range = passStarts[term - first]..<passStarts[term - first + 1]
                        try writer.appendTerm(
                            sentences: UnsafeBufferPointer(rebasing: sentences[range]),
                            counts: UnsafeBufferPointer(rebasing: counts[range]))
                    }
                }
            }
            first = last
        }
        let norms = inverseNorms(merged, sentenceCount: sentenceCount)
        return SentenceIndex(
            dictionary: TermDictionary(terms: merged.terms), postings: writer.finish(), sentenceLengths: lengths,
            inverseNorms: norms)
    }

    /// 1 / ‖d‖ for each sentence, with d_t = (1 + ln tf) · idf_t.
    static func inverseNorms(_ merged: MergedPostings, sentenceCount: Int) -> [Float] {
        let n = Double(sentenceCount)
        let idfs = merged.documentFrequencies.map { SentenceIndex.tfidfIDF(documents: n, frequency: Double($0)) }
        var norms = [Float](repeating: 0, count: sentenceCount)
        for chunk in merged.chunks {
            var entry = 0
            for (offset, sentence) in chunk.sentences.enumerated() {
                let end = Int(chunk.termEnds[offset])
                var squares = 0.0
                while entry < end {
                    let weight =
                        (1 + log(Double(chunk.count(ofEntry: entry)))) * idfs[Int(chunk.termID(ofEntry: entry))]
                    squares += weight * weight
                    entry += 1
                }
                norms[sentence] = squares > 0 ? Float(1 / squares.squareRoot()) : 0
            }
        }
        return norms
    }
}

/// The distinct terms (with counts) of a run of consecutive sentences, as analysed by one worker. Each entry (a term
/// of a sentence) takes one UInt32 while term ids fit 24 bits: the chunks of a whole corpus are held until the layout.
struct ChunkPostings: Sendable {
    /// Term ids below this are packed with their count into one entry (`id << 8 | count`).
    static let packedIDLimit: UInt32 = 1 << 24

    /// The worker whose vocabulary the term ids refer to (until the merge makes them global).
    let worker: Int
    /// The sentences covered.
    let sentences: Range<Int>
    /// The packing limit of this chunk: `packedIDLimit`, or a smaller one for tests of the wide path (a larger one
    /// is taken as `packedIDLimit`).
    let idLimit: UInt32
    /// Sentence i's entries end at `termEnds[i]` (and start where the previous one ended).
    var termEnds: [UInt32] = []
    /// Per entry, in first-occurrence order within its sentence (terms distinct within a sentence): the term id in
    /// the upper 24 bits (unused once `wideIDs` is set), the count in the low 8 bits, where 255 means "255 or more,
    /// see `largeCounts`".
    var entries: [UInt32] = []
    /// Every entry's term id, once one of them did not fit 24 bits (nil until then, which is every real corpus
    /// under 2²⁴ distinct terms).
    var wideIDs: [UInt32]?
    /// The counts of the entries whose count reached 255.
    var largeCounts: [Int: UInt32] = [:]
    /// The number of terms (with repeats) of each sentence.
    var lengths: [UInt32] = []

    init(worker: Int, sentences: Range<Int>, idLimit: UInt32 = Self.packedIDLimit) {
        self.worker = worker
        self.sentences = sentences
        self.idLimit = min(idLimit, Self.packedIDLimit)
        termEnds.reserveCapacity(sentences.count)
        lengths.reserveCapacity(sentences.count)
        entries.reserveCapacity(sentences.count * 12)
    }

    /// Copies the entry arrays to their exact size: grown by doubling while the chunk was analysed, they would hold
    /// up to twice their entries until the layout, and the chunks of a whole corpus are held until then.
    mutating func compact() {
        entries = Self.exactCopy(entries)
        if let wide = wideIDs { wideIDs = Self.exactCopy(wide) }
    }

    /// `array`'s elements in a new array of exactly their count.
    static func exactCopy<Element: BitwiseCopyable>(_ array: [Element]) -> [Element] {
        array.withUnsafeBufferPointer { source in
            [Element](unsafeUninitializedCapacity: source.count) { target, initialized in
                if let base = source.baseAddress, let destination = target.baseAddress {
                    destination.initialize(from: base, count: source.count)
                }
                initialized = source.count
            }
        }
    }

    /// The term id of entry `entry`.
    @inline(__always)
    func termID(ofEntry entry: Int) -> UInt32 {
        if let wideIDs { return wideIDs[entry] }
        return entries[entry] >> 8
    }

    /// The count of entry `entry`.
    @inline(__always)
    func count(ofEntry entry: Int) -> UInt32 {
        count(stored: entries[entry], entry: entry)
    }

    /// The count of entry `entry`, whose packed value is `stored`.
    @inline(__always)
    func count(stored: UInt32, entry: Int) -> UInt32 {
        let low = stored & 0xFF
        return low < 255 ? low : largeCounts[entry] ?? 255
    }

    /// Replaces every entry's term id `id` by `map(id)`, calling `map` once per entry in order; the entries become
    /// wide if a new id does not fit.
    @inline(__always)
    mutating func renumber(_ map: (UInt32) -> UInt32) {
        if var wide = wideIDs {
            wideIDs = nil  // the array is mutated in place, not copied
            wide.withUnsafeMutableBufferPointer { ids in
                for position in ids.indices { ids[position] = map(ids[position]) }
            }
            wideIDs = wide
            return
        }
        let limit = idLimit
        var overflow: (position: Int, id: UInt32)?
        entries.withUnsafeMutableBufferPointer { entries in
            for position in entries.indices {
                let id = map(entries[position] >> 8)
                guard id < limit else {
                    overflow = (position, id)
                    break
                }
                entries[position] = id << 8 | (entries[position] & 0xFF)
            }
        }
        guard let overflow else { return }
        // Entries before `overflow.position` hold new ids, those after it old ones.
        var wide = entries.map { $0 >> 8 }
        wide[overflow.position] = overflow.id
        for position in (overflow.position + 1)..<wide.count { wide[position] = map(wide[position]) }
        wideIDs = wide
    }

    /// Appends one sentence given the ids of its terms in order (repeats included).
    mutating func add(sentenceTerms ids: [UInt32], vocabulary: inout WorkerVocabulary) {
        let first = entries.count
        vocabulary.beginSentence()
        for id in ids {
            if let entry = vocabulary.entry(of: id) {
                let position = first + entry
                if entries[position] & 0xFF < 255 {
                    entries[position] += 1
                } else {
                    largeCounts[position, default: 255] += 1
                }
            } else {
                vocabulary.setEntry(entries.count - first, of: id)
                if wideIDs == nil, id < idLimit {
                    entries.append(id << 8 | 1)
                } else {
                    if wideIDs == nil { wideIDs = entries.map { $0 >> 8 } }
                    wideIDs?.append(id)
                    entries.append(1)
                }
            }
        }
        termEnds.append(UInt32(entries.count))
        lengths.append(UInt32(ids.count))
    }
}

/// One worker's vocabulary: the term of every token form it has met (so each form is stemmed once per worker), and
/// per-sentence bookkeeping to count repeated terms. Each worker owns one and passes it `inout`.
struct WorkerVocabulary: Sendable {
    /// Local term id → term.
    private(set) var terms: [String] = []
    private var termIDs: [String: UInt32] = [:]
    /// Token form → local term id, or `stopword`.
    private var forms = FormCache()
    private static let stopword = UInt32.max
    /// For each local id, the sentence stamp when it last occurred and its entry in that sentence.
    private var stamps: [UInt32] = []
    private var entries: [UInt32] = []
    private var stamp: UInt32 = 0

    /// The local id of a token's index term, or nil for a stopword.
    @inline(__always)
    mutating func id(forToken token: Token) -> UInt32? {
        var form = token.term
        let id = form.withUTF8 { bytes in
            let hash = FormCache.hash(bytes)
            if let known = forms.value(for: bytes, hash: hash) { return known }
            let id = Analyzer.term(for: token).map { self.id(forTerm: $0) } ?? Self.stopword
            forms.insert(bytes, hash: hash, value: id)
            return id
        }
        return id == Self.stopword ? nil : id
    }

    /// The local id of a term, interning it on first sight.
    mutating func id(forTerm term: String) -> UInt32 {
        if let known = termIDs[term] { return known }
        let id = UInt32(terms.count)
        terms.append(term)
        termIDs[term] = id
        stamps.append(0)
        entries.append(0)
        return id
    }

    /// Starts counting a new sentence.
    @inline(__always)
    mutating func beginSentence() { stamp &+= 1 }

    /// The entry of `id` in the current sentence, if it already occurred in it.
    @inline(__always)
    func entry(of id: UInt32) -> Int? {
        stamps[Int(id)] == stamp ? Int(entries[Int(id)]) : nil
    }

    /// Records the entry of `id` in the current sentence.
    @inline(__always)
    mutating func setEntry(_ entry: Int, of id: UInt32) {
        stamps[Int(id)] = stamp
        entries[Int(id)] = UInt32(entry)
    }
}

/// State the build's workers share: the next chunk to take, progress, the per-chunk results and vocabularies.
final class SharedBuildState: @unchecked Sendable {
    let nextChunk = Atomic<Int>(0)
    let done = Atomic<Int>(0)
    private let results: UnsafeMutableBufferPointer<ChunkPostings?>
    private let vocabularySlots: UnsafeMutableBufferPointer<WorkerVocabulary>

    init(chunkCount: Int, workers: Int) {
        results = .allocate(capacity: chunkCount)
        results.initialize(repeating: nil)
        vocabularySlots = .allocate(capacity: workers)
        vocabularySlots.initialize(repeating: WorkerVocabulary())
    }

    /// Stores a worker's vocabulary when it is done (each slot is written by exactly one worker).
    func storeVocabulary(_ vocabulary: WorkerVocabulary, of worker: Int) { vocabularySlots[worker] = vocabulary }

    /// The workers' vocabularies (after every worker has finished).
    var vocabularies: [WorkerVocabulary] { Array(vocabularySlots) }

    /// Stores a chunk's result (each slot is written by exactly one worker).
    func store(_ postings: ChunkPostings, at chunk: Int) { results[chunk] = postings }

    /// The results in chunk order (after every worker has finished).
    func takeResults() -> [ChunkPostings] { results.compactMap { $0 } }

    deinit {
        results.deinitialize()
        results.deallocate()
        vocabularySlots.deinitialize()
        vocabularySlots.deallocate()
    }
}
