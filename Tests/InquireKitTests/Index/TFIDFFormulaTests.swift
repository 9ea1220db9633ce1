import Foundation
import Testing

@testable import InquireKit

/// Scores computed by hand with scikit-learn's formulas: tf = 1 + ln(count), idf = ln((1 + n) / (1 + df)) + 1,
/// L2-normalised sentence and query vectors, cosine.
@Suite("TF-IDF formula")
struct TFIDFFormulaTests {
    // n = 4 sentences.
    let sentences = [["cat", "dog", "cat"], ["dog"], ["bird", "fish"], ["cat", "fish", "fish", "fish"]]

    func idf(_ df: Double) -> Double { log(5 / (1 + df)) + 1 }

    @Test("idf is scikit-learn's smooth idf")
    func idfValues() throws {
        let index = try SentenceIndex(termsPerSentence: sentences)
        #expect(abs(index.idf(of: "cat") - idf(2)) < 1e-12)
        #expect(abs(index.idf(of: "bird") - idf(1)) < 1e-12)
        #expect(abs(index.idf(of: "absent") - idf(0)) < 1e-12)
        #expect(index.documentFrequency(of: "fish") == 2)
    }

    @Test("a one-term query scores each sentence by its normalised weight")
    func oneTerm() throws {
        let index = try SentenceIndex(termsPerSentence: sentences)
        // Sentence 0: cat ×2, dog ×1 → (1 + ln 2)·idf(2), 1·idf(2).
        let cat0 = (1 + log(2.0)) * idf(2)
        let dog0 = idf(2)
        let norm0 = (cat0 * cat0 + dog0 * dog0).squareRoot()
        // Sentence 3: cat ×1, fish ×3.
        let cat3 = idf(2)
        let fish3 = (1 + log(3.0)) * idf(2)
        let norm3 = (cat3 * cat3 + fish3 * fish3).squareRoot()
        let hits = index.search(terms: ["cat"], top: 10)
        #expect(hits.map(\.sentence) == [0, 3])
        #expect(abs(hits[0].score - cat0 / norm0) < 1e-6)
        #expect(abs(hits[1].score - cat3 / norm3) < 1e-6)
    }

    @Test("a repeated query term uses sublinear tf in the query vector too")
    func repeatedQueryTerm() throws {
        let index = try SentenceIndex(termsPerSentence: sentences)
        // Query: cat ×2, bird ×1 → q = ((1 + ln 2)·idf(2), idf(1)).
        let qCat = (1 + log(2.0)) * idf(2)
        let qBird = idf(1)
        let qNorm = (qCat * qCat + qBird * qBird).squareRoot()
        let bird2 = idf(1)
        let fish2 = idf(2)
        let norm2 = (bird2 * bird2 + fish2 * fish2).squareRoot()
        let cat0 = (1 + log(2.0)) * idf(2)
        let norm0 = (cat0 * cat0 + idf(2) * idf(2)).squareRoot()
        let expected: [Int: Double] = [
            0: qCat * cat0 / (qNorm * norm0),
            2: qBird * bird2 / (qNorm * norm2),
            3: qCat * idf(2) / (qNorm * (idf(2) * idf(2) + pow((1 + log(3.0)) * idf(2), 2)).squareRoot()),
        ]
        let hits = index.search(terms: ["cat", "bird", "cat", "unknown"], top: 10)
        #expect(Set(hits.map(\.sentence)) == Set(expected.keys))
        for hit in hits { #expect(abs(hit.score - (expected[hit.sentence] ?? -1)) < 1e-6) }
        #expect(hits.map(\.score) == hits.map(\.score).sorted(by: >))
    }

    @Test("a sentence equal to the query scores 1")
    func identical() throws {
        let index = try SentenceIndex(termsPerSentence: sentences)
        let hits = index.search(terms: ["cat", "fish", "fish", "fish"], top: 1)
        #expect(hits.first?.sentence == 3)
        #expect(abs((hits.first?.score ?? 0) - 1) < 1e-6)
    }

    @Test("counts above one byte keep their exact weight")
    func countOverflow() throws {
        let many = [String](repeating: "echo", count: 300) + ["other"]
        let index = try SentenceIndex(termsPerSentence: [many, ["echo"], ["other", "x"]])
        let echo = (1 + log(300.0)) * idf3(2)
        let other = idf3(2)
        let expected = echo / (echo * echo + other * other).squareRoot()
        let hits = index.search(terms: ["echo"], top: 3)
        #expect(hits.map(\.sentence) == [1, 0])
        #expect(abs(hits[1].score - expected) < 1e-6)
        #expect(index.postings.postings(of: 0).map(\.count) == [300, 1])
    }

    func idf3(_ df: Double) -> Double { log(4 / (1 + df)) + 1 }

    @Test("top-k keeps the best, ties in corpus order, and k larger than the matches")
    func topK() throws {
        let index = try SentenceIndex(termsPerSentence: [["a"], ["b"], ["a"], ["a"], ["c"]])
        #expect(index.search(terms: ["a"], top: 2).map(\.sentence) == [0, 2])
        #expect(index.search(terms: ["a"], top: 10).map(\.sentence) == [0, 2, 3])
        #expect(index.search(terms: ["a"], top: 0).isEmpty)
        #expect(index.search(terms: [], top: 3).isEmpty)
        #expect(index.search(terms: ["zzz"], top: 3).isEmpty)
    }

    @Test("an empty index finds nothing")
    func empty() throws {
        let index = try SentenceIndex(termsPerSentence: [])
        #expect(index.sentenceCount == 0)
        #expect(index.search(terms: ["a"], top: 3).isEmpty)
        let blank = try SentenceIndex(termsPerSentence: [[], []])
        #expect(blank.search(terms: ["a"], top: 3).isEmpty)
    }
}
