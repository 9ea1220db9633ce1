import Testing

@testable import InquireKit

/// Roles read through clauses with no subject of their own (control) and through titles the parse took for
/// conjuncts, on made-up sentences parsed by hand in the Universal Dependencies style.
@Suite("Answers from syntax: control and appositive conjuncts")
struct ControlAndApposTests {
    let whoWrote = """
        Who PRON 2 nsubj
        wrote/write VERB 0 root
        the DET 4 det
        ballad NOUN 2 obj
        ? PUNCT 2 punct
        """

    @Test("the object of the verb above an infinitive does what the infinitive states (object control)")
    func objectControl() {
        let sentence = """
            Marl PROPN 2 nsubj B-PER
            asked/ask VERB 0 root
            Tovey PROPN 2 obj B-PER
            to PART 5 mark
            write VERB 2 xcomp
            a DET 7 det
            ballad NOUN 5 obj
            . PUNCT 2 punct
            """
        #expect(HandParsed.role(whoWrote, sentence, candidate: 2) == 1)
        #expect(HandParsed.role(whoWrote, sentence, candidate: 0) == 0)
    }

    @Test("without an object, the subject of the verb above still controls the infinitive")
    func subjectControl() {
        let sentence = """
            Marl PROPN 2 nsubj B-PER
            decided/decide VERB 0 root
            to PART 4 mark
            write VERB 2 xcomp
            a DET 6 det
            ballad NOUN 4 obj
            . PUNCT 2 punct
            """
        #expect(HandParsed.role(whoWrote, sentence, candidate: 0) == 1)
    }

    @Test("an adverbial participle with no subject shares the main clause's subject, not its object")
    func adverbialParticiple() {
        let whoBurned = """
            Who PRON 2 nsubj
            burned/burn VERB 0 root
            the DET 4 det
            mill NOUN 2 obj
            ? PUNCT 2 punct
            """
        let sentence = """
            Osric PROPN 2 nsubj B-PER
            took/take VERB 0 root
            Dunmore PROPN 2 obj B-LOC
            , PUNCT 5 punct
            burning/burn VERB 2 advcl
            the DET 7 det
            mill NOUN 5 obj
            . PUNCT 2 punct
            """
        #expect(HandParsed.role(whoBurned, sentence, candidate: 0) == 1)
        #expect(HandParsed.role(whoBurned, sentence, candidate: 2) == 0)
    }

    @Test("a fronted past participle with no subject is passive: the main subject undergoes it")
    func passiveParticiple() {
        let whatBuilt = """
            What PRON 3 nsubj:pass
            was/be AUX 3 aux:pass
            built/build VERB 0 root
            by ADP 5 case
            Aldo PROPN 3 obl:agent B-PER
            ? PUNCT 3 punct
            """
        let sentence = """
            Built/build VERB 7 advcl
            by ADP 3 case
            Aldo PROPN 1 obl:agent B-PER
            , PUNCT 1 punct
            the DET 6 det
            bridge NOUN 7 nsubj
            spans/span VERB 0 root
            the DET 9 det
            river NOUN 7 obj
            . PUNCT 7 punct
            """
        #expect(HandParsed.role(whatBuilt, sentence, candidate: 5) == 1)
        #expect(HandParsed.role(whatBuilt, sentence, candidate: 2) == 0)
    }

    @Test("an adverbial clause of time with its own subject takes nothing from the main clause")
    func ownSubject() {
        let sentence = """
            Marl PROPN 2 nsubj B-PER
            left/leave VERB 0 root
            after SCONJ 5 mark
            Tovey PROPN 5 nsubj B-PER
            wrote/write VERB 2 advcl
            the DET 7 det
            ballad NOUN 5 obj
            . PUNCT 2 punct
            """
        #expect(HandParsed.role(whoWrote, sentence, candidate: 3) == 1)
        #expect(HandParsed.role(whoWrote, sentence, candidate: 0) == 0)
    }

    @Test("a secondary predicate with an object describes the object ('made Ralph earl'), not the subject")
    func objectPredicative() {
        let whoWasEarl = """
            Who PRON 3 nsubj
            was/be AUX 3 cop
            earl NOUN 0 root
            of ADP 5 case
            Hollin PROPN 3 nmod
            ? PUNCT 3 punct
            """
        let sentence = """
            Edwy PROPN 2 nsubj B-PER
            made/make VERB 0 root
            Ralph PROPN 2 obj B-PER
            earl NOUN 2 xcomp
            of ADP 6 case
            Hollin PROPN 4 nmod B-LOC
            . PUNCT 2 punct
            """
        #expect(HandParsed.role(whoWasEarl, sentence, candidate: 2) == 1)
        #expect(HandParsed.role(whoWasEarl, sentence, candidate: 0) == 0)
    }

    let whoChaired = """
        Who PRON 3 nsubj
        was/be AUX 3 cop
        chairman NOUN 0 root
        of ADP 6 case
        the DET 6 det
        board NOUN 3 nmod
        ? PUNCT 3 punct
        """

    @Test("a title after a comma that the parse hung off a name as a conjunct is the name's apposition")
    func appositiveConjunct() {
        let sentence = """
            Dana PROPN 2 nsubj B-PER
            met/meet VERB 0 root
            Ed PROPN 2 obj B-PER
            Wold PROPN 3 flat I-PER
            , PUNCT 7 punct
            the DET 7 det
            chairman NOUN 3 conj
            of ADP 10 case
            the DET 10 det
            board NOUN 7 nmod
            . PUNCT 2 punct
            """
        #expect(HandParsed.role(whoChaired, sentence, candidate: 2) == 1)
        #expect(HandParsed.role(whoChaired, sentence, candidate: 0) == 0)
    }

    @Test("a conjunct with its own conjunction, or one of a list, is no apposition")
    func listConjunct() {
        let sentence = """
            Ed PROPN 0 root B-PER
            , PUNCT 3 punct
            Dana PROPN 1 conj B-PER
            and CCONJ 5 cc
            chairman NOUN 1 conj
            . PUNCT 1 punct
            """
        let analysis = HandParsed.analysis(sentence)
        #expect(!analysis.isAppositiveConjunct(2))
        #expect(!analysis.isAppositiveConjunct(4))
    }

    @Test("a where question parsed with its wh-word as the root asks the place of the verb hung below it")
    func rootedWhere() {
        let question = """
            Where/where ADV 0 root
            was/be AUX 1 cop
            the DET 4 det
            fair NOUN 1 nsubj
            held/hold VERB 4 acl
            in ADP 7 case
            spring NOUN 5 obl
            ? PUNCT 1 punct
            """
        let frame = QuestionFrame(HandParsed.analysis(question))
        #expect(frame.predicateLemma == "hold")
        #expect(frame.role == .place(nil))
        #expect(frame.arguments.contains { $0.head == "fair" && $0.role == .patient })
        let sentence = """
            The DET 2 det
            fair NOUN 4 nsubj:pass
            was/be AUX 4 aux:pass
            held/hold VERB 0 root
            at ADP 7 case
            the DET 7 det
            Kestrel PROPN 4 obl B-LOC
            near ADP 10 case
            the DET 10 det
            Ouse PROPN 7 nmod B-LOC
            . PUNCT 4 punct
            """
        #expect(HandParsed.role(question, sentence, candidate: 6) == 1)
    }

    @Test("a where question rooted at its wh-word with no verb below it keeps no predicate of its own")
    func rootedWhereWithoutVerb() {
        let question = """
            Where/where ADV 0 root
            is/be AUX 1 cop
            the DET 4 det
            museum NOUN 1 nsubj
            ? PUNCT 1 punct
            """
        #expect(QuestionFrame.verbUnderRootWh(0, in: HandParsed.analysis(question)) == nil)
    }

    @Test("a who question ending in a stranded preposition asks that preposition's object of the verb before it")
    func strandedPreposition() {
        let ownedBy = """
            Who PRON 4 nsubj
            is/be AUX 4 cop
            Harlow PROPN 4 nsubj
            owned/own VERB 0 root
            by ADP 4 compound:prt
            ? PUNCT 4 punct
            """
        let frame = QuestionFrame(HandParsed.analysis(ownedBy))
        #expect(frame.predicateLemma == "own")
        #expect(frame.role == .agent)
        #expect(frame.arguments.map(\.head) == ["harlow"])
        #expect(frame.arguments.first?.role == .patient)
        let namedFor = """
            Who PRON 4 nsubj
            was/be AUX 4 cop
            the DET 4 det
            bridge NOUN 0 root
            named/name VERB 4 acl
            for ADP 5 obl
            ? PUNCT 4 punct
            """
        let named = QuestionFrame(HandParsed.analysis(namedFor))
        #expect(named.predicateLemma == "name")
        #expect(named.role == .oblique("for"))
        #expect(named.arguments.contains { $0.head == "bridge" && $0.role == .patient })
        let sentence = """
            The DET 2 det
            bridge NOUN 4 nsubj:pass
            was/be AUX 4 aux:pass
            named/name VERB 0 root
            for ADP 6 case
            Osric PROPN 4 obl B-PER
            . PUNCT 4 punct
            """
        #expect(HandParsed.role(namedFor, sentence, candidate: 5) == 1)
    }

    @Test("a stranded locative preposition leaves the question's frame as the parse gives it")
    func strandedPlace() {
        let soldTo = """
            Who PRON 4 nsubj
            did/do AUX 4 aux
            Osric PROPN 4 nsubj
            sell VERB 0 root
            the DET 6 det
            mill NOUN 4 obj
            to ADP 4 obl
            ? PUNCT 4 punct
            """
        #expect(QuestionFrame.strandedFrame(0, in: HandParsed.analysis(soldTo)) == nil)
    }
}
