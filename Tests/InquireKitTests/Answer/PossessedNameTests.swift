import Testing

@testable import InquireKit

/// *Who won the seat?* over "the Greens' Mara Tobin won …": a person's name after a possessive name is answered
/// as the name alone; on made-up sentences.
@Suite("Answers: a person's name after a possessive name")
struct PossessedNameTests {
    static let sentence = "Veltro's Mara Tobin won the seat in Dunmere by 312 votes."

    /// The text of the name `PossessedNames` finds within the words `first` to `last` of `text`, nil for none.
    static func name(_ text: String, _ first: String, _ last: String) throws -> String? {
        let view = SentenceView(text)
        let span = try view.span(first, last, type: .person, strength: 0.6)
        return PossessedNames.name(within: span.tokens, in: view).map { view.string(words: $0) }
    }

    @Test(
        "the possessor is cut from a person's name, not from a name of one word (a group's span: PersonNameSpanTests)")
    func cut() throws {
        #expect(try Self.name(Self.sentence, "Veltro", "Tobin") == "Mara Tobin")
        #expect(try Self.name(Self.sentence, "Mara", "Tobin") == nil)
        #expect(try Self.name("Veltro's Tobin won the seat.", "Veltro", "Tobin") == nil)
        // A lower-case word after the possessive: a description, left alone.
        #expect(try Self.name("Veltro's young candidate Tobin won the seat.", "Veltro", "Tobin") == nil)
    }

    @Test("through the whole answer stage")
    func answers() {
        let engine = AnswerRankingTests.engine([Self.sentence, "The count in Dunmere ended late at night."])
        #expect(engine.answer("Who won the seat in Dunmere?").text == "Mara Tobin")
    }
}
