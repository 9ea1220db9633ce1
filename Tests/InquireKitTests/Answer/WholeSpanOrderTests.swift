import Testing

@testable import InquireKit

/// Among near ties, the candidate whose span holds the other's ranks first (whole names and coordinations).
@Suite("Answer ranking: whole spans first among near ties")
struct WholeSpanOrderTests {
    static let text = "Pakistan’s Foreign Ministry defended the attack."

    static func candidate(_ text: String, score: Double, range: Range<Int>, sentence: Int = 0) -> Candidate {
        Candidate(
            text: text, type: .group, score: score,
            evidence: Evidence(sentence: sentence, text: Self.text, source: "t.txt:1", range: range),
            parts: ScoreParts())
    }

    @Test("the span holding the other moves up, at the other's score, when the two are within 0.05")
    func nearTie() {
        let inner = Self.candidate("Foreign Ministry", score: 1.31, range: 13..<29)
        let outer = Self.candidate("Pakistan’s Foreign Ministry", score: 1.30, range: 0..<29)
        let ranked = AnswerExtractor.wholeSpansFirst([inner, outer])
        #expect(ranked.map(\.text) == ["Pakistan’s Foreign Ministry", "Foreign Ministry"])
        #expect(ranked.map(\.score) == [1.31, 1.31])
    }

    @Test("no move for a clear lead, for spans that do not nest, or across sentences")
    func noMove() {
        let outer = Self.candidate("Pakistan’s Foreign Ministry", score: 1.2, range: 0..<29)
        let clear = Self.candidate("Foreign Ministry", score: 1.31, range: 13..<29)
        #expect(AnswerExtractor.wholeSpansFirst([clear, outer]).map(\.text).first == "Foreign Ministry")
        let apart = Self.candidate("the attack", score: 1.30, range: 39..<49)
        #expect(AnswerExtractor.wholeSpansFirst([clear, apart]).map(\.text).first == "Foreign Ministry")
        let elsewhere = Self.candidate("Pakistan’s Foreign Ministry", score: 1.30, range: 0..<29, sentence: 1)
        #expect(AnswerExtractor.wholeSpansFirst([clear, elsewhere]).map(\.text).first == "Foreign Ministry")
    }
}
