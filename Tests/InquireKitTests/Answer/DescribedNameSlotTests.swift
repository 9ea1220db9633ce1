import Testing

@testable import InquireKit

/// A name right after its description stands in the description's slot ("designed by Varnian architect Petra
/// Holm": the agent after "by" is the name, not "Varnian architect"), on made-up sentences.
@Suite("Described names take their description's slot")
struct DescribedNameSlotTests {
    /// The engine over one made-up sentence.
    func engine(_ text: String) throws -> Engine {
        try Engine(corpus: Corpus(name: "test", documents: [Document(id: "t", source: "t.txt", text: text)]))
    }

    @Test(
        "the name after a description in the agent's place answers who",
        arguments: [
            (
                "The new library was designed by Varnian architect Petra Holm in partnership with a local firm.",
                "Who designed the new library?", "Petra Holm"
            ),
            (
                "The harbour bridge was built by Danish engineer Lars Vinter over two summers.",
                "Who built the harbour bridge?", "Lars Vinter"
            ),
        ])
    func nameAnswers(text: String, question: String, name: String) throws {
        let answer = try engine(text).answer(question)
        #expect(answer.text == name)
        #expect(answer.candidates.first?.parts.slot == 1)
    }
}
