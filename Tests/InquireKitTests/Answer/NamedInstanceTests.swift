import Testing

@testable import InquireKit

/// *Which newspaper …?*, *What programme …?*: a question about one thing of a kind no recogniser knows (a creative
/// work, an event, a product, a vehicle, another entity) answers with a name, not the whole sentence; on made-up
/// sentences.
@Suite("Answers: which one of a kind with no recogniser of its own")
struct NamedInstanceTests {
    static let classifier = QuestionClassifier(resources: .forTests)

    @Test("which/what with a focus noun of such a kind asks for a named instance; other questions do not")
    func asksForNamedInstance() {
        #expect(Self.classifier.classify("Which newspaper first printed the story?").asksForNamedInstance)
        #expect(Self.classifier.classify("In which journal did the study appear?").asksForNamedInstance)
        #expect(!Self.classifier.classify("Who first printed the story?").asksForNamedInstance)
        #expect(!Self.classifier.classify("Which city hosted the fair?").asksForNamedInstance)
        #expect(!Self.classifier.classify("What is a newspaper?").asksForNamedInstance)
        let direct = QuestionAnalysis(
            text: "What happened?", answerType: .otherEntity, whWord: "what", focus: nil, focusAsAsked: nil,
            keywords: [], phrases: [], confidence: 1)
        #expect(!direct.asksForNamedInstance)
    }

    @Test("the name in the sentence answers, not the sentence")
    func answersWithTheName() {
        let engine = AnswerRankingTests.engine([
            "The Lakeside Courier first printed the story about the flooded mill in Tarsk.",
            "The mill was rebuilt by the town two years later.",
        ])
        let answer = engine.answer("Which newspaper first printed the story about the mill?")
        #expect(answer.kind != .sentence)
        #expect(answer.text == "Lakeside Courier")
    }
}
