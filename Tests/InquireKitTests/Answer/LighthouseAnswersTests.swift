import Testing

@testable import InquireKit

/// The lighthouse fixture (`Fixtures/eval/lighthouse.txt`) was never used to tune the engine: every answer over it is
/// checked against the right answer, with today's misses marked as known (a fix shows as a failing "known miss").
@Suite("Answers over the untuned lighthouse fixture")
struct LighthouseAnswersTests {
    static let engine: Engine = {
        let corpus = try! CorpusLoader.load(path: FixturePaths.fixture("eval/lighthouse.txt"))
        return try! Engine(corpus: corpus)
    }()

    /// A question over the fixture, its right answers (empty: the text holds none), the line of the sentence that
    /// states it, and whether the tool misses it today.
    struct Case: Sendable, CustomTestStringConvertible {
        let question: String
        let answers: [String]
        let line: Int?
        let knownMiss: Bool
        var testDescription: String { question }
    }

    /// The questions of the fixture's gold files, questions.txt and squad files. (The gold files' "The Harwick
    /// Society" is wrong on purpose; the right answer is the Marrow Bay Trust.)
    static let cases: [Case] = [
        Case(
            question: "Who designed the Harwick Lighthouse?", answers: ["Ada Linden", "the engineer Ada Linden"],
            line: 4, knownMiss: false),  // "Gull Point", a place, before the syntax-based answers; Ada Linden
        // (through "It was designed by …", "it" the lighthouse) since them, above the threshold since the BILOU
        // entity tagger
        Case(question: "Where does the Harwick Lighthouse stand?", answers: ["Gull Point"], line: 3, knownMiss: false),
        Case(question: "Where does the lighthouse stand?", answers: ["Gull Point"], line: 3, knownMiss: false),
        Case(question: "How many keepers lived at the station?", answers: ["three", "3"], line: 5, knownMiss: false),
        Case(question: "Who looks after the building?", answers: ["The Marrow Bay Trust"], line: 7, knownMiss: false),
        Case(question: "When was the light automated?", answers: ["1962"], line: 5, knownMiss: false),
        Case(question: "Who painted the tower?", answers: [], line: nil, knownMiss: false),
    ]

    @Test("each answer is right, or is a known miss that is still wrong", arguments: cases)
    func answer(_ testCase: Case) {
        let answer = Self.engine.answer(testCase.question)
        let predicted = answer.text.map(AnswerNormalizer.normalize)
        let right: Bool
        if testCase.answers.isEmpty {
            right = answer.text == nil
        } else {
            right = testCase.answers.contains { AnswerNormalizer.normalize($0) == predicted }
        }
        if testCase.knownMiss {
            #expect(!right, "a known miss is now right: mark it so")
        } else {
            #expect(right, "\(testCase.question) → \(answer.text ?? "no answer")")
            if right, let line = testCase.line {
                #expect(answer.evidence?.source.hasSuffix("lighthouse.txt:\(line)") == true)
            }
        }
    }
}
