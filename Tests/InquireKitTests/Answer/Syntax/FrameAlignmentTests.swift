import Testing

@testable import InquireKit

/// Alignment rules on made-up sentences, parsed by hand in the Universal Dependencies style.
@Suite("Answers from syntax: frames and roles")
struct FrameAlignmentTests {
    let whoFounded = """
        Who PRON 2 nsubj
        founded/found VERB 0 root
        the DET 4 det
        museum NOUN 2 obj
        ? PUNCT 2 punct
        """

    @Test("the subject shared by coordinated verbs fills the subject role, not the place beside it")
    func sharedSubject() {
        let sentence = """
            After ADP 3 case
            the DET 3 det
            war NOUN 7 obl
            the DET 5 det
            painter NOUN 7 nsubj
            Kell PROPN 5 appos B-PER
            returned/return VERB 0 root
            to ADP 9 case
            Lund PROPN 7 obl B-LOC
            and CCONJ 11 cc
            founded/found VERB 7 conj
            what PRON 11 obj
            became/become VERB 12 acl:relcl
            the DET 16 det
            city NOUN 16 compound
            museum NOUN 13 xcomp
            . PUNCT 7 punct
            """
        let frame = QuestionFrame(HandParsed.analysis(whoFounded))
        #expect(frame.role == .agent)
        #expect(frame.predicateLemma == "found")
        #expect(frame.arguments.map(\.head) == ["museum"])
        #expect(HandParsed.role(whoFounded, sentence, candidate: 5) == 1)
        #expect(HandParsed.role(whoFounded, sentence, candidate: 8) == 0)
    }

    let whoBeaten = """
        Who PRON 3 nsubj:pass
        was/be AUX 3 aux:pass
        beaten/beat VERB 0 root
        by ADP 5 case
        Bern PROPN 3 obl:agent
        ? PUNCT 3 punct
        """

    @Test("passive and active sentences give the same answer to a passive question")
    func voice() {
        let passive = """
            Arno PROPN 3 nsubj:pass
            was/be AUX 3 aux:pass
            beaten/beat VERB 0 root
            by ADP 5 case
            Bern PROPN 3 obl:agent
            . PUNCT 3 punct
            """
        let active = """
            Bern PROPN 2 nsubj
            beat VERB 0 root
            Arno PROPN 2 obj
            . PUNCT 2 punct
            """
        #expect(QuestionFrame(HandParsed.analysis(whoBeaten)).role == .patient)
        #expect(HandParsed.role(whoBeaten, passive, candidate: 0) == 1)
        #expect(HandParsed.role(whoBeaten, passive, candidate: 4) == 0)
        #expect(HandParsed.role(whoBeaten, active, candidate: 2) == 1)
        #expect(HandParsed.role(whoBeaten, active, candidate: 0) == 0)
        let frame = QuestionFrame(HandParsed.analysis(whoBeaten))
        #expect(
            FrameAlignment.align(
                frame, with: HandParsed.analysis(active), candidate: 2, relations: Engine.Resources.forTests.relations
            ).arguments == 1)
    }

    @Test("the possessor of an event noun is its agent; its 'of' complement is the patient")
    func eventNoun() {
        let question = """
            Who PRON 2 nsubj
            launched/launch VERB 0 root
            the DET 4 det
            campaign NOUN 2 obj
            ? PUNCT 2 punct
            """
        let sentence = """
            Votes/vote NOUN 2 nsubj
            rose/rise VERB 0 root
            after ADP 7 case
            the DET 5 det
            party NOUN 7 nmod:poss
            's PART 5 case
            launch NOUN 2 obl
            of ADP 10 case
            the DET 10 det
            campaign NOUN 7 nmod
            . PUNCT 2 punct
            """
        #expect(HandParsed.role(question, sentence, candidate: 4) >= 0.7)
        let frame = QuestionFrame(HandParsed.analysis(question))
        #expect(
            FrameAlignment.align(
                frame, with: HandParsed.analysis(sentence), candidate: 4, relations: Engine.Resources.forTests.relations
            ).arguments == 1)
    }

    @Test("where asks for the object of a locative preposition")
    func place() {
        let question = """
            Where ADV 5 advmod
            is/be AUX 5 aux:pass
            the DET 4 det
            collection NOUN 5 nsubj:pass
            kept/keep VERB 0 root
            ? PUNCT 5 punct
            """
        let sentence = """
            The DET 2 det
            collection NOUN 4 nsubj:pass
            is/be AUX 4 aux:pass
            kept/keep VERB 0 root
            in ADP 7 case
            the DET 7 det
            Hall PROPN 4 obl B-LOC
            of ADP 9 case
            Records/record PROPN 7 nmod I-LOC
            . PUNCT 4 punct
            """
        let frame = QuestionFrame(HandParsed.analysis(question))
        #expect(frame.role == .place(nil))
        #expect(HandParsed.role(question, sentence, candidate: 6) == 1)
        #expect(HandParsed.role(question, sentence, candidate: 1) == 0)
    }

    @Test("how many asks for the number counting the focus noun in its role")
    func count() {
        let question = """
            How ADV 2 advmod
            many ADJ 3 amod
            children/child NOUN 5 nsubj:pass
            were/be AUX 5 aux:pass
            killed/kill VERB 0 root
            ? PUNCT 5 punct
            """
        let sentence = """
            Three/three NUM 2 nummod
            women/woman NOUN 7 nsubj:pass
            and CCONJ 5 cc
            four/four NUM 5 nummod
            children/child NOUN 2 conj
            were/be AUX 7 aux:pass
            killed/kill VERB 0 root
            . PUNCT 7 punct
            """
        let frame = QuestionFrame(HandParsed.analysis(question))
        #expect(frame.countedNoun == "child")
        #expect(HandParsed.role(question, sentence, candidate: 3) == 1)
    }

    @Test("a copular question is answered by an apposition or a title")
    func identity() {
        let question = """
            Who PRON 0 root
            is/be AUX 1 cop
            the DET 4 det
            president NOUN 1 nsubj
            of ADP 6 case
            Ruritania PROPN 4 nmod
            ? PUNCT 1 punct
            """
        let apposition = """
            Olek PROPN 7 nsubj B-PER
            , PUNCT 4 punct
            the DET 4 det
            president NOUN 1 appos
            of ADP 6 case
            Ruritania PROPN 4 nmod B-LOC
            spoke/speak VERB 0 root
            . PUNCT 7 punct
            """
        let frame = QuestionFrame(HandParsed.analysis(question))
        #expect(frame.role == .identity)
        #expect(frame.predicateLemma == "president")
        #expect(HandParsed.role(question, apposition, candidate: 0) == 1)
        #expect(HandParsed.role(question, apposition, candidate: 5) == 0)
    }

    @Test("a copular question is answered by the subject of a secondary predicate ('X was named the chairman')")
    func secondaryPredicate() {
        let question = """
            Who PRON 0 root
            is/be AUX 1 cop
            the DET 4 det
            chairman NOUN 1 nsubj
            of ADP 6 case
            Ruritania PROPN 4 nmod
            ? PUNCT 1 punct
            """
        let named = """
            Olek PROPN 3 nsubj:pass B-PER
            was/be AUX 3 aux:pass
            named/name VERB 0 root
            the DET 5 det
            chairman NOUN 3 xcomp
            of ADP 7 case
            Ruritania PROPN 5 nmod B-LOC
            ( PUNCT 9 punct
            CR PROPN 5 appos
            ) PUNCT 9 punct
            . PUNCT 3 punct
            """
        let object = """
            Olek PROPN 2 nsubj B-PER
            thanked/thank VERB 0 root
            the DET 4 det
            chairman NOUN 2 obj
            of ADP 6 case
            Ruritania PROPN 4 nmod B-LOC
            . PUNCT 2 punct
            """
        #expect(HandParsed.role(question, named, candidate: 0) == 1)
        #expect(HandParsed.role(question, named, candidate: 6) == 0)
        // The subject of a verb whose object is the noun is someone else.
        #expect(HandParsed.role(question, object, candidate: 0) == 0)
        // Through an apposition of the noun ("the chairman (CR)").
        let abbreviated = """
            Who PRON 0 root
            is/be AUX 1 cop
            the DET 4 det
            CR PROPN 1 nsubj
            ? PUNCT 1 punct
            """
        #expect(HandParsed.role(abbreviated, named, candidate: 0) == 1)
    }

    @Test("a naming question is answered by the complement of 'called'")
    func naming() {
        let question = """
            What PRON 5 xcomp
            is/be AUX 5 aux:pass
            the DET 4 det
            festival NOUN 5 nsubj:pass
            called/call VERB 0 root
            ? PUNCT 5 punct
            """
        let sentence = """
            The DET 2 det
            festival NOUN 6 nsubj
            , PUNCT 4 punct
            called/call VERB 2 acl
            Lumen PROPN 4 xcomp
            opens/open VERB 0 root
            today NOUN 6 obl:tmod
            . PUNCT 6 punct
            """
        let frame = QuestionFrame(HandParsed.analysis(question))
        #expect(frame.role == .name)
        #expect(HandParsed.role(question, sentence, candidate: 4) == 1)
        #expect(HandParsed.role(question, sentence, candidate: 1) == 0)
    }

    @Test("a sentence without the predicate does not align")
    func noPredicate() {
        let sentence = """
            Kell PROPN 2 nsubj
            painted/paint VERB 0 root
            Lund PROPN 2 obj
            . PUNCT 2 punct
            """
        let frame = QuestionFrame(HandParsed.analysis(whoFounded))
        #expect(
            FrameAlignment.align(
                frame, with: HandParsed.analysis(sentence), candidate: 0, relations: Engine.Resources.forTests.relations
            ) == .none)
    }

    @Test("a possessor the parse hung off a compound's first noun asks for the possessor of the compound's head")
    func possessorOfCompound() {
        // "Which city's fire brigade put out the blaze?" with "city's" attached to "fire".
        let question = HandParsed.analysis(
            """
            Which DET 2 det
            city NOUN 4 nmod:poss
            's/'s PART 2 case
            fire NOUN 5 compound
            brigade NOUN 6 nsubj
            put/put VERB 0 root
            out ADP 6 compound:prt
            the DET 9 det
            blaze NOUN 6 obj
            ? PUNCT 6 punct
            """)
        let frame = QuestionFrame(question)
        #expect(frame.predicateLemma == "brigade")
        #expect(frame.role == .possessor)
        // "The port's fire brigade arrived." with the possessor where it belongs.
        let sentence = HandParsed.analysis(
            """
            The DET 2 det
            port NOUN 5 nmod:poss
            's/'s PART 2 case
            fire NOUN 5 compound
            brigade NOUN 6 nsubj
            arrived/arrive VERB 0 root
            . PUNCT 6 punct
            """)
        let relations = Engine.Resources.forTests.relations
        #expect(FrameAlignment.align(frame, with: sentence, candidate: 1, relations: relations).role == 1)
    }
}
