import Testing

@testable import InquireKit

/// `CausativeVerbs` on made-up sentences, parsed by hand in the Universal Dependencies style: a causative states
/// the event of the verb it causes, its object that verb's subject.
@Suite("Answers from syntax: causative verbs")
struct CausativeVerbTests {
    let howManyDied = """
        How ADV 2 advmod
        many ADJ 3 amod
        sailors/sailor NOUN 4 nsubj
        died/die VERB 0 root
        in ADP 7 case
        the DET 7 det
        storm NOUN 4 obl
        ? PUNCT 4 punct
        """

    let whoDied = """
        Who PRON 2 nsubj
        died/die VERB 0 root
        ? PUNCT 2 punct
        """

    @Test("WordNet's cause relation pairs kill with die, raise with rise, fell with fall")
    func table() {
        #expect(CausativeVerbs.causatives(of: "die").contains("kill"))
        #expect(CausativeVerbs.causatives(of: "rise").contains("raise"))
        #expect(CausativeVerbs.causatives(of: "fall").contains("fell"))
        #expect(CausativeVerbs.causatives(of: "kill").isEmpty)
        #expect(CausativeVerbs.caused(.agent) == .patient)
        #expect(CausativeVerbs.caused(.place("in")) == .place("in"))
    }

    @Test("a number counting the passive subject of a causative answers how many underwent the caused event")
    func countedPatient() {
        let sentence = """
            Over ADV 2 advmod
            300 NUM 3 nummod
            sailors/sailor NOUN 5 nsubj:pass
            were/be AUX 5 aux:pass
            killed/kill VERB 0 root
            in ADP 8 case
            a DET 8 det
            storm NOUN 5 obl
            . PUNCT 5 punct
            """
        let frame = QuestionFrame(HandParsed.analysis(howManyDied))
        #expect(CausativeVerbs.asksCausedEvent(frame))
        let alignment = FrameAlignment.align(
            frame, with: HandParsed.analysis(sentence), candidate: 1, relations: Engine.Resources.forTests.relations)
        #expect(alignment.predicateFound)
        #expect(alignment.role == 1)
        #expect(alignment.arguments == 1)
    }

    @Test("the causative's object is who underwent the event; its subject, the causer, is the other party")
    func objectNotSubject() {
        let sentence = """
            The DET 2 det
            gale NOUN 3 nsubj
            killed/kill VERB 0 root
            Arno PROPN 3 obj B-PER
            . PUNCT 3 punct
            """
        #expect(HandParsed.role(whoDied, sentence, candidate: 3) == 1)
        #expect(HandParsed.role(whoDied, sentence, candidate: 1) == 0)
        let alignment = FrameAlignment.align(
            QuestionFrame(HandParsed.analysis(whoDied)), with: HandParsed.analysis(sentence), candidate: 1,
            relations: Engine.Resources.forTests.relations)
        #expect(alignment.contrary)
    }

    @Test("a question whose verb has an object, or is passive, asks no caused event")
    func transitiveQuestions() {
        let transitive = """
            Who PRON 2 nsubj
            raised/raise VERB 0 root
            the DET 4 det
            flag NOUN 2 obj
            ? PUNCT 2 punct
            """
        let passive = """
            Who PRON 3 nsubj:pass
            was/be AUX 3 aux:pass
            killed/kill VERB 0 root
            ? PUNCT 3 punct
            """
        #expect(!CausativeVerbs.asksCausedEvent(QuestionFrame(HandParsed.analysis(transitive))))
        #expect(!CausativeVerbs.asksCausedEvent(QuestionFrame(HandParsed.analysis(passive))))
    }

    @Test("the past of the question's own verb is no causative, whatever its lemma")
    func pastForm() {
        let question = """
            What PRON 2 nsubj
            fell/fall VERB 0 root
            ? PUNCT 2 punct
            """
        let sentence = """
            A DET 2 det
            crane NOUN 3 nsubj
            fell/fell VERB 0 root
            . PUNCT 3 punct
            """
        let frame = QuestionFrame(HandParsed.analysis(question))
        #expect(CausativeVerbs.occurrences(for: frame, in: HandParsed.analysis(sentence)).isEmpty)
    }
}
