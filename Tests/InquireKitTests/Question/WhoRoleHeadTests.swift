import Testing

@testable import InquireKit

/// *Who is the X Y?* where the question lexicon knows only the modifier X: the phrase's last noun Y is what the
/// question asks about (its focus), and X's kind does not make the answer a group or a place; on made-up questions.
@Suite("Who questions: the role noun after a known modifier")
struct WhoRoleHeadTests {
    static let classifier = QuestionClassifier(resources: .forTests)

    @Test(
        "the last noun is the focus when the lexicon knows only the word before it",
        arguments: [
            ("Who is the museum docent?", "docent"),
            ("Who was the harbour dredger in 1890?", "dredger"),
            ("Who is the Crown prosecutor in the mill case?", "prosecutor"),
        ])
    func focusIsTheLastNoun(question: String, focus: String) {
        let analysis = Self.classifier.classify(question)
        #expect(analysis.focus == focus)
        #expect(analysis.answerType == .individual)
    }

    @Test("a group word before an unknown role noun does not make the answer a group; a known head is kept")
    func modifierKindIsNotTheAnswers() {
        #expect(Self.classifier.classify("Who is the club docent?").answerType == .individual)
        #expect(Self.classifier.classify("Who is the club docent?").focus == "docent")
        #expect(Self.classifier.classify("Who is the club steward?").focus == "steward")
        #expect(Self.classifier.classify("Who was the president of the club?").focus == "president")
    }

    @Test("the modifier the question repeats is no answer; the name beside the role is")
    func modifierIsNoCandidate() {
        let engine = AnswerRankingTests.engine([
            "In the words of the Crown prosecutor, Ada Linden, the owners knew the mill was unsafe.",
            "The mill in Tarsk burned down in 1902.",
        ])
        let answer = engine.answer("Who is the Crown prosecutor in the mill case?")
        #expect(!answer.candidates.contains { $0.text == "Crown" })
        #expect(answer.text == "Ada Linden")
    }
}
