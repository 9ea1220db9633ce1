import Testing

@testable import InquireKit

@Suite("The best candidate of an answer, given even when withheld")
struct ForcedAnswerTests {
    /// Questions over the lighthouse fixture: spans of several types, and a description answered with a sentence.
    static let questions = [
        "Who designed the Harwick Lighthouse?", "Where does the Harwick Lighthouse stand?",
        "How many keepers lived at the station?", "Who looks after the building?", "Who painted the tower?",
        "Why was the lighthouse built?",
    ]

    @Test("with every answer withheld, the forced answer is what a threshold of 0 gives, at the same confidence")
    func withheldEqualsGiven() throws {
        let corpus = try CorpusLoader.load(path: FixturePaths.fixture("eval/lighthouse.txt"))
        var open = try Engine(corpus: corpus)
        open.extractor.threshold = 0
        var closed = try Engine(corpus: corpus)
        closed.extractor.threshold = 1.5
        var sentenceAnswers = 0
        for question in Self.questions {
            let given = open.answer(question)
            let withheld = closed.answer(question)
            #expect(withheld.text == nil, "\(question)")
            let forced = Prediction(withheld)
            #expect(forced.answer == nil)
            #expect(forced.forcedAnswer == given.text, "\(question)")
            #expect(forced.confidence == given.confidence, "\(question)")
            if given.kind == .sentence { sentenceAnswers += 1 }
        }
        // The set covers the sentence fallback too, whose best candidate is the evidence sentence.
        #expect(sentenceAnswers >= 1)
    }
}
