import Testing

@testable import InquireKit

/// The question's keywords become index terms through the index's own analyser, so a name the tokenizers split
/// differently ("AT&T") still finds its sentence.
@Suite("question terms and index terms agree")
struct QuestionTermsTests {
    @Test("a keyword the classifier keeps whole (AT&T) is searched as the index's terms of it")
    func ampersandName() throws {
        let corpus = Corpus(
            name: "t",
            documents: [
                Document(id: "a", source: "a.txt", text: "Verizon was founded long ago. AT&T was founded long ago.")
            ])
        var engine = try Engine(corpus: corpus)
        engine.analyzer = nil
        let answer = engine.answer("When was AT&T founded?")
        #expect(answer.hits.first?.sentence == 1)
    }
}
