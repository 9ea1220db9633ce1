import Testing

@testable import InquireKit

/// Which party of a *who* question's event a candidate is: the other party of the asked role, a role noun given by
/// *as*, and the companion a question names beside its answer; on made-up sentences parsed by hand.
@Suite("Answers from syntax: the parties of a who question")
struct WhoPartyTests {
    let whoWasBeaten = """
        Who PRON 3 nsubj:pass
        was/be AUX 3 aux:pass
        beaten/beat VERB 0 root
        ? PUNCT 3 punct
        """

    let passive = """
        Arno PROPN 3 nsubj:pass B-PER
        was/be AUX 3 aux:pass
        beaten/beat VERB 0 root
        by ADP 5 case
        Bern PROPN 3 obl:agent B-PER
        . PUNCT 3 punct
        """

    @Test("the agent of the predicate, for a question asking who underwent it, plays the opposite role")
    func contraryAgent() {
        let agent = HandParsed.alignment(whoWasBeaten, passive, candidate: 4)
        #expect(agent.role == 0)
        #expect(agent.contrary)
        #expect(SyntaxEvidence(alignment: agent, entityKind: .person).roleFit == SyntaxEvidence.contraryFactor)
        let patient = HandParsed.alignment(whoWasBeaten, passive, candidate: 0)
        #expect(patient.role == 1)
        #expect(!patient.contrary)
        #expect(SyntaxEvidence(alignment: patient, entityKind: .person).roleFit == 1)
    }

    @Test("the patient, for a question asking who did it, plays the opposite role; a place plays neither")
    func contraryPatient() {
        let whoBeat = """
            Who PRON 2 nsubj
            beat VERB 0 root
            Arno PROPN 2 obj
            ? PUNCT 2 punct
            """
        let sentence = """
            Arno PROPN 3 nsubj:pass B-PER
            was/be AUX 3 aux:pass
            beaten/beat VERB 0 root
            in ADP 5 case
            Lund PROPN 3 obl B-LOC
            . PUNCT 3 punct
            """
        #expect(HandParsed.alignment(whoBeat, sentence, candidate: 0).contrary)
        #expect(!HandParsed.alignment(whoBeat, sentence, candidate: 4).contrary)
        #expect(SemanticRole.agent.opposes(.patient))
        #expect(!SemanticRole.agent.opposes(.agent))
        #expect(!SemanticRole.place(nil).opposes(.agent))
    }

    @Test("the other party of a reciprocal verb plays no contrary role")
    func reciprocal() {
        let whoMarried = """
            Who PRON 3 obj
            did/do AUX 3 aux
            Ilse PROPN 3 nsubj
            marry VERB 0 root
            ? PUNCT 3 punct
            """
        let sentence = """
            Otto PROPN 2 nsubj B-PER
            married/marry VERB 0 root
            Ilse PROPN 2 obj B-PER
            . PUNCT 2 punct
            """
        #expect(!HandParsed.alignment(whoMarried, sentence, candidate: 0).contrary)
    }

    @Test("the subject of a passive verb of thinking with an infinitive is asked about in the infinitive's event")
    func raisedSubject() {
        let question = """
            Who PRON 3 nsubj:pass
            was/be AUX 3 aux:pass
            thought/think VERB 0 root
            to PART 6 mark
            have/have AUX 6 aux
            killed/kill VERB 3 xcomp
            Arvid PROPN 6 obj
            ? PUNCT 3 punct
            """
        let frame = QuestionFrame(HandParsed.analysis(question))
        #expect(frame.predicateLemma == "kill")
        #expect(frame.role == .agent)
        #expect(frame.arguments.map(\.head) == ["arvid"])
        let sentence = """
            Arvid PROPN 3 nsubj:pass B-PER
            was/be AUX 3 aux:pass
            killed/kill VERB 0 root
            by ADP 5 case
            Ebbe PROPN 3 obl:agent B-PER
            . PUNCT 3 punct
            """
        #expect(HandParsed.role(question, sentence, candidate: 4) == 1)
        #expect(HandParsed.role(question, sentence, candidate: 0) == 0)
        // With "be" as the infinitive the frame stays on the noun it describes.
        let heir = """
            Who PRON 3 nsubj:pass
            was/be AUX 3 aux:pass
            thought/think VERB 0 root
            to PART 7 mark
            be/be AUX 7 cop
            the DET 7 det
            heir NOUN 3 xcomp
            ? PUNCT 3 punct
            """
        #expect(QuestionFrame(HandParsed.analysis(heir)).predicateLemma == "think")
    }

    let whoIsCoach = """
        Who PRON 0 root
        is/be AUX 1 cop
        the DET 5 det
        head NOUN 5 compound
        coach NOUN 1 nsubj
        of ADP 8 case
        the DET 8 det
        Falcons PROPN 5 nmod
        ? PUNCT 1 punct
        """

    @Test("an 'as' phrase hung off a name says what the name is")
    func asPhraseOnName() {
        // "… the hiring of Tomas Berg as the new head coach."
        let sentence = """
            the DET 2 det
            hiring NOUN 0 root
            of ADP 5 case
            Tomas PROPN 5 flat B-PER
            Berg PROPN 2 nmod I-PER
            as ADP 10 case
            the DET 10 det
            new ADJ 10 amod
            head NOUN 10 compound
            coach NOUN 5 nmod
            . PUNCT 2 punct
            """
        let analysis = HandParsed.analysis(sentence)
        #expect(analysis.semanticRole(of: 4, for: 9) == .identity)
        #expect(HandParsed.role(whoIsCoach, sentence, candidate: 4) == 1)
    }

    @Test("an 'as' phrase of a verb or an event noun describes its object, else its subject")
    func asPhraseOnVerb() {
        let appointed = """
            The DET 2 det
            club NOUN 3 nsubj
            appointed/appoint VERB 0 root
            Tomas PROPN 5 flat B-PER
            Berg PROPN 3 obj I-PER
            as ADP 7 case
            coach NOUN 3 obl
            . PUNCT 3 punct
            """
        let analysis = HandParsed.analysis(appointed)
        #expect(analysis.semanticRole(of: 4, for: 6) == .identity)
        #expect(analysis.semanticRole(of: 1, for: 6) == nil)
        let served = """
            Berg PROPN 2 nsubj B-PER
            served/serve VERB 0 root
            as ADP 4 case
            coach NOUN 2 obl
            . PUNCT 2 punct
            """
        #expect(HandParsed.analysis(served).semanticRole(of: 0, for: 3) == .identity)
        let hiring = """
            the DET 2 det
            hiring NOUN 0 root
            of ADP 4 case
            Berg PROPN 2 nmod B-PER
            as ADP 6 case
            coach NOUN 2 nmod
            . PUNCT 2 punct
            """
        #expect(HandParsed.analysis(hiring).semanticRole(of: 3, for: 5) == .identity)
    }

    @Test("'such as' lists instances: the noun after it is no role the names around it play")
    func suchAs() {
        let sentence = """
            Clubs NOUN 0 root
            such ADJ 4 case
            as ADP 2 fixed
            Lund PROPN 1 nmod B-ORG
            . PUNCT 1 punct
            """
        let analysis = HandParsed.analysis(sentence)
        #expect(analysis.asPhraseRole(0, for: 3) == nil)
    }

    let whoBesides = """
        Who PRON 5 nsubj
        besides ADP 4 case
        the DET 4 det
        Dutch/dutch PROPN 1 nmod
        settled/settle VERB 0 root
        Orland PROPN 5 obj
        ? PUNCT 5 punct
        """

    @Test("the question's companion is read after 'besides', 'along with' and the like")
    func companionStems() {
        #expect(CompanionConjuncts(question: HandParsed.analysis(whoBesides))?.stems == ["dutch"])
        let alongWith = """
            Who PRON 5 nsubj
            along ADV 4 advmod
            with ADP 4 case
            Vessa PROPN 5 obl
            founded/found VERB 0 root
            Orland PROPN 5 obj
            ? PUNCT 5 punct
            """
        #expect(CompanionConjuncts(question: HandParsed.analysis(alongWith))?.stems == ["vessa"])
        let plain = """
            Who PRON 2 nsubj
            settled/settle VERB 0 root
            Orland PROPN 2 obj
            ? PUNCT 2 punct
            """
        #expect(CompanionConjuncts(question: HandParsed.analysis(plain)) == nil)
    }

    @Test("a conjunct of the companion fills the asked role; the companion and names outside the list do not")
    func companionConjunct() {
        // "Settlers such as the Dutch or Flemish reached Orland, where Ivo Stam met them."
        let sentence = """
            Settlers/settler NOUN 6 nsubj
            such ADJ 5 case
            as ADP 2 fixed
            the DET 5 det
            Dutch/dutch PROPN 1 nmod
            reached/reach VERB 0 root
            or CCONJ 8 cc
            Flemish/flemish PROPN 5 conj
            Orland PROPN 6 obj
            , PUNCT 13 punct
            where ADV 13 advmod
            Ivo PROPN 13 nsubj
            met/meet VERB 9 acl:relcl
            them PRON 13 obj
            . PUNCT 6 punct
            """
        let analysis = HandParsed.analysis(sentence)
        guard let companions = CompanionConjuncts(question: HandParsed.analysis(whoBesides)) else {
            Issue.record("no companion")
            return
        }
        #expect(companions.isCoordinate(7, in: analysis))
        #expect(!companions.isCoordinate(4, in: analysis))
        #expect(!companions.isCoordinate(11, in: analysis))
        let applied = companions.applied(to: [.none, .none], heads: [7, 11], in: analysis)
        #expect(applied[0].alignment.role == CompanionConjuncts.role)
        #expect(applied[1].alignment.role == 0)
    }
}
