import Foundation
import Synchronization

/// Term-at-a-time scoring, block by block: each query term's postings add into one accumulator per sentence;
/// sentences that share no term with the query are never touched. The touched sentences then go through a bounded
/// heap for the top k.
extension SentenceIndex {
    /// The top `k` sentences for a query string, best first (ties broken by corpus order).
    public func search(_ query: String, top k: Int, ranking: Ranking = .tfidf) -> [SearchHit] {
        search(terms: Analyzer.terms(query), top: k, ranking: ranking)
    }

    /// The top `k` sentences for already analysed query terms, best first (ties broken by corpus order). Terms not
    /// in the vocabulary are ignored, as scikit-learn's `transform` ignores them. A `k` beyond the number of
    /// sentences is clamped to it before anything is allocated (`--top 7000000000` asks for every sentence).
    public func search(terms: [String], top k: Int, ranking: Ranking = .tfidf) -> [SearchHit] {
        let k = min(k, sentenceCount)
        guard k > 0 else { return [] }
        let query = weightedTerms(terms, ranking: ranking)
        guard !query.isEmpty else { return [] }
        return collect(query, top: k, ranking: ranking, parts: Self.parts(sentenceCount: sentenceCount))
    }

    /// The sentence ranges a search scores side by side: the whole index in one range below
    /// ``parallelMinimum`` sentences or on one core, else one range a core (at most 4), whole scoring blocks each.
    static func parts(sentenceCount n: Int, cores: Int = ProcessInfo.processInfo.activeProcessorCount) -> [Range<Int>] {
        let blocks = (n + blockSize - 1) / blockSize
        let count = min(max(cores, 1), 4, blocks)
        guard n >= parallelMinimum, count > 1 else { return [0..<n] }
        return (0..<count).map { part in
            let start = blocks * part / count * blockSize
            let end = part == count - 1 ? n : blocks * (part + 1) / count * blockSize
            return start..<end
        }
    }

    /// Below this many sentences (32 scoring blocks) a search runs on one thread: handing work to another core
    /// costs more than a query over a smaller index takes.
    static let parallelMinimum = 32 * blockSize

    /// The top `k` of the sentences of `parts` (ranges that together cover each sentence at most once), each range
    /// scored by its own thread with its own scratch and heap, the heaps merged at the end. A sentence's score does
    /// not depend on the partition (its postings add in the same term order), and the merge keeps the heaps' order
    /// (higher score, then earlier sentence), so the hits are the same as one range gives.
    func collect(_ query: [(id: UInt32, coefficient: Float)], top k: Int, ranking: Ranking, parts: [Range<Int>])
        -> [SearchHit]
    {
        let heap: TopK
        if parts.count == 1 {
            heap = scratch.withScratch { collect(query, top: k, ranking: ranking, range: parts[0], scratch: $0) }
        } else {
            let heaps = Mutex<[TopK]>([])
            DispatchQueue.concurrentPerform(iterations: parts.count) { part in
                let partHeap = scratch.withScratch {
                    collect(query, top: k, ranking: ranking, range: parts[part], scratch: $0)
                }
                heaps.withLock { $0.append(partHeap) }
            }
            var merged = TopK(k: k)
            for partHeap in heaps.withLock({ $0 }) {
                for (score, sentence) in zip(partHeap.scores, partHeap.sentences) { merged.insert(score, sentence) }
            }
            heap = merged
        }
        return heap.sorted().map { SearchHit(sentence: Int($0.sentence), score: Double($0.score)) }
    }

    /// The query's known terms with their per-posting coefficient, the longest postings list first (its
    /// postings all reach new sentences, which saves a test per posting).
    func weightedTerms(_ terms: [String], ranking: Ranking) -> [(id: UInt32, coefficient: Float)] {
        var counted: [(id: UInt32, count: Int)] = []
        for term in terms {
            guard let id = dictionary.id(of: term) else { continue }
            if let index = counted.firstIndex(where: { $0.id == id }) {
                counted[index].count &+= 1
            } else {
                counted.append((id, 1))
            }
        }
        let n = Double(sentenceCount)
        var weighted: [(id: UInt32, coefficient: Float)] = []
        switch ranking {
        case .tfidf:
            // Query weight q_t = (1 + ln count) · idf_t; a posting adds q_t / ‖q‖ · idf_t · (1 + ln tf), and the
            // sentence's 1 / ‖d‖ is applied once at the end.
            var parts: [(UInt32, Double, Double)] = []
            var squares = 0.0
            for (id, count) in counted {
                let idf = Self.tfidfIDF(documents: n, frequency: Double(documentFrequency(id)))
                let weight = (1 + log(Double(count))) * idf
                squares += weight * weight
                parts.append((id, weight, idf))
            }
            let norm = squares.squareRoot()
            weighted = parts.map { (id: $0.0, coefficient: Float($0.1 / norm * $0.2)) }
        case .bm25:
            // A repeated query term counts once per occurrence, as Lucene sums one clause per occurrence.
            for (id, count) in counted {
                let idf = Self.bm25IDF(documents: n, frequency: Double(documentFrequency(id)))
                weighted.append((id: id, coefficient: Float(Double(count) * idf * (BM25.k1 + 1))))
            }
        }
        return weighted.sorted { documentFrequency($0.id) > documentFrequency($1.id) }
    }

    /// Scores the query block by block of `blockSize` sentences: within a block every posting of every query term
    /// adds into the block's accumulators (which stay in the core's cache across terms, blocks and queries), then
    /// the block's touched sentences are offered to the heap and their accumulators cleared.
    func collect(
        _ query: [(id: UInt32, coefficient: Float)], top k: Int, ranking: Ranking, range: Range<Int>,
        scratch: ScoreScratch
    ) -> TopK {
        var heap = TopK(k: k)
        let n = range.upperBound
        let buffer = UnsafeMutablePointer<UInt32>.allocate(capacity: query.count * 2 * PostingBlocks.blockSize)
        defer { buffer.deallocate() }
        var cursors = query.indices.map { term in
            PostingCursor(
                postings, term: Int(query[term].id), sentenceCount: n,
                buffer: buffer + term * 2 * PostingBlocks.blockSize)
        }
        if range.lowerBound > 0 {
            for term in cursors.indices { cursors[term].skip(to: range.lowerBound, postings) }
        }
        var blockStart = range.lowerBound
        while blockStart < n {
            // Skip blocks no query term reaches.
            var next = n
            for term in cursors.indices {
                if let sentence = cursors[term].current(postings) { next = min(next, sentence) }
            }
            guard next < n else { break }
            blockStart = max(blockStart, next & ~(Self.blockSize - 1))
            let block = blockStart..<min(n, blockStart + Self.blockSize)
            var estimate = 0
            for term in cursors.indices { estimate += cursors[term].estimate(below: block.upperBound, postings) }
            if estimate * Self.denseRatio >= block.count {
                // Many postings: add them without tracking, then scan the block's accumulators in order.
                for term in cursors.indices {
                    accumulateDense(
                        &cursors[term], coefficient: query[term].coefficient, block: block, ranking: ranking,
                        scratch: scratch)
                }
                selectDense(block, ranking: ranking, scratch: scratch, into: &heap)
            } else {
                var touched = 0
                for term in cursors.indices {
                    touched = accumulate(
                        &cursors[term], coefficient: query[term].coefficient, first: touched == 0, block: block,
                        ranking: ranking, scratch: scratch, touched: touched)
                }
                select(touched: touched, block: block, ranking: ranking, scratch: scratch, into: &heap)
            }
            blockStart = block.upperBound
        }
        return heap
    }

    /// Sentences per scoring block: the block's accumulators (256 KiB) and touched list (128 KiB) stay in a core's
    /// L2 cache, and a position in the block fits two bytes.
    static let blockSize = 1 << 16

    /// A block with at least one posting per `denseRatio` sentences is scored densely: postings are added without
    /// tracking which sentences they reach, and the block's accumulators are then scanned eight at a time.
    static let denseRatio = 4

    /// One posting's BM25 contribution: the term's coefficient times tf / (tf + k1·(1 − b + b·length/avg)), the
    /// length part given as `lengthBase + slope · length`; a posting without a stored count has tf 1.
    @inline(__always)
    static func bm25Weight(
        _ coefficient: Float, count: UInt32?, length: UInt32, _ lengthBase: Float, _ slope: Float
    ) -> Float {
        let tf = Float(count ?? 1)
        return coefficient * tf / (tf + (lengthBase + slope * Float(length)))
    }

    /// Adds the cursor's postings in `block` into the block's accumulators, without tracking touched sentences.
    @inline(__always)
    func accumulateDense(
        _ cursor: inout PostingCursor, coefficient: Float, block: Range<Int>, ranking: Ranking, scratch: ScoreScratch
    ) {
        let scores = scratch.scores
        let base = UInt32(truncatingIfNeeded: block.lowerBound)
        switch ranking {
        case .tfidf:
            TermFrequency.sublinear.withUnsafeBufferPointer { table in
                cursor.consume(below: block.upperBound, postings) { sentences, counts, range in
                    guard let counts else {
                        // Every count is 1: tf = 1 + ln 1 = 1, so each posting adds the coefficient itself.
                        for posting in range { scores[Int(sentences[posting] &- base)] += coefficient }
                        return
                    }
                    for posting in range {
                        let count = counts[posting]
                        let tf = TermFrequency.weight(count, table)
                        scores[Int(sentences[posting] &- base)] += coefficient * tf
                    }
                }
            }
        case .bm25:
            let (lengthBase, slope) = bm25LengthNorm
            sentenceLengths.withUnsafeBufferPointer { lengths in
                cursor.consume(below: block.upperBound, postings) { sentences, counts, range in
                    for posting in range {
                        let sentence = sentences[posting]
                        scores[Int(sentence &- base)] += Self.bm25Weight(
                            coefficient, count: counts?[posting], length: lengths[Int(sentence)], lengthBase, slope)
                    }
                }
            }
        }
    }

    /// Offers every scored sentence of `block` to the heap (scaled by its inverse norm for TF-IDF) and clears the
    /// accumulators, eight at a time; groups of eight zeros are skipped, and only scores above the heap's current
    /// threshold reach it. Sentences come in ascending order, so a score equal to the threshold loses its tie.
    @inline(__always)
    func selectDense(_ block: Range<Int>, ranking: Ranking, scratch: ScoreScratch, into heap: inout TopK) {
        let scores = scratch.scores
        let zero = SIMD8<Float>(repeating: 0)
        let offset = block.lowerBound
        inverseNorms.withUnsafeBufferPointer { norms in
            guard let normBase = norms.baseAddress else { return }
            var threshold = heap.threshold
            var sentence = block.lowerBound
            while sentence + 8 <= block.upperBound {
                let raw = UnsafeMutableRawPointer(scores + (sentence - offset))
                let sums = raw.loadUnaligned(as: SIMD8<Float>.self)
                if any(sums .!= zero) {
                    let values =
                        ranking == .tfidf
                        ? sums * UnsafeRawPointer(normBase + sentence).loadUnaligned(as: SIMD8<Float>.self) : sums
                    let above = values .> SIMD8<Float>(repeating: threshold)
                    if any(above) {
                        for lane in 0..<8 where above[lane] {
                            heap.insert(values[lane], UInt32(truncatingIfNeeded: sentence + lane))
                            threshold = heap.threshold
                        }
                    }
                    raw.storeBytes(of: zero, as: SIMD8<Float>.self)
                }
                sentence += 8
            }
            while sentence < block.upperBound {
                let sum = scores[sentence - offset]
                let value = ranking == .tfidf ? sum * norms[sentence] : sum
                if value > threshold {
                    heap.insert(value, UInt32(truncatingIfNeeded: sentence))
                    threshold = heap.threshold
                }
                scores[sentence - offset] = 0
                sentence += 1
            }
        }
    }

    /// Adds the cursor's postings in `block` into the block's accumulators; returns the new number of touched
    /// sentences. When `first`, no sentence was touched yet in this block, so every posting reaches a new one.
    @inline(__always)
    func accumulate(
        _ cursor: inout PostingCursor, coefficient: Float, first: Bool, block: Range<Int>, ranking: Ranking,
        scratch: ScoreScratch, touched start: Int
    ) -> Int {
        let scores = scratch.scores
        let touched = scratch.touched
        let base = UInt32(truncatingIfNeeded: block.lowerBound)
        var count = start
        switch ranking {
        case .tfidf:
            TermFrequency.sublinear.withUnsafeBufferPointer { table in
                cursor.consume(below: block.upperBound, postings) { sentences, counts, range in
                    if let counts {
                        count = accumulateCounted(
                            sentences, counts, range, coefficient: coefficient, first: first, base: base,
                            table: table, scratch: scratch, touched: count)
                        return
                    }
                    // Every count is 1: tf = 1 + ln 1 = 1, so each posting adds the coefficient itself.
                    if first {
                        for posting in range {
                            let local = sentences[posting] &- base
                            touched[count] = UInt16(truncatingIfNeeded: local)
                            count &+= 1
                            scores[Int(local)] = coefficient
                        }
                    } else {
                        for posting in range {
                            let local = sentences[posting] &- base
                            let old = scores[Int(local)]
                            touched[count] = UInt16(truncatingIfNeeded: local)
                            count &+= old == 0 ? 1 : 0
                            scores[Int(local)] = old + coefficient
                        }
                    }
                }
            }
        case .bm25:
            let (lengthBase, slope) = bm25LengthNorm
            sentenceLengths.withUnsafeBufferPointer { lengths in
                cursor.consume(below: block.upperBound, postings) { sentences, counts, range in
                    for posting in range {
                        let sentence = sentences[posting]
                        let local = Int(sentence &- base)
                        let old = scores[local]
                        touched[count] = UInt16(truncatingIfNeeded: local)
                        count &+= old == 0 ? 1 : 0
                        scores[local] =
                            old
                            + Self.bm25Weight(
                                coefficient, count: counts?[posting], length: lengths[Int(sentence)], lengthBase, slope)
                    }
                }
            }
        }
        return count
    }

    /// `accumulate`'s TF-IDF loop for a run whose counts are not all 1.
    @inline(__always)
    func accumulateCounted(
        _ sentences: UnsafeMutablePointer<UInt32>, _ counts: UnsafeMutablePointer<UInt32>, _ range: Range<Int>,
        coefficient: Float, first: Bool, base: UInt32, table: UnsafeBufferPointer<Float>, scratch: ScoreScratch,
        touched start: Int
    ) -> Int {
        let scores = scratch.scores
        let touched = scratch.touched
        var count = start
        if first {
            for posting in range {
                let local = sentences[posting] &- base
                let stored = counts[posting]
                let tf = TermFrequency.weight(stored, table)
                touched[count] = UInt16(truncatingIfNeeded: local)
                count &+= 1
                scores[Int(local)] = coefficient * tf
            }
        } else {
            for posting in range {
                let local = sentences[posting] &- base
                let stored = counts[posting]
                let tf = TermFrequency.weight(stored, table)
                let old = scores[Int(local)]
                touched[count] = UInt16(truncatingIfNeeded: local)
                count &+= old == 0 ? 1 : 0
                scores[Int(local)] = old + coefficient * tf
            }
        }
        return count
    }

    /// Offers the touched sentences of `block` to the heap (scaled by their inverse norms for TF-IDF) and clears
    /// them. For TF-IDF a sentence's score is first bounded with its norm's one-byte class, and the exact norm is
    /// read only when the bound reaches the heap's threshold: most sentences of a long query stop there.
    @inline(__always)
    func select(touched count: Int, block: Range<Int>, ranking: Ranking, scratch: ScoreScratch, into heap: inout TopK) {
        let scores = scratch.scores
        let touched = scratch.touched
        let offset = block.lowerBound
        guard ranking == .tfidf else {
            for position in 0..<count {
                let local = Int(touched[position])
                heap.insert(scores[local], UInt32(truncatingIfNeeded: offset + local))
                scores[local] = 0
            }
            return
        }
        inverseNorms.withUnsafeBufferPointer { norms in
            normBounds.classes.withUnsafeBufferPointer { classes in
                normBounds.bounds.withUnsafeBufferPointer { bounds in
                    var threshold = heap.threshold
                    for position in 0..<count {
                        let local = Int(touched[position])
                        let sentence = offset &+ local
                        let sum = scores[local]
                        scores[local] = 0
                        // An equal score may still enter (with an earlier sentence), so only a lower bound stops.
                        guard sum * bounds[Int(classes[sentence])] >= threshold else { continue }
                        heap.insert(sum * norms[sentence], UInt32(truncatingIfNeeded: sentence))
                        threshold = heap.threshold
                    }
                }
            }
        }
    }

    /// BM25's length normalisation as `base + slope · length`: k1·(1 − b) and k1·b / the mean sentence length.
    var bm25LengthNorm: (base: Float, slope: Float) {
        (Float(BM25.k1 * (1 - BM25.b)), Float(averageLength > 0 ? BM25.k1 * BM25.b / averageLength : 0))
    }
}

/// Lucene's BM25 parameters.
enum BM25 {
    /// Term-frequency saturation.
    static let k1 = 1.2
    /// Length normalisation.
    static let b = 0.75
}

/// Precomputed term-frequency weights.
enum TermFrequency {
    /// 1 + ln(count) for counts 0…255 (index 0 is unused).
    static let sublinear: [Float] = (0..<256).map { $0 == 0 ? 0 : Float(1 + log(Double($0))) }

    /// 1 + ln(count), from `table` (``sublinear``'s buffer) for a count below 256.
    @inline(__always)
    static func weight(_ count: UInt32, _ table: UnsafeBufferPointer<Float>) -> Float {
        count < 256 ? table[Int(count)] : beyondTable(count)
    }

    /// 1 + ln(count) for a count beyond the table.
    @inline(never)
    static func beyondTable(_ count: UInt32) -> Float { Float(1 + log(Double(count))) }
}
