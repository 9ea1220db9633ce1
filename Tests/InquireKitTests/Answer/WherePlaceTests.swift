import Testing

@testable import InquireKit

/// *Where* answers over made-up sentences, through the whole answer stage: the preposition a question strands,
/// day names that are no places, a place of another kind than the one asked, and a place after a preposition that
/// names no place.
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

    @Test("a place after a preposition that names no place ('for Velda') fills no object slot")
    func nonPlacePreposition() {
        func slot(_ preposition: String) -> Double? {
            let engine = AnswerRankingTests.engine(["Marek recovered the ball \(preposition) Velda on the next play."])
            return engine.answer("Where was the ball recovered?").candidates.first { $0.text == "Velda" }?.parts.slot
        }
        #expect(slot("for") == 0)
        #expect((slot("at") ?? 0) >= 0.7)
    }

    @Test("a place named after the question's own name by a new place noun does not repeat the question")
    func placeNamedAfterQuestionName() {
        let engine = AnswerRankingTests.engine([
            "The merged firm, renamed Velda Theatres, was headquartered in the Velda Building in Tarsk."
        ])
        let asked = engine.answer("Where was Velda Theatres headquartered?")
        #expect(asked.candidates.first { $0.text == "Velda Building" }?.parts.repetition == 1)
        // With the place noun in the question, the span is the question's own words: no candidate.
        let building = engine.answer("Where was the building of Velda Theatres?")
        #expect(!building.candidates.contains { $0.text == "Velda Building" })
    }

    @Test("a place whose name ends in a place noun keeps its full kind fit when the tagger calls it an organisation")
    func placeNounOrganisation() {
        let text = "The gala was held at Velda Center near the Velda Trust."
        let match = SentenceMatch(
            sentence: 0, text: text, terms: ["held"], relations: Engine.Resources.forTests.relations,
            weights: ["held": 1], retrieval: 1)
        let scorer = CandidateScorer(
            shape: RelationSupportTests.shape("Where was the gala held?"), weights: ["held": 1], expected: [.location],
            gazetteer: Engine.Resources.forTests.gazetteer)
        let organisation = SyntaxEvidence(alignment: .none, entityKind: .organization)
        func span(_ words: Range<Int>) -> TypedSpan {
            TypedSpan(view: match.view, type: .location, words: words, strength: 0.8)
        }
        #expect(scorer.kindFactor(span(5..<7), organisation, match) == 1)  // "Velda Center"
        #expect(scorer.kindFactor(span(9..<11), organisation, match) == organisation.kindFactor(for: .location))
        #expect(organisation.kindFactor(for: .location) < 1)
    }

    @Test("a day or month name is a time, not a place", arguments: ["Thursdays", "Thursday", "May"])
    func dayNames(day: String) {
        let sentence = "The council meets on \(day) in Velda."
        #expect(!SpanTestSupport.spans(.location, in: sentence).map(\.text).contains(day))
        #expect(SpanTestSupport.spans(.location, in: sentence).map(\.text).contains("Velda"))
    }
}
