import Testing

@testable import InquireKit

/// *Where* answers over made-up sentences, through the whole answer stage: the preposition a question strands,
/// day names that are no places, and a place of another kind than the one asked.
@Suite("Where answers: stranded prepositions and day names")
struct WherePlaceTests {
    @Test("with 'to' stranded, a place after 'from' next to a question word is no slot filler")
    func strandedSource() {
        let engine = AnswerRankingTests.engine(["Marek widened the Orlan Canal from southern Tarsk to Velda in 1290."])
        let answer = engine.answer("Where did Marek extend the Orlan Canal to?")
        let slot = { (text: String) in answer.candidates.first { $0.text == text }?.parts.slot }
        #expect(slot("Velda") == 1)
        #expect((slot("southern Tarsk") ?? 0) < 0.5)
        #expect(answer.candidates.first?.text == "Velda")
    }

    @Test("a place named with another kind noun fits a question asking for a country half as well")
    func otherKindNoun() {
        let engine = AnswerRankingTests.engine(["Norway has a stake in the harbour of Tarsk in Arden province."])
        func typeFit(_ question: String) -> Double? {
            engine.answer(question).candidates.first { $0.text == "Arden province" }?.parts.type
        }
        let asProvince = typeFit("Which province has a harbour with a Norwegian stake?")
        let asCountry = typeFit("Which country has a stake in the harbour of Tarsk?")
        #expect(asProvince != nil && asCountry != nil)
        #expect((asCountry ?? 1) < 0.5 * (asProvince ?? 0))
    }

    @Test("a day or month name is a time, not a place", arguments: ["Thursdays", "Thursday", "May"])
    func dayNames(day: String) {
        let sentence = "The council meets on \(day) in Velda."
        #expect(!SpanTestSupport.spans(.location, in: sentence).map(\.text).contains(day))
        #expect(SpanTestSupport.spans(.location, in: sentence).map(\.text).contains("Velda"))
    }
}
