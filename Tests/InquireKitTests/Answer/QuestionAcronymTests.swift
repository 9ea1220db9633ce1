import Testing

@testable import InquireKit

/// A candidate that is the question's own name in another form — the acronym of a name the question spells out, or
/// the spelled-out name of an acronym it writes — is no answer (`QuestionAcronyms`), over made-up sentences.
@Suite("Question acronyms: the question's own name in short or in full")
struct QuestionAcronymTests {
    /// The forms of a question.
    static func forms(_ question: String) -> Set<String> {
        QuestionAcronyms(question: QuestionTokenizer.tokenize(question).tokens).forms
    }

    /// Whether the words `words` of `sentence`, as a group span, name the question's own thing.
    static func names(_ words: Range<Int>, in sentence: String, question: String) -> Bool {
        let view = SentenceView(sentence)
        let span = TypedSpan(view: view, type: .group, words: words, strength: 0.8)
        return QuestionAcronyms(question: QuestionTokenizer.tokenize(question).tokens).names(span, in: view)
    }

    @Test("a question's words in capitals and the initials of its capitalised runs are its short forms")
    func questionForms() {
        let spelled = Self.forms("Who was the Most Valuable Player of the Orlan Cup?")
        #expect(spelled.contains("mvp"))
        #expect(!spelled.contains("oc"))
        let short = Self.forms("Who replaced Ilse Varn as ORC chair?")
        #expect(short.contains("orc"))
        #expect(!short.contains("iv"))
        // Two letters match too many names by chance; the question's first word is capitalised as every one is.
        #expect(Self.forms("Who heads the UN office in Tarsk?").isEmpty)
        #expect(!Self.forms("Who Founded Orlan Rowing?").contains("wfor"))
    }

    @Test("an acronym the question spells out, and the name of an acronym it writes, name the question's thing")
    func spans() {
        let sentence = "Darek Holm was named the Most Valuable Player (MVP) of the Orlan Cup."
        // "MVP" (word 7) for the spelled-out question; "Most Valuable Player" (words 4-6) for the short one.
        #expect(Self.names(7..<8, in: sentence, question: "Who was the Most Valuable Player of the Orlan Cup?"))
        #expect(Self.names(4..<7, in: sentence, question: "Who was the Orlan Cup MVP?"))
        #expect(Self.names(5..<7, in: sentence, question: "Who was the Orlan Cup MVP?"))
        #expect(!Self.names(0..<2, in: sentence, question: "Who was the Orlan Cup MVP?"))
        #expect(!Self.names(0..<2, in: sentence, question: "Who was the Most Valuable Player of the Orlan Cup?"))
    }

    @Test("a name after a spelled-out name in one capitalised run is not that name")
    func nameAfterRun() {
        let sentence = "Orlan Rowing Club Director Tomas Brek resigned."
        #expect(!Self.names(4..<6, in: sentence, question: "Who led the ORC?"))
        #expect(Self.names(0..<3, in: sentence, question: "Who led the ORC?"))
    }

    @Test("through the whole answer stage, the question's own name is no candidate and the person is answered")
    func answer() {
        let engine = AnswerRankingTests.engine([
            "The Orlan Rowing Club (ORC) replaced its chair Ilse Varn with Tomas Brek in 2011."
        ])
        let answer = engine.answer("Who replaced Ilse Varn as ORC chair?")
        #expect(!answer.candidates.map(\.text).contains("Orlan Rowing Club"))
        #expect(answer.candidates.first?.text == "Tomas Brek")
    }
}
