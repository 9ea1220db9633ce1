import Testing

@testable import InquireKit

/// Who fills the asked role when the evidence sentence names two people: a relative pronoun the parse left
/// unattached, a name the tagger misread after its description, a person the recognisers typed as a group, and an
/// argument that names another instance of its kind; on made-up sentences parsed by hand.
@Suite("Answers from syntax: who fills the asked role")
struct WhoRoleTests {
    let whoCaused = """
        Who PRON 2 nsubj
        caused/cause VERB 0 root
        the DET 4 det
        collapse NOUN 2 obj
        ? PUNCT 2 punct
        """

    @Test("a relative pronoun parsed as a main clause's subject stands for the noun before its comma")
    func unattachedRelative() {
        // "After the fall of Orvin, who caused the collapse of the league, Tesmark stood aside." with "who caused"
        // read as the main clause.
        let sentence = """
            After ADP 3 case
            the DET 3 det
            fall NOUN 8 obl
            of ADP 5 case
            Orvin PROPN 3 nmod B-PER
            , PUNCT 8 punct
            who PRON 8 nsubj
            caused/cause VERB 0 root
            the DET 10 det
            collapse NOUN 8 obj
            of ADP 13 case
            the DET 13 det
            league NOUN 10 nmod
            , PUNCT 15 punct
            Tesmark PROPN 13 conj B-ORG
            stood/stand VERB 8 conj
            aside ADV 16 advmod
            . PUNCT 8 punct
            """
        #expect(HandParsed.role(whoCaused, sentence, candidate: 4) == 1)
        #expect(HandParsed.role(whoCaused, sentence, candidate: 14) == 0)
        let analysis = HandParsed.analysis(sentence)
        #expect(analysis.semanticRole(of: 4, for: 7) == .agent)
        // Not through "that" (mostly a conjunction), nor for a noun further back.
        #expect(analysis.unattachedRelativeRole(2, for: 7) == nil)
        let withThat = HandParsed.analysis(sentence.replacing("who PRON 8 nsubj", with: "that/that PRON 8 nsubj"))
        #expect(withThat.semanticRole(of: 4, for: 7) == nil)
    }

    @Test(
        "a relative pronoun after a coordination stands for its head; a relative clause attached as one is left alone")
    func relativeAfterCoordination() {
        // "Tova and Ansel Berg, who led the march, …" with the clause hung off the root as parataxis.
        let sentence = """
            Tova PROPN 0 root B-PER
            and CCONJ 4 cc
            Ansel PROPN 4 flat B-PER
            Berg PROPN 1 conj I-PER
            , PUNCT 7 punct
            who PRON 7 nsubj
            led/lead VERB 1 parataxis
            the DET 9 det
            march NOUN 7 obj
            . PUNCT 1 punct
            """
        let analysis = HandParsed.analysis(sentence)
        #expect(analysis.phraseHead(of: 3) == 0)
        #expect(analysis.unattachedRelativeRole(0, for: 6) == .agent)
        let attached = HandParsed.analysis(
            sentence.replacing("led/lead VERB 1 parataxis", with: "led/lead VERB 4 acl:relcl"))
        #expect(attached.unattachedRelativeRole(0, for: 6) == nil)
    }

    @Test("a capitalised name the tagger read as a verb still pairs with the description before it")
    func misTaggedDescribedName() {
        // "The show was headlined by the rock group Calder." with "Calder" tagged a verb.
        let analysis = HandParsed.analysis(
            DescribedNameTests.headlinedTable.replacing("Calder PROPN 8 appos B-ORG", with: "Calder VERB 8 acl"))
        let view = SentenceView(analysis.text)
        let spans = [6..<8, 8..<9].map { TypedSpan(view: view, type: .group, words: $0, strength: 0.5) }
        let pairs = DescribedNames.pairs(spans, heads: [7, 8], in: analysis, view: view)
        #expect(pairs.map(\.description) == [0])
        #expect(pairs.map(\.name) == [1])
        #expect(DescribedNames.isName(8, in: analysis))
        // A lower-case word is no name, nor is the sentence's first word.
        #expect(!DescribedNames.isName(6, in: analysis))
        #expect(!DescribedNames.isName(0, in: analysis))
    }

    @Test("a person entity that a recognised group covers is proposed as a person when it fills the asked role")
    func personOverGroup() {
        let question = HandParsed.analysis(
            """
            Who PRON 3 nsubj:pass
            was/be AUX 3 aux:pass
            tackled/tackle VERB 0 root
            ? PUNCT 3 punct
            """)
        // "Orvin was tackled by Tesmark."
        let sentence = HandParsed.analysis(
            """
            Orvin PROPN 3 nsubj:pass B-PER
            was/be AUX 3 aux:pass
            tackled/tackle VERB 0 root
            by ADP 5 case
            Tesmark PROPN 3 obl:agent B-PER
            . PUNCT 3 punct
            """)
        let view = SentenceView(sentence.text)
        let group = TypedSpan(view: view, type: .group, words: 0..<1, strength: 0.4)
        let person = TypedSpan(view: view, type: .person, words: 0..<1, strength: 0.4)
        let frame = QuestionFrame(question)
        let relations = Engine.Resources.forTests.relations
        let extra = SyntaxSpans.entities(
            in: sentence, view: view, expected: [.person, .group], besides: [group], frame: frame, relations: relations)
        #expect(extra.map(\.text) == ["Orvin"])
        #expect(extra.map(\.type) == [.person])
        // Not when a person span covers it already, nor for the agent, which fills no asked role.
        #expect(
            SyntaxSpans.entities(
                in: sentence, view: view, expected: [.person, .group], besides: [person], frame: frame,
                relations: relations
            ).isEmpty)
    }

    @Test("an argument word in a name of another instance counts less: Cup XI is not Cup II")
    func otherInstance() {
        let question = HandParsed.analysis(
            """
            Who PRON 4 nsubj
            was/be AUX 4 cop
            the DET 4 det
            winner NOUN 0 root
            of ADP 7 case
            Vale PROPN 7 compound
            Cup PROPN 4 nmod
            II NUM 7 nummod
            ? PUNCT 4 punct
            """)
        let frame = QuestionFrame(question)
        #expect(frame.arguments.map(\.names) == [["vale", "cup", "ii"]])
        // "Orvin (winner of Vale Cup II) and Tesmark (winner of Vale Cup XI) spoke."
        let sentence = HandParsed.analysis(
            """
            Orvin PROPN 18 nsubj B-PER
            ( PUNCT 3 punct
            winner NOUN 1 appos
            of ADP 6 case
            Vale PROPN 6 compound
            Cup PROPN 3 nmod
            II NUM 6 nummod
            ) PUNCT 3 punct
            and CCONJ 10 cc
            Tesmark PROPN 1 conj B-PER
            ( PUNCT 12 punct
            winner NOUN 10 appos
            of ADP 15 case
            Vale PROPN 15 compound
            Cup PROPN 12 nmod
            XI PROPN 15 nummod
            ) PUNCT 12 punct
            spoke/speak VERB 0 root
            . PUNCT 18 punct
            """)
        let argument = frame.arguments[0]
        #expect(!ArgumentInstances.namesOther(5, in: sentence, argument: argument))
        #expect(ArgumentInstances.namesOther(14, in: sentence, argument: argument))
        let relations = Engine.Resources.forTests.relations
        let first = FrameAlignment.align(frame, with: sentence, candidate: 0, relations: relations)
        let second = FrameAlignment.align(frame, with: sentence, candidate: 9, relations: relations)
        #expect(first.role == 1)
        #expect(second.role == 1)
        #expect(first.arguments > second.arguments)
        // A name with no number of its own ("the Vale Cup") is no other instance.
        let plain = QuestionFrame.Argument(
            role: .patient, head: "cup", lemmas: ["vale", "cup"], names: ["vale", "cup"])
        #expect(!ArgumentInstances.namesOther(14, in: sentence, argument: plain))
    }

    @Test("who becomes the noun is the one who controls the verb of becoming: its object, else its subject")
    func controlledBecoming() {
        let whoWasChair = """
            Who PRON 4 nsubj
            was/be AUX 4 cop
            the DET 4 det
            chair NOUN 0 root
            ? PUNCT 4 punct
            """
        // "Orvin, the new head of the board, convinced Tesmark to become the chair."
        let objectControl = """
            Orvin PROPN 9 nsubj B-PER
            , PUNCT 5 punct
            the DET 5 det
            new ADJ 5 amod
            head NOUN 1 appos
            of ADP 8 case
            the DET 8 det
            board NOUN 5 nmod
            convinced/convince VERB 0 root
            Tesmark PROPN 9 obj B-PER
            to PART 12 mark
            become VERB 9 xcomp
            the DET 14 det
            chair NOUN 12 xcomp
            . PUNCT 9 punct
            """
        #expect(HandParsed.role(whoWasChair, objectControl, candidate: 9) == 1)
        #expect(HandParsed.role(whoWasChair, objectControl, candidate: 0) == 0)
        // "Orvin hoped to become the chair."
        let subjectControl = """
            Orvin PROPN 2 nsubj B-PER
            hoped/hope VERB 0 root
            to PART 4 mark
            become VERB 2 xcomp
            the DET 6 det
            chair NOUN 4 xcomp
            . PUNCT 2 punct
            """
        #expect(HandParsed.role(whoWasChair, subjectControl, candidate: 0) == 1)
    }

    @Test("a name right after a role noun and a comma is that noun, though the parse hung it elsewhere")
    func commaApposition() {
        // "In the words of the engineer, Ada Linden, the bridge is safe." with "Ada" attached to "words".
        let analysis = HandParsed.analysis(
            """
            In ADP 3 case
            the DET 3 det
            words/word NOUN 14 obl
            of ADP 6 case
            the DET 6 det
            engineer NOUN 3 nmod
            , PUNCT 8 punct
            Ada PROPN 3 appos B-PER
            Linden PROPN 8 flat I-PER
            , PUNCT 8 punct
            the DET 12 det
            bridge NOUN 14 nsubj
            is/be AUX 14 cop
            safe ADJ 0 root
            . PUNCT 14 punct
            """)
        #expect(analysis.semanticRole(of: 7, for: 5) == .identity)
        #expect(analysis.semanticRole(of: 8, for: 5) == .identity)
        // Not after the comma: the bridge is no engineer, nor is the engineer an apposition of the words.
        #expect(analysis.semanticRole(of: 11, for: 5) != .identity)
        #expect(!analysis.isCommaApposition(7, after: 2))
    }
}
