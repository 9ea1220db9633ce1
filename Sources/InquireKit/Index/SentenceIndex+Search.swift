import Foundation

/// Term-at-a-time scoring: each query term's postings add into one accumulator per sentence; sentences that share no
/// term with the query are never touched. The touched sentences then go through a bounded heap for the top k.
extension SentenceIndex {
    /// The top `k` sentences for a query string, best first (ties broken by corpus order).
    public func search(_ query: String, top k: Int, ranking: Ranking = .tfidf) -> [SearchHit] {
        search(terms: Analyzer.terms(query), top: k, ranking: ranking)
    }

    /// The top `k` sentences for already analysed query terms, best first (ties broken by corpus order). Terms not
    /// in the vocabulary are ignored, as scikit-learn's `transform` ignores them.
    public func search(terms: [String], top k: Int, ranking: Ranking = .tfidf) -> [SearchHit] {
        guard k > 0, sentenceCount > 0 else { return [] }
        let query = weightedTerms(terms, ranking: ranking)
        guard !query.isEmpty else { return [] }
        return scratch.withScratch { scratch in
            let touched = accumulate(query, ranking: ranking, into: scratch)
            return select(top: k, touched: touched, ranking: ranking, scratch: scratch)
        }
    }

    /// The query's known terms with their per-posting coefficient, the longest postings list first (its
    /// postings all reach new sentences, which saves a test per posting).
    func weightedTerms(_ terms: [String], ranking: Ranking) -> [(id: UInt32, coefficient: Float)] {
        var counted: [(id: UInt32, count: Int)] = []
        for term in terms {
            guard let id = dictionary.id(of: term) else { continue }
            if let index = counted.firstIndex(where: { $0.id == id }) {
                counted[index].count += 1
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

    /// Adds every posting of the query's terms into the scratch accumulators; returns how many sentences it
    /// touched (listed in `scratch.touched`).
    func accumulate(_ query: [(id: UInt32, coefficient: Float)], ranking: Ranking, into scratch: ScoreScratch)
        -> Int
    {
        let scores = scratch.scores
        let touched = scratch.touched
        var touchedCount = 0
        postingSentences.withUnsafeBufferPointer { sentences in
            postingCounts.withUnsafeBufferPointer { counts in
                sentenceLengths.withUnsafeBufferPointer { lengths in
                    for (position, term) in query.enumerated() {
                        let start = Int(postingStarts[Int(term.id)])
                        let end = Int(postingStarts[Int(term.id) + 1])
                        let first = position == 0
                        switch ranking {
                        case .tfidf:
                            let table = TermFrequency.sublinear
                            for posting in start..<end {
                                let sentence = Int(sentences[posting])
                                let stored = counts[posting]
                                let tf = stored == 255 ? tfidfOverflow(posting) : table[Int(stored)]
                                if first || scores[sentence] == 0 {
                                    touched[touchedCount] = UInt32(sentence)
                                    touchedCount += 1
                                }
                                scores[sentence] += term.coefficient * tf
                            }
                        case .bm25:
                            let base = Float(BM25.k1 * (1 - BM25.b))
                            let slope = Float(averageLength > 0 ? BM25.k1 * BM25.b / averageLength : 0)
                            for posting in start..<end {
                                let sentence = Int(sentences[posting])
                                let tf = Float(count(atPosting: posting, stored: counts[posting]))
                                if first || scores[sentence] == 0 {
                                    touched[touchedCount] = UInt32(sentence)
                                    touchedCount += 1
                                }
                                let lengthNorm = base + slope * Float(lengths[sentence])
                                scores[sentence] += term.coefficient * tf / (tf + lengthNorm)
                            }
                        }
                    }
                }
            }
        }
        return touchedCount
    }

    /// The top `k` of the touched sentences (scaled by their inverse norms for TF-IDF); clears the scratch.
    func select(top k: Int, touched count: Int, ranking: Ranking, scratch: ScoreScratch) -> [SearchHit] {
        var heap = TopK(k: k)
        let scores = scratch.scores
        let touched = scratch.touched
        inverseNorms.withUnsafeBufferPointer { norms in
            for position in 0..<count {
                let sentence = Int(touched[position])
                let score = ranking == .tfidf ? scores[sentence] * norms[sentence] : scores[sentence]
                scores[sentence] = 0
                heap.insert(score, UInt32(sentence))
            }
        }
        return heap.sorted().map { SearchHit(sentence: Int($0.sentence), score: Double($0.score)) }
    }

    /// The sublinear tf of a posting whose count overflowed one byte.
    @inline(never)
    func tfidfOverflow(_ posting: Int) -> Float {
        Float(1 + log(Double(count(atPosting: posting))))
    }

    /// The exact count of a posting, given its stored byte.
    @inline(__always)
    func count(atPosting posting: Int, stored: UInt8) -> UInt32 {
        stored == 255 ? count(atPosting: posting) : UInt32(stored)
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
}
