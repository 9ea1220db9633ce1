import Testing

@testable import InquireKit

/// A verb with "re-" states its predicate done again, on made-up words and a sentence parsed by hand.
@Suite("Answers from syntax: a predicate done again")
struct RepeatedPredicateTests {
    @Test("a verb with 're-' states the predicate done again; a noun or a mere ending does not")
    func repeated() {
        #expect(FrameAlignment.isRepeated("reestablish", of: "establish", tag: .verb))
        #expect(!FrameAlignment.isRepeated("reestablish", of: "establish", tag: .noun))
        #expect(!FrameAlignment.isRepeated("read", of: "ad", tag: .verb))
        let question = """
            Who PRON 2 nsubj
            established/establish VERB 0 root
            the DET 4 det
            league NOUN 2 obj
            ? PUNCT 2 punct
            """
        let sentence = """
            Tesmark PROPN 2 nsubj B-PER
            reestablished/reestablish VERB 0 root
            the DET 4 det
            league NOUN 2 obj
            . PUNCT 2 punct
            """
        #expect(HandParsed.role(question, sentence, candidate: 0) == 1)
    }
}
