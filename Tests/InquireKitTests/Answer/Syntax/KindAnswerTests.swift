import Testing

@testable import InquireKit

/// *What type of X …?* answered by the kind the sentence gives its X (`KindAnswers`), on made-up sentences parsed
/// by hand.
@Suite("Answers from syntax: the kind of a thing")
struct KindAnswerTests {
    let whatKindOfTea = """
        What DET 2 det
        kind NOUN 7 obj
        of ADP 4 case
        teas/tea NOUN 2 nmod
        did/do AUX 7 aux
        monks/monk NOUN 7 nsubj
        brew VERB 0 root
        ? PUNCT 7 punct
        """

    /// The noun phrases `ThingNounPhrases` offers for `question` over `sentence`, as text.
    func offered(_ question: String, _ sentence: String) -> [String] {
        HandParsed.thingPhrases(question, sentence)
    }

    @Test("the noun of a kind noun's of-complement is the kind asked about")
    func kind() {
        let frame = QuestionFrame(HandParsed.analysis(whatKindOfTea))
        #expect(KindAnswers.kind(of: frame) == KindAnswers.Kind(noun: "tea", modifiers: []))
        #expect(frame.role == .patient)
    }

    @Test("the adjectives before the asked-about noun answer")
    func adjectives() {
        let sentence = """
            The DET 2 det
            monks/monk NOUN 3 nsubj
            brewed/brew VERB 0 root
            bitter ADJ 6 amod
            herbal ADJ 6 amod
            teas/tea NOUN 3 obj
            . PUNCT 3 punct
            """
        #expect(offered(whatKindOfTea, sentence) == ["bitter herbal"])
    }

    @Test("a noun modifier keeps the whole phrase; another noun in the asked role answers whole")
    func wholePhrases() {
        let compound = """
            The DET 2 det
            monks/monk NOUN 3 nsubj
            brewed/brew VERB 0 root
            mint NOUN 5 compound
            teas/tea NOUN 3 obj
            . PUNCT 3 punct
            """
        #expect(offered(whatKindOfTea, compound) == ["mint teas"])
        let other = """
            The DET 2 det
            monks/monk NOUN 3 nsubj
            brewed/brew VERB 0 root
            strong ADJ 5 amod
            infusions/infusion NOUN 3 obj
            . PUNCT 3 punct
            """
        #expect(offered(whatKindOfTea, other) == ["strong infusions"])
    }

    @Test("the question's own modifiers of the noun are left out")
    func ownModifiers() {
        let question = """
            What DET 2 det
            kind NOUN 8 obj
            of ADP 5 case
            green ADJ 5 amod
            teas/tea NOUN 2 nmod
            did/do AUX 8 aux
            monks/monk NOUN 8 nsubj
            brew VERB 0 root
            ? PUNCT 8 punct
            """
        let sentence = """
            The DET 2 det
            monks/monk NOUN 3 nsubj
            brewed/brew VERB 0 root
            smoky ADJ 6 amod
            green ADJ 6 amod
            teas/tea NOUN 3 obj
            . PUNCT 3 punct
            """
        #expect(offered(question, sentence) == ["smoky"])
    }
}
