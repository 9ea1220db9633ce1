import Testing

@testable import InquireKit

/// Over a long text that never states the question's relation, a pronoun subject of a sentence that does not
/// state it either is no answer: it stood for its antecedent only as the subject of an unstated agent.
@Suite("Answers from syntax: a pronoun in a sentence that does not state an unstated relation")
struct UnstatedPronounTests {
    /// Made-up sentences about a harbour town, none of them about painting.
    static let filler = [
        "Boats came into the harbour on the first day of the fair.",
        "The market opened early and the stalls sold bread and fish.",
        "Rain fell over the hills for most of the week.",
        "A new bridge over the river carried traffic to the east bank.",
        "The school held its exams in the old town hall.",
        "Farmers brought sheep and cattle to the autumn show.",
        "The museum lent three clocks to a gallery in the capital.",
        "Fishermen said the catch was the best in ten years.",
        "The council voted to repair the sea wall before winter.",
        "A choir sang in the square on Sunday evening.",
        "The library moved its maps to a room on the second floor.",
        "Tourists filled the hotels along the shore in August.",
        "The mill by the weir was turned into flats.",
        "Children swam in the bay when the tide was high.",
    ]

    /// A name, then a pronoun subject beside the question's argument, in a text of `fillers` other sentences.
    static func answer(fillers: Int) throws -> Answer {
        let story = ["Ann Ro moved to Arden in 1990.", "She admired the mural by the harbour every morning."]
        let text = (Array(filler.prefix(fillers / 2)) + story + Array(filler.prefix(fillers).dropFirst(fillers / 2)))
            .joined(separator: " ")
        let engine = try Engine(corpus: Corpus(name: "t", documents: [Document(id: "t", source: "t.txt", text: text)]))
        return engine.answer("Who painted the mural?")
    }

    @Test("over a long text, the pronoun's antecedent is no candidate")
    func longText() throws {
        let answer = try Self.answer(fillers: 14)
        #expect(answer.text == nil)
        #expect(!answer.candidates.contains { $0.text == "Ann Ro" })
    }

    @Test("over a paragraph, the pronoun's antecedent stays a candidate")
    func paragraph() throws {
        let answer = try Self.answer(fillers: 3)
        #expect(answer.candidates.contains { $0.text == "Ann Ro" })
    }
}
