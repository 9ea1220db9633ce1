import Testing

@testable import InquireKit

/// A *what* + noun question looking for a name no recogniser knows takes noun phrases in the asked role after the
/// names (`ThingNounPhrases.afterNames`).
@Suite("Answers from syntax: noun phrases after names")
struct ThingAfterNamesTests {
    let whatCoatWore = """
        What DET 2 det
        coat NOUN 6 obj
        did/do AUX 6 aux
        the DET 5 det
        guard NOUN 6 nsubj
        wear VERB 0 root
        ? PUNCT 6 punct
        """

    func analysis(_ text: String, _ type: AnswerType, wh: String) -> QuestionAnalysis {
        QuestionAnalysis(
            text: text, answerType: type, whWord: wh, focus: "coat", focusAsAsked: "coat", keywords: [],
            phrases: [], confidence: 1)
    }

    @Test("noun phrases follow the name types of a named-instance question that asks a role")
    func afterNames() {
        let frame = QuestionFrame(HandParsed.analysis(whatCoatWore))
        #expect(frame.role == .patient)
        let question = analysis("What coat did the guard wear?", .otherEntity, wh: "what")
        #expect(
            ThingNounPhrases.afterNames(typed: [], named: NamingAnswers.nameTypes, question: question, frame: frame))
        // A recogniser's type, or no names looked for, leaves the question as it was.
        #expect(
            !ThingNounPhrases.afterNames(
                typed: [.date], named: [.date], question: question, frame: frame))
        #expect(!ThingNounPhrases.afterNames(typed: [], named: [], question: question, frame: frame))
        // A who question asks for a person, not a thing.
        let who = analysis("Who did the guard wear?", .individual, wh: "who")
        #expect(!ThingNounPhrases.afterNames(typed: [], named: NamingAnswers.nameTypes, question: who, frame: frame))
    }
}
