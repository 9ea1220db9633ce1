import Testing

@testable import InquireKit

/// *Where* answers over made-up sentences, through the whole answer stage: the preposition a question strands,
/// and day names that are no places.
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

    @Test("a day or month name is a time, not a place", arguments: ["Thursdays", "Thursday", "May"])
    func dayNames(day: String) {
        let sentence = "The council meets on \(day) in Velda."
        #expect(!SpanTestSupport.spans(.location, in: sentence).map(\.text).contains(day))
        #expect(SpanTestSupport.spans(.location, in: sentence).map(\.text).contains("Velda"))
    }
}
