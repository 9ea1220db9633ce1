import Testing

@testable import InquireKit

/// *Which university …?* over "the University of Tarsk's school of music": the possessor holding the focus noun
/// answers, not the possessed part; on made-up sentences.
@Suite("Answers: the possessor that names the asked kind")
struct PossessorAnswerTests {
    static let sentence = "Ann Broe, of the University of Tarsk's school of music, wrote the hymn."

    @Test("the possessor is cut out when it holds the focus and the possessed part does not")
    func cut() throws {
        let view = SentenceView(Self.sentence)
        let words = view.words.map { view.string($0.range) }
        let start = try #require(words.firstIndex(of: "University"))
        let end = try #require(words.firstIndex(of: "school"))
        let span = TypedSpan(view: view, type: .group, words: start..<end + 1, strength: 0.7)
        #expect(span.text == "University of Tarsk's school")
        let focus = SnowballStemmer.stem("university")
        #expect(PossessorAnswers.possessor(of: span, focus: focus, view: view)?.text == "University of Tarsk")
        // No focus, a focus the owner does not hold, or one the owned part holds too: the span stays whole.
        #expect(PossessorAnswers.possessor(of: span, focus: nil, view: view) == nil)
        #expect(PossessorAnswers.possessor(of: span, focus: SnowballStemmer.stem("school"), view: view) == nil)
        #expect(PossessorAnswers.possessor(of: span, focus: SnowballStemmer.stem("music"), view: view) == nil)
    }

    @Test("through the whole answer stage")
    func answers() {
        let engine = AnswerRankingTests.engine([Self.sentence, "The hymn was first sung in Velda in 1921."])
        #expect(engine.answer("Which university is Ann Broe part of?").text == "University of Tarsk")
    }
}
