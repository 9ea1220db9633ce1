import Testing

@testable import InquireKit

/// *When did X die?* over "X (1249–1314)": the years in parentheses after a name are a birth and a death; on
/// made-up sentences.
@Suite("Answers: the years of a life in parentheses")
struct LifeDateTests {
    @Test("a question asks about a death, a birth or neither")
    func askedEnd() {
        #expect(LifeDates.asked(["when", "did", "ada", "vell", "die", "?"]) == .death)
        #expect(LifeDates.asked(["when", "was", "ada", "vell", "born", "?"]) == .birth)
        #expect(LifeDates.asked(["when", "did", "ada", "vell", "write", "?"]) == nil)
    }

    @Test("the first year of the pair is the birth, the second the death; other years are neither")
    func yearEnds() {
        let view = SentenceView("The poet Ada Vell (1249\u{2013}1314) wrote the Orrin Songs in 1290.")
        let years = view.words.indices.filter { view.words[$0].kind == .number }
        #expect(years.map { LifeDates.end(ofYear: $0, in: view) } == [.birth, .death, nil])
    }

    @Test("through the whole answer stage")
    func answers() {
        let engine = AnswerRankingTests.engine([
            "The poet Ada Vell (1249\u{2013}1314) wrote the Orrin Songs in 1290.",
            "Her songs were sung in the valley towns.",
        ])
        #expect(engine.answer("When did Ada Vell die?").text == "1314")
        #expect(engine.answer("When was Ada Vell born?").text == "1249")
    }
}
