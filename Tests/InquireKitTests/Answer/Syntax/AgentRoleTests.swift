import Testing

@testable import InquireKit

/// A passive verb's "by" phrase the parse hung below another dependent of the verb, on made-up sentences parsed
/// by hand in the Universal Dependencies style.
@Suite("Answers from syntax: a misattached by-agent")
struct AgentRoleTests {
    let whoListed = """
        Who PRON 2 nsubj
        listed/list VERB 0 root
        the DET 4 det
        mill NOUN 2 obj
        ? PUNCT 2 punct
        """

    @Test("a 'by' phrase under the passive verb's object fills the agent part-way")
    func underObject() {
        let sentence = """
            The DET 2 det
            mill NOUN 4 nsubj:pass
            was/be AUX 4 aux:pass
            listed/list VERB 0 root
            grade NOUN 4 obj
            II NUM 5 flat
            in ADP 8 case
            1950 NUM 6 nmod
            by ADP 11 case
            Harlow PROPN 11 compound B-ORG
            Trust PROPN 6 nmod I-ORG
            . PUNCT 4 punct
            """
        #expect(HandParsed.role(whoListed, sentence, candidate: 10) == AgentRole.attachedBelow)
        #expect(HandParsed.role(whoListed, sentence, candidate: 1) == 0)
    }

    @Test("a 'by' phrase inside the subject, or under an active verb, is no agent of the verb")
    func notAgent() {
        let insideSubject = """
            A DET 2 det
            mill NOUN 6 nsubj:pass
            by ADP 4 case
            Harlow PROPN 2 nmod B-LOC
            was/be AUX 6 aux:pass
            listed/list VERB 0 root
            in ADP 8 case
            1950 NUM 6 obl
            . PUNCT 6 punct
            """
        let active = """
            Osric PROPN 2 nsubj B-PER
            listed/list VERB 0 root
            the DET 4 det
            mill NOUN 2 obj
            by ADP 6 case
            Harlow PROPN 4 nmod B-LOC
            . PUNCT 2 punct
            """
        #expect(HandParsed.role(whoListed, insideSubject, candidate: 3) == 0)
        #expect(HandParsed.role(whoListed, active, candidate: 5) == 0)
        #expect(HandParsed.role(whoListed, active, candidate: 0) == 1)
    }
}

/// How a place found with one preposition fills a place asked with another.
@Suite("Answers from syntax: sources and destinations")
struct SourceDestinationTests {
    @Test("a source fills an asked destination (and a destination an asked source) poorly; other places part-way")
    func sourceForDestination() {
        #expect(SemanticRole.place("from").fit(asked: .place("to")) == 0.2)
        #expect(SemanticRole.place("into").fit(asked: .place("from")) == 0.2)
        #expect(SemanticRole.place("at").fit(asked: .place("to")) == 0.7)
        #expect(SemanticRole.place("in").fit(asked: .place("from")) == 0.7)
        #expect(SemanticRole.place("to").fit(asked: .place("to")) == 1)
        #expect(SemanticRole.place("from").fit(asked: .place(nil)) == 0.5)
    }
}
