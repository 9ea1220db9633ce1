import Foundation
import Testing

@testable import InquireKit

/// A search split over ranges of sentences, each scored on its own (as a large index is, one range a core), must
/// give exactly the hits and scores of one range.
@Suite("Search over parts of the sentences")
struct PartitionedSearchTests {
    /// 3,000 sentences over a small vocabulary: "every" in each (24 posting blocks, so the skip table is used),
    /// word `w<i mod 7>` repeated up to three times (counts above 1), and rarer words in a few sentences.
    static let index: SentenceIndex = {
        var state: UInt64 = 0x9E37_79B9_7F4A_7C15
        func next(_ bound: Int) -> Int {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int((state >> 33) % UInt64(bound))
        }
        let sentences = (0..<3000).map { sentence -> [String] in
            var terms = ["every"]
            terms += Array(repeating: "w\(sentence % 7)", count: 1 + next(3))
            for _ in 0..<next(5) { terms.append("r\(next(40))") }
            return terms
        }
        return try! SentenceIndex(termsPerSentence: sentences)  // safe: a fixed, valid corpus
    }()

    static let queries: [[String]] = [
        ["every"], ["w3"], ["every", "w2", "r7"], ["r1", "r2", "r3", "w5"], ["w0", "w0", "every", "r39"],
    ]

    static let partitions: [[Range<Int>]] = [
        [0..<1000, 1000..<1777, 1777..<3000],
        [0..<129, 129..<130, 130..<2999, 2999..<3000],
        (0..<6).map { $0 * 500..<($0 + 1) * 500 },
    ]

    @Test("the same hits and scores, TF-IDF and BM25, for any partition", arguments: [Ranking.tfidf, .bm25])
    func sameHits(ranking: Ranking) {
        let index = Self.index
        for terms in Self.queries {
            let query = index.weightedTerms(terms, ranking: ranking)
            for k in [1, 10, 500] {
                let whole = index.collect(query, top: k, ranking: ranking, parts: [0..<3000])
                #expect(!whole.isEmpty && whole.count <= k)
                for parts in Self.partitions {
                    let split = index.collect(query, top: k, ranking: ranking, parts: parts)
                    #expect(split.map(\.sentence) == whole.map(\.sentence), "\(terms) k \(k) parts \(parts)")
                    #expect(split.map(\.score) == whole.map(\.score), "\(terms) k \(k) parts \(parts)")
                }
            }
        }
    }

    @Test("one part reads only its own sentences")
    func onePart() {
        let index = Self.index
        let query = index.weightedTerms(["every"], ranking: .tfidf)
        let hits = index.collect(query, top: 3000, ranking: .tfidf, parts: [1200..<1700])
        #expect(hits.count == 500)
        #expect(hits.allSatisfy { (1200..<1700).contains($0.sentence) })
    }

    @Test("large indexes are split by whole scoring blocks, one part a core (at most 4), small ones are not")
    func parts() {
        let block = SentenceIndex.blockSize
        #expect(SentenceIndex.parts(sentenceCount: 1_000_000, cores: 2) == [0..<1_000_000])
        let ten = SentenceIndex.parts(sentenceCount: 10_000_000, cores: 2)
        #expect(ten.count == 2 && ten[0].lowerBound == 0 && ten[1].upperBound == 10_000_000)
        #expect(ten[0].upperBound == ten[1].lowerBound && ten[0].upperBound % block == 0)
        #expect(SentenceIndex.parts(sentenceCount: 10_000_000, cores: 1) == [0..<10_000_000])
        let many = SentenceIndex.parts(sentenceCount: 10_000_000, cores: 16)
        #expect(many.count == 4 && many.last?.upperBound == 10_000_000)
        #expect(zip(many, many.dropFirst()).allSatisfy { $0.upperBound == $1.lowerBound })
    }
}
