import Foundation
import Testing

@testable import InquireKit

@Suite("Sentence index basics")
struct SentenceIndexBasicsTests {
    @Test("TF-IDF scores match a hand computation")
    func tfidf() throws {
        // Sentences: [a b], [a]; query [b]. n = 2; idf(a) = ln(3/3) + 1 = 1; idf(b) = ln(3/2) + 1.
        let index = try SentenceIndex(termsPerSentence: [["a", "b"], ["a"]])
        let hits = index.search(terms: ["b"], top: 5)
        let idfB = log(3.0 / 2.0) + 1
        let expected = idfB / (1 + idfB * idfB).squareRoot()
        #expect(hits.count == 1)
        #expect(hits[0].sentence == 0)
        #expect(abs(hits[0].score - expected) < 1e-6)
    }

    @Test("unknown terms find nothing")
    func unknown() throws {
        let index = try SentenceIndex(termsPerSentence: [["a"]])
        #expect(index.search(terms: ["zzz"], top: 3).isEmpty)
    }
}
