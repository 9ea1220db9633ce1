import Testing

@testable import InquireKit

@Suite("Answer ranking")
struct AnswerRankingTests {
    /// An engine over a few sentences, one document.
    static func engine(_ sentences: [String]) -> Engine {
        let text = sentences.joined(separator: " ")
        let corpus = Corpus(name: "test", documents: [Document(id: "t", source: "t.txt", text: text)])
        return try! Engine(corpus: corpus)
    }

    static let article = engine([
        "On Thursday, officials said that three women and four children were killed near the town of Saravan.",
        "The strikes took place in Sistan and Baluchestan province.",
        "Earlier, an attack by Iran on Pakistani soil resulted in the deaths of two children.",
        "Pakistan’s air force conducted retaliatory airstrikes on militant positions in Iran.",
    ])

    @Test(
        "how many: the counted noun must be the question's focus",
        arguments: [
            ("How many children were killed near the town of Saravan?", "four"),
            ("How many women were killed near the town of Saravan?", "three"),
        ])
    func focusNoun(question: String, expected: String) {
        let answer = Self.article.answer(question)
        #expect(answer.text == expected)
        #expect(answer.candidates.first?.parts.focus == 1)
    }

    @Test("how many: the context picks between two counts of the same noun")
    func contextPicksCount() {
        let answer = Self.article.answer("How many children died in the attack on Pakistani soil?")
        #expect(answer.text == "two")
    }

    @Test("a span made only of question words is no answer")
    func questionWordPenalty() {
        let answer = Self.article.answer("Who conducted retaliatory airstrikes on militant positions in Iran?")
        #expect(answer.text == "Pakistan’s air force")
        #expect(!answer.candidates.contains { $0.text == "Iran" })
    }

    @Test("a span that repeats some question words is penalised")
    func partialRepeat() throws {
        let engine = Self.engine(["The Broncos beat the New England Patriots and the Broncos fans cheered."])
        let answer = engine.answer("Who did the Broncos beat?")
        #expect(answer.text == "New England Patriots")
    }

    @Test("the subject before the question's verb wins a who-question")
    func subjectSlot() {
        let engine = Self.engine(["Pakistan’s Foreign Ministry defended the attack, which Iran condemned."])
        let answer = engine.answer("Who defended the attack?")
        #expect(answer.text == "Pakistan’s Foreign Ministry")
        #expect(answer.candidates.first?.parts.slot == 1)
    }

    @Test("a preposition stranded at the end of the question points at the answer")
    func strandedPreposition() {
        let engine = Self.engine(["Kublai moved the capital from Karakorum in Mongolia to Khanbaliq in 1264."])
        #expect(engine.answer("Where did Kublai move the capital to?").text == "Khanbaliq")
    }

    @Test("a place tied by 'of' to the name the question asks about")
    func placeOfPerson() {
        let engine = Self.engine(["Scholars such as Anna Berg of Sweden and Tomas Novak of Austria wrote on trade."])
        #expect(engine.answer("Where was Tomas Novak from?").text == "Austria")
    }

    @Test(
        "questions the corpus cannot answer are abstained from",
        arguments: [
            "Who is the president of France?",
            "How many soldiers died in the airstrikes?",
            "Where is the headquarters of the United Nations?",
        ])
    func abstention(question: String) {
        let answer = Self.article.answer(question)
        #expect(answer.kind == .none)
        #expect(answer.text == nil)
        #expect(answer.confidence < Self.article.extractor.threshold)
    }

    @Test("an answer carries its evidence, the character range of the span and alternatives")
    func evidence() throws {
        let answer = Self.article.answer("Where did the strikes take place?", alternatives: 2)
        let evidence = try #require(answer.evidence)
        #expect(answer.kind == .span)
        #expect(answer.text == "Sistan and Baluchestan province")
        #expect(evidence.source == "t.txt:1")
        let range = try #require(evidence.scalarRange)
        let scalars = Array(evidence.text.unicodeScalars)
        #expect(String(String.UnicodeScalarView(scalars[range])) == answer.text)
        #expect(answer.alternatives.count <= 2)
        #expect(answer.confidence > 0.5 && answer.confidence <= 1)
    }
}
