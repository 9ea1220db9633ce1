import Testing

@testable import InquireKit

/// *Who won the seat?* over "the Greens' Mara Tobin won …": a person's name after a possessive name is answered
/// as the name alone; on made-up sentences.
@Suite("Answers: a person's name after a possessive name")
struct PossessedNameTests {
    static let sentence = "Veltro's Mara Tobin won the seat in Dunmere by 312 votes."

    /// The span of the words from `first` to `last` (inclusive) of `view`.
    static func span(_ view: SentenceView, _ first: String, _ last: String, type: SpanType) throws -> TypedSpan {
        try view.span(first, last, type: type, strength: 0.6)
    }

    @Test("the possessor is cut from a person's name, not from a group or a name of one word")
    func cut() throws {
        let view = SentenceView(Self.sentence)
        let person = try Self.span(view, "Veltro", "Tobin", type: .person)
        #expect(person.text == "Veltro's Mara Tobin")
        #expect(PossessedNames.name(of: person, in: view)?.text == "Mara Tobin")
        #expect(PossessedNames.name(of: try Self.span(view, "Veltro", "Tobin", type: .group), in: view) == nil)
        #expect(PossessedNames.name(of: try Self.span(view, "Mara", "Tobin", type: .person), in: view) == nil)
        let single = SentenceView("Veltro's Tobin won the seat.")
        #expect(PossessedNames.name(of: try Self.span(single, "Veltro", "Tobin", type: .person), in: single) == nil)
        // A lower-case word after the possessive: a description, left alone.
        let described = SentenceView("Veltro's young candidate Tobin won the seat.")
        #expect(
            PossessedNames.name(of: try Self.span(described, "Veltro", "Tobin", type: .person), in: described) == nil)
    }

    @Test("through the whole answer stage")
    func answers() {
        let engine = AnswerRankingTests.engine([Self.sentence, "The count in Dunmere ended late at night."])
        #expect(engine.answer("Who won the seat in Dunmere?").text == "Mara Tobin")
    }
}
