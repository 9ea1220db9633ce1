import Testing

@testable import InquireKit

/// *What was the X of Y?* answered by the thing a copular clause says the X is (`CopularIdentity`,
/// `ThingNounPhrases`), on made-up sentences parsed by hand.
@Suite("Answers from syntax: the thing a noun is said to be")
struct CopularIdentityTests {
    let whatTheme = """
        What PRON 0 root
        was/be AUX 1 cop
        the DET 4 det
        theme NOUN 1 nsubj
        of ADP 7 case
        the DET 7 det
        fair NOUN 4 nmod
        ? PUNCT 1 punct
        """

    /// The noun phrases `ThingNounPhrases` offers for `question` over `sentence`, as text.
    func offered(_ question: String, _ sentence: String) -> [String] {
        HandParsed.thingPhrases(question, sentence)
    }

    func analysis(_ text: String, _ type: AnswerType) -> QuestionAnalysis {
        QuestionAnalysis(
            text: text, answerType: type, whWord: "what", focus: nil, focusAsAsked: nil, keywords: [], phrases: [],
            confidence: 1)
    }

    @Test("a copular question about a particular noun asks for a thing; one about a kind asks for a definition")
    func applies() {
        let frame = QuestionFrame(HandParsed.analysis(whatTheme))
        #expect(frame.role == .identity)
        #expect(frame.predicateLemma == "theme")
        #expect(ThingNounPhrases.applies(to: analysis("What was the theme of the fair?", .description), frame: frame))
        let whatIs = """
            What PRON 0 root
            is/be AUX 1 cop
            a DET 4 det
            lagoon NOUN 1 nsubj
            ? PUNCT 1 punct
            """
        let kind = QuestionFrame(HandParsed.analysis(whatIs))
        #expect(!ThingNounPhrases.applies(to: analysis("What is a lagoon?", .description), frame: kind))
        let possessed = """
            What PRON 0 root
            is/be AUX 1 cop
            its PRON 4 nmod:poss
            motto NOUN 1 nsubj
            ? PUNCT 1 punct
            """
        #expect(CopularIdentity.asksForThing(3, in: HandParsed.analysis(possessed)))
    }

    @Test("the predicate nominal of the asked noun's copular clause is the answer")
    func subjectFirst() {
        let sentence = """
            The DET 2 det
            theme NOUN 7 nsubj
            of ADP 5 case
            the DET 5 det
            fair NOUN 2 nmod
            was/be AUX 7 cop
            harvest NOUN 0 root
            . PUNCT 7 punct
            """
        #expect(offered(whatTheme, sentence) == ["harvest"])
        let analysis = HandParsed.analysis(sentence)
        #expect(CopularIdentity.fit(of: 6, for: 1, asked: .identity, in: analysis) == 1)
        #expect(CopularIdentity.fit(of: 6, for: 1, asked: .patient, in: analysis) == nil)
        // The fair is what the theme belongs to, not the theme.
        #expect(CopularIdentity.fit(of: 4, for: 1, asked: .identity, in: analysis) == nil)
    }

    @Test("the subject of a copular clause whose predicate nominal is the asked noun is the answer")
    func predicateFirst() {
        let sentence = """
            Old ADJ 2 amod
            ships/ship NOUN 5 nsubj
            were/be AUX 5 cop
            the DET 5 det
            theme NOUN 0 root
            of ADP 8 case
            the DET 8 det
            fair NOUN 5 nmod
            . PUNCT 5 punct
            """
        #expect(offered(whatTheme, sentence) == ["Old ships"])
    }

    @Test("a conjunct of the predicate nominal is the same thing too; a verb's subject is not")
    func conjunctsAndVerbs() {
        let sentence = """
            The DET 2 det
            theme NOUN 4 nsubj
            was/be AUX 4 cop
            music NOUN 0 root
            and CCONJ 6 cc
            dance NOUN 4 conj
            . PUNCT 4 punct
            """
        let analysis = HandParsed.analysis(sentence)
        #expect(CopularIdentity.fit(of: 5, for: 1, asked: .identity, in: analysis) == 1)
        let verb = """
            The DET 2 det
            theme NOUN 3 nsubj
            pleased/please VERB 0 root
            the DET 5 det
            crowd NOUN 3 obj
            . PUNCT 3 punct
            """
        #expect(CopularIdentity.fit(of: 4, for: 1, asked: .identity, in: HandParsed.analysis(verb)) == nil)
    }
}
