import Foundation

/// An inverted index over sentences: terms interned to integer ids, postings in flat arrays (compressed sparse
/// rows), TF-IDF weights and norms precomputed, BM25 available at query time.
public struct SentenceIndex: Sendable {
    /// Term text → term id.
    public let termIDs: [String: Int32]
    /// For term id t, its postings are `postingSentences[postingStarts[t]..<postingStarts[t+1]]`.
    public let postingStarts: [Int32]
    /// Sentence ids of all postings, term by term, ascending within a term.
    public let postingSentences: [Int32]
    /// Raw term counts of all postings, aligned with `postingSentences`.
    public let postingCounts: [UInt16]
    /// The number of terms in each sentence (its length for BM25).
    public let sentenceLengths: [UInt32]
    /// The L2 norm of each sentence's sublinear TF-IDF vector.
    public let sentenceNorms: [Float]
    /// The number of sentences indexed.
    public var sentenceCount: Int { sentenceLengths.count }
    /// The number of distinct terms.
    public var termCount: Int { termIDs.count }

    /// Builds the index from each sentence's analysed terms, in corpus order.
    public init(termsPerSentence: [[String]]) {
        var ids: [String: Int32] = [:]
        var perTerm: [[(Int32, UInt16)]] = []
        var lengths: [UInt32] = []
        lengths.reserveCapacity(termsPerSentence.count)
        for (sentence, terms) in termsPerSentence.enumerated() {
            var counts: [Int32: UInt16] = [:]
            for term in terms {
                let id: Int32
                if let known = ids[term] {
                    id = known
                } else {
                    id = Int32(perTerm.count)
                    ids[term] = id
                    perTerm.append([])
                }
                counts[id, default: 0] &+= 1
            }
            for (id, count) in counts.sorted(by: { $0.key < $1.key }) {
                perTerm[Int(id)].append((Int32(sentence), count))
            }
            lengths.append(UInt32(terms.count))
        }
        var starts: [Int32] = [0]
        var sentences: [Int32] = []
        var counts: [UInt16] = []
        for postings in perTerm {
            for (sentence, count) in postings {
                sentences.append(sentence)
                counts.append(count)
            }
            starts.append(Int32(sentences.count))
        }
        termIDs = ids
        postingStarts = starts
        postingSentences = sentences
        postingCounts = counts
        sentenceLengths = lengths
        let n = Double(lengths.count)
        var squares = [Double](repeating: 0, count: lengths.count)
        for term in 0..<perTerm.count {
            let range = Int(starts[term])..<Int(starts[term + 1])
            let idf = Self.tfidfIDF(documents: n, frequency: Double(range.count))
            for posting in range {
                let weight = (1 + log(Double(counts[posting]))) * idf
                squares[Int(sentences[posting])] += weight * weight
            }
        }
        sentenceNorms = squares.map { Float($0.squareRoot()) }
    }

    /// Builds the index over a corpus's sentences with the standard analyzer.
    public init(corpus: Corpus) {
        self.init(termsPerSentence: corpus.sentences.map { Analyzer.terms($0.text) })
    }

    /// The smooth idf of scikit-learn: ln((1 + n) / (1 + df)) + 1.
    static func tfidfIDF(documents n: Double, frequency df: Double) -> Double {
        log((1 + n) / (1 + df)) + 1
    }

    /// The top `k` sentences for a query string, best first (ties broken by corpus order).
    public func search(_ query: String, top k: Int, ranking: Ranking = .tfidf) -> [SearchHit] {
        search(terms: Analyzer.terms(query), top: k, ranking: ranking)
    }

    /// The top `k` sentences for already analysed query terms, best first (ties broken by corpus order).
    public func search(terms: [String], top k: Int, ranking: Ranking = .tfidf) -> [SearchHit] {
        guard k > 0, !terms.isEmpty else { return [] }
        var queryCounts: [Int32: Int] = [:]
        for term in terms { if let id = termIDs[term] { queryCounts[id, default: 0] += 1 } }
        guard !queryCounts.isEmpty else { return [] }
        var scores: [Int32: Double] = [:]
        let n = Double(sentenceCount)
        switch ranking {
        case .tfidf:
            var queryWeights: [(Int32, Double)] = []
            var queryNorm = 0.0
            for (id, count) in queryCounts {
                let df = Double(postingStarts[Int(id) + 1] - postingStarts[Int(id)])
                let weight = (1 + log(Double(count))) * Self.tfidfIDF(documents: n, frequency: df)
                queryWeights.append((id, weight))
                queryNorm += weight * weight
            }
            queryNorm = queryNorm.squareRoot()
            for (id, queryWeight) in queryWeights {
                let range = Int(postingStarts[Int(id)])..<Int(postingStarts[Int(id) + 1])
                let idf = Self.tfidfIDF(documents: n, frequency: Double(range.count))
                for posting in range {
                    let sentence = postingSentences[posting]
                    let weight = (1 + log(Double(postingCounts[posting]))) * idf
                    scores[sentence, default: 0] +=
                        weight * queryWeight / (Double(sentenceNorms[Int(sentence)]) * queryNorm)
                }
            }
        case .bm25:
            let averageLength = Double(sentenceLengths.reduce(0) { $0 + Int($1) }) / max(n, 1)
            for (id, count) in queryCounts {
                let range = Int(postingStarts[Int(id)])..<Int(postingStarts[Int(id) + 1])
                let df = Double(range.count)
                let idf = log(1 + (n - df + 0.5) / (df + 0.5))
                for posting in range {
                    let sentence = postingSentences[posting]
                    let tf = Double(postingCounts[posting])
                    let length = Double(sentenceLengths[Int(sentence)])
                    let norm = tf + 1.2 * (1 - 0.75 + 0.75 * length / averageLength)
                    scores[sentence, default: 0] += Double(count) * idf * tf * 2.2 / norm
                }
            }
        }
        let ranked = scores.sorted { $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key }
        return ranked.prefix(k).map { SearchHit(sentence: Int($0.key), score: $0.value) }
    }
}

extension SentenceIndex {
    /// The smooth TF-IDF idf of a term; a term absent from the corpus gets the largest possible idf.
    public func idf(of term: String) -> Double {
        let n = Double(sentenceCount)
        guard let id = termIDs[term] else { return Self.tfidfIDF(documents: n, frequency: 0) }
        let df = Double(postingStarts[Int(id) + 1] - postingStarts[Int(id)])
        return Self.tfidfIDF(documents: n, frequency: df)
    }
}
