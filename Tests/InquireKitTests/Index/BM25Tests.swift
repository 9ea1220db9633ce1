import Foundation
import Testing

@testable import InquireKit

/// BM25 as Lucene computes it: idf = ln(1 + (n − df + 0.5) / (df + 0.5)),
/// score = Σ idf · tf · (k1 + 1) / (tf + k1 · (1 − b + b · len / avglen)), k1 = 1.2, b = 0.75.
@Suite("BM25")
struct BM25Tests {
    let sentences = [["cat", "dog", "cat"], ["dog"], ["bird", "fish"], ["cat", "fish", "fish", "fish"]]

    func bm25(tf: Double, length: Double, df: Double, n: Double = 4, averageLength: Double = 10.0 / 4) -> Double {
        let idf = log(1 + (n - df + 0.5) / (df + 0.5))
        return idf * tf * 2.2 / (tf + 1.2 * (0.25 + 0.75 * length / averageLength))
    }

    @Test("scores match the formula")
    func values() throws {
        let index = try SentenceIndex(termsPerSentence: sentences)
        let hits = index.search(terms: ["cat", "fish"], top: 10, ranking: .bm25)
        let expected: [Int: Double] = [
            0: bm25(tf: 2, length: 3, df: 2),
            2: bm25(tf: 1, length: 2, df: 2),
            3: bm25(tf: 1, length: 4, df: 2) + bm25(tf: 3, length: 4, df: 2),
        ]
        #expect(Set(hits.map(\.sentence)) == Set(expected.keys))
        for hit in hits { #expect(abs(hit.score - (expected[hit.sentence] ?? -1)) < 1e-5) }
        #expect(hits.first?.sentence == 3)
    }

    @Test("a repeated query term counts once per occurrence")
    func repeated() throws {
        let index = try SentenceIndex(termsPerSentence: sentences)
        let once = index.search(terms: ["dog"], top: 10, ranking: .bm25)
        let twice = index.search(terms: ["dog", "dog"], top: 10, ranking: .bm25)
        #expect(once.map(\.sentence) == twice.map(\.sentence))
        for (a, b) in zip(once, twice) { #expect(abs(b.score - 2 * a.score) < 1e-5) }
        #expect(abs((once.first?.score ?? 0) - bm25(tf: 1, length: 1, df: 2)) < 1e-5)
    }

    @Test("idf stays positive for a term in every sentence")
    func everywhere() throws {
        let index = try SentenceIndex(termsPerSentence: [["a"], ["a", "b"], ["a"]])
        let hits = index.search(terms: ["a"], top: 3, ranking: .bm25)
        #expect(hits.count == 3)
        #expect(hits.allSatisfy { $0.score > 0 })
    }
}
