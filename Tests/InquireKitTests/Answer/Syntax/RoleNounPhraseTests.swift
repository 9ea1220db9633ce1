import Testing

@testable import InquireKit

/// Common noun phrases for people offered for *who* when no name fills the asked role; on made-up sentences
/// parsed by hand.
@Suite("Answers from syntax: common noun phrases for people")
struct RoleNounPhraseTests {
    let whoBegged = """
        Who PRON 2 nsubj
        begged/beg VERB 0 root
        Tomas PROPN 2 obj
        to PART 5 mark
        stay VERB 2 xcomp
        ? PUNCT 2 punct
        """

    /// The common noun phrases offered for `question` over `sentence` (besides the name spans `names`, given as
    /// their first and last words), as text.
    func offered(
        _ question: String, _ sentence: String, names: [(String, String)] = [],
        nouns: NounLexicon = Engine.Resources.forTests.nouns
    ) throws -> [String] {
        let analysis = HandParsed.analysis(sentence)
        let view = SentenceView(analysis.text)
        let spans = try names.map { first, last in
            let start = try #require(view.words.firstIndex { view.string($0.range) == first })
            let end = try #require(view.words.lastIndex { view.string($0.range) == last })
            return TypedSpan(view: view, type: .person, words: start..<(end + 1), strength: 0.8)
        }
        return RoleNounPhrases.spans(
            in: analysis, view: view, besides: spans, frame: QuestionFrame(HandParsed.analysis(question)),
            relations: Engine.Resources.forTests.relations, nouns: nouns
        ).map(\.text)
    }

    /// "His sister begged him to stay ."
    let sisterBegged = """
        His/he PRON 2 nmod:poss
        sister NOUN 3 nsubj
        begged/beg VERB 0 root
        him/he PRON 3 obj
        to PART 6 mark
        stay VERB 3 xcomp
        . PUNCT 3 punct
        """

    @Test("a person noun filling the asked agent is offered with its possessor")
    func possessedRoleNoun() throws {
        let found = try offered(whoBegged, sisterBegged)
        #expect(found == ["His sister"], "\(found)")
    }

    @Test("no phrase is offered when a name fills the asked role")
    func nameFillsRole() throws {
        let sentence = """
            Marta PROPN 2 nsubj B-PER
            begged/beg VERB 0 root
            Tomas PROPN 2 obj B-PER
            and CCONJ 6 cc
            his/he PRON 6 nmod:poss
            sister NOUN 3 conj
            to PART 8 mark
            stay VERB 2 xcomp
            . PUNCT 2 punct
            """
        #expect(try offered(whoBegged, sentence, names: [("Marta", "Marta"), ("Tomas", "Tomas")]).isEmpty)
    }

    @Test("a person noun outside the asked role, and a noun for no person, are not offered")
    func otherRolesAndNouns() throws {
        let sentence = """
            The DET 2 det
            letter NOUN 3 nsubj
            begged/beg VERB 0 root
            the DET 5 det
            farmers/farmer NOUN 3 obj
            to PART 7 mark
            stay VERB 3 xcomp
            . PUNCT 3 punct
            """
        #expect(try offered(whoBegged, sentence).isEmpty)
    }

    @Test("plural person nouns are offered as a group, for a question that asks the patient too")
    func pluralPatient() throws {
        let whomBegged = """
            Who PRON 3 obj
            did/do AUX 3 aux
            beg VERB 0 root
            Marta PROPN 3 nsubj
            ? PUNCT 3 punct
            """
        let sentence = """
            Marta PROPN 2 nsubj
            begged/beg VERB 0 root
            the DET 5 det
            local ADJ 5 amod
            farmers/farmer NOUN 2 obj
            . PUNCT 2 punct
            """
        let analysis = HandParsed.analysis(sentence)
        let view = SentenceView(analysis.text)
        let spans = RoleNounPhrases.spans(
            in: analysis, view: view, besides: [], frame: QuestionFrame(HandParsed.analysis(whomBegged)),
            relations: Engine.Resources.forTests.relations, nouns: Engine.Resources.forTests.nouns)
        #expect(spans.map(\.text) == ["the local farmers"])
        #expect(spans.map(\.type) == [.group])
    }

    @Test(
        "a bare plural or a quantified or demonstrative phrase speaks of people in general and is not offered",
        arguments: [
            "critics/critic NOUN 2 nsubj\nbegged/beg VERB 0 root\nTomas PROPN 2 obj\n. PUNCT 2 punct",
            "many ADJ 2 amod\ncritics/critic NOUN 3 nsubj\nbegged/beg VERB 0 root\nTomas PROPN 3 obj\n. PUNCT 3 punct",
            "These/this DET 2 det\ncritics/critic NOUN 3 nsubj\nbegged/beg VERB 0 root\nTomas PROPN 3 obj\n. PUNCT 3 punct",
        ])
    func genericPhrases(sentence: String) throws {
        #expect(try offered(whoBegged, sentence).isEmpty)
    }

    @Test("an of complement right after the noun is part of the phrase and makes a bare plural specific")
    func ofComplement() throws {
        let sentence = """
            friends/friend NOUN 5 nsubj
            of ADP 3 case
            Tomas PROPN 1 nmod
            quietly ADV 5 advmod
            begged/beg VERB 0 root
            him/he PRON 5 obj
            to PART 8 mark
            stay VERB 5 xcomp
            . PUNCT 5 punct
            """
        #expect(try offered(whoBegged, sentence) == ["friends of Tomas"])
    }

    @Test("a noun outside the closed lists is offered when the noun lexicon types it as people, not otherwise")
    func lexiconNoun() throws {
        let sentence = """
            A DET 2 det
            passerby NOUN 3 nsubj
            begged/beg VERB 0 root
            Tomas PROPN 3 obj
            to PART 5 mark
            stay VERB 3 xcomp
            . PUNCT 3 punct
            """
        let people = try NounLexicon(text: "passerby\tperson:3 object:1\n")
        #expect(try offered(whoBegged, sentence, nouns: people) == ["A passerby"])
        #expect(try offered(whoBegged, sentence, nouns: NounLexicon()).isEmpty)
        let thing = try NounLexicon(text: "passerby\tobject:3 person:1\n")
        #expect(try offered(whoBegged, sentence, nouns: thing).isEmpty)
    }
}
