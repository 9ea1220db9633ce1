import Testing

@testable import InquireKit

/// Common noun phrases offered for a *what* question by the role they fill (`ThingNounPhrases`), on made-up
/// sentences parsed by hand.
@Suite("Answers from syntax: noun phrases for things")
struct ThingNounPhraseTests {
    /// The noun phrases `ThingNounPhrases` offers for `question` over `sentence`, as text.
    func offered(_ question: String, _ sentence: String) -> [String] {
        HandParsed.thingPhrases(question, sentence)
    }

    let whatFell = """
        What PRON 2 nsubj
        fell/fall VERB 0 root
        onto ADP 5 case
        the DET 5 det
        roof NOUN 2 obl
        ? PUNCT 2 punct
        """

    @Test("the subject of the asked verb is offered whole, the place beside it is not")
    func subject() {
        let sentence = """
            A DET 3 det
            heavy ADJ 3 amod
            branch NOUN 4 nsubj
            fell/fall VERB 0 root
            onto ADP 7 case
            the DET 7 det
            roof NOUN 4 obl
            . PUNCT 4 punct
            """
        #expect(offered(whatFell, sentence) == ["A heavy branch"])
    }

    @Test("the object of the asked verb is offered, its subject is not")
    func object() {
        let question = """
            What PRON 5 obj
            did/do AUX 5 aux
            the DET 4 det
            crew NOUN 5 nsubj
            remove VERB 0 root
            ? PUNCT 5 punct
            """
        let sentence = """
            The DET 2 det
            crew NOUN 3 nsubj
            removed/remove VERB 0 root
            the DET 6 det
            old ADJ 6 amod
            boiler NOUN 3 obj
            . PUNCT 3 punct
            """
        #expect(offered(question, sentence) == ["the old boiler"])
    }

    @Test("a stranded preposition asks for its object; a short modifier stays, a relative clause is cut")
    func strandedPreposition() {
        let question = """
            What PRON 5 obj
            was/be AUX 5 aux:pass
            the DET 4 det
            cannon NOUN 5 nsubj:pass
            aimed/aim VERB 0 root
            at ADP 5 obl
            ? PUNCT 5 punct
            """
        let frame = QuestionFrame(HandParsed.analysis(question))
        #expect(frame.role == .place("at"))
        let sentence = """
            The DET 2 det
            cannon NOUN 4 nsubj:pass
            was/be AUX 4 aux:pass
            aimed/aim VERB 0 root
            at ADP 7 case
            a DET 7 det
            tower NOUN 4 obl
            in ADP 10 case
            the DET 10 det
            harbour NOUN 7 nmod
            that PRON 12 nsubj
            guards/guard VERB 7 acl:relcl
            the DET 14 det
            port NOUN 12 obj
            . PUNCT 4 punct
            """
        #expect(offered(question, sentence) == ["a tower in the harbour"])
    }

    @Test("the object of a verb's derived noun is the verb's object, through an infinitive in the question")
    func derivedNoun() {
        let question = """
            What PRON 4 obj
            did/do AUX 4 aux
            she PRON 4 nsubj
            have VERB 0 root
            to PART 6 mark
            remove VERB 4 xcomp
            ? PUNCT 4 punct
            """
        let frame = QuestionFrame(HandParsed.analysis(question))
        #expect(frame.predicateLemma == "remove")
        #expect(frame.role == .patient)
        let sentence = """
            She PRON 3 nsubj:pass
            was/be AUX 3 aux:pass
            tasked/task VERB 0 root
            with ADP 5 case
            removal NOUN 3 obl
            of ADP 7 case
            paint NOUN 5 nmod
            from ADP 10 case
            the DET 10 det
            hull NOUN 5 nmod
            . PUNCT 3 punct
            """
        #expect(offered(question, sentence) == ["paint"])
    }

    let fallingTree = """
        A DET 2 det
        storm NOUN 3 nsubj
        caused/cause VERB 0 root
        a DET 5 det
        tree NOUN 3 obj
        to PART 7 mark
        fall VERB 3 xcomp
        into ADP 10 case
        the DET 10 det
        river NOUN 7 obl
        . PUNCT 3 punct
        """

    @Test("a causative's object does what its infinitive states, however the parse hung it; its subject does not")
    func causativeSentence() {
        let question = """
            What PRON 2 nsubj
            fell/fall VERB 0 root
            into ADP 5 case
            the DET 5 det
            river NOUN 2 obl
            ? PUNCT 2 punct
            """
        #expect(offered(question, fallingTree) == ["a tree"])
        // The same sentence with the tree hung off the infinitive as its object.
        let misparsed = fallingTree.replacing("tree NOUN 3 obj", with: "tree NOUN 7 obj")
        #expect(offered(question, misparsed) == ["a tree"])
    }

    @Test("a causative question asks who did the infinitive's event to the causative's object")
    func causativeQuestion() {
        let question = """
            What PRON 2 nsubj
            caused/cause VERB 0 root
            the DET 4 det
            hikers/hiker NOUN 2 obj
            to PART 6 mark
            trip VERB 2 xcomp
            ? PUNCT 2 punct
            """
        let frame = QuestionFrame(HandParsed.analysis(question))
        #expect(frame.predicateLemma == "trip")
        #expect(frame.role == .agent)
        #expect(frame.causative)
        #expect(frame.arguments.map(\.head) == ["hiker"])
        let tripped = """
            Ice NOUN 5 nsubj
            on ADP 4 case
            the DET 4 det
            path NOUN 1 nmod
            tripped/trip VERB 0 root
            the DET 7 det
            hikers/hiker NOUN 5 obj
            . PUNCT 5 punct
            """
        #expect(offered(question, tripped) == ["Ice on the path"])
        let caused = """
            A DET 2 det
            storm NOUN 3 nsubj
            caused/cause VERB 0 root
            the DET 5 det
            hikers/hiker NOUN 3 obj
            to PART 7 mark
            trip VERB 3 xcomp
            . PUNCT 3 punct
            """
        // The hikers trip too, but they are the question's own words, which the scorer drops.
        #expect(offered(question, caused).contains("A storm"))
    }

    @Test("only what and which questions of things, asking a role, take noun phrases")
    func applies() {
        func analysis(_ text: String, _ type: AnswerType, wh: String) -> QuestionAnalysis {
            QuestionAnalysis(
                text: text, answerType: type, whWord: wh, focus: nil, focusAsAsked: nil, keywords: [], phrases: [],
                confidence: 1)
        }
        let frame = QuestionFrame(HandParsed.analysis(whatFell))
        #expect(
            ThingNounPhrases.applies(to: analysis("What fell onto the roof?", .otherEntity, wh: "what"), frame: frame))
        #expect(
            !ThingNounPhrases.applies(to: analysis("What fell onto the roof?", .definition, wh: "what"), frame: frame))
        #expect(
            !ThingNounPhrases.applies(to: analysis("Who fell onto the roof?", .individual, wh: "who"), frame: frame))
        let whatIs = """
            What PRON 0 root
            is/be AUX 1 cop
            a DET 4 det
            caldera NOUN 1 nsubj
            ? PUNCT 1 punct
            """
        let identity = QuestionFrame(HandParsed.analysis(whatIs))
        #expect(
            !ThingNounPhrases.applies(to: analysis("What is a caldera?", .otherEntity, wh: "what"), frame: identity))
    }
}
