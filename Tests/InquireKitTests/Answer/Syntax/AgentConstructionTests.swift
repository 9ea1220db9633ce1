import Testing

@testable import InquireKit

/// Agents stated in other constructions than a subject or a "by" phrase: a passive the parse read as a copular
/// clause, a name joined by a hyphen to a participle, the subject of a light verb carrying an event noun, and an
/// active participle the parse hung off its own subject; on made-up sentences parsed by hand.
@Suite("Answers from syntax: agents in other constructions")
struct AgentConstructionTests {
    let whoLed = """
        Who PRON 2 nsubj
        led/lead VERB 0 root
        the DET 4 det
        coalition NOUN 2 obj
        ? PUNCT 2 punct
        """

    @Test("'By whom was X targeted?' read with a copula still asks the agent, X the patient")
    func passiveReadAsCopula() {
        let question = """
            By ADP 2 case
            whom PRON 5 obl
            was/be AUX 5 cop
            Orvin PROPN 5 nsubj
            targeted/target VERB 0 root
            ? PUNCT 5 punct
            """
        let frame = QuestionFrame(HandParsed.analysis(question))
        #expect(frame.role == .agent)
        #expect(frame.arguments.first?.role == .patient)
        let sentence = """
            Tesmark PROPN 2 nsubj B-ORG
            targeted/target VERB 0 root
            Orvin PROPN 2 obj B-ORG
            . PUNCT 2 punct
            """
        #expect(HandParsed.role(question, sentence, candidate: 0) == 1)
        #expect(HandParsed.role(question, sentence, candidate: 2) == 0)
        // A verb in -ing after "be" is no passive.
        let progressive = HandParsed.analysis(question.replacing("targeted/target", with: "targeting/target"))
        #expect(!progressive.isPassive(4))
    }

    @Test("a capitalised name joined by a hyphen to a past participle is its agent; the noun after undergoes it")
    func hyphenatedAgent() {
        // "The Velmar-led coalition took the port."
        let sentence = """
            The DET 5 det
            Velmar PROPN 4 compound B-ORG
            - PUNCT 2 punct
            led/lead VERB 5 amod
            coalition NOUN 6 nsubj
            took/take VERB 0 root
            the DET 8 det
            port NOUN 6 obj
            . PUNCT 6 punct
            """
        let analysis = HandParsed.analysis(sentence)
        #expect(HyphenAgents.name(before: 3, in: analysis) == 1..<2)
        #expect(analysis.semanticRole(of: 1, for: 3) == .agent)
        #expect(analysis.semanticRole(of: 4, for: 3) == .patient)
        #expect(HandParsed.role(whoLed, sentence, candidate: 1) == 1)
        // A lower-case word before the hyphen ("state-led") names no agent.
        let lowerCase = HandParsed.analysis(
            sentence.replacing("Velmar PROPN 4 compound B-ORG", with: "state NOUN 4 compound"))
        #expect(HyphenAgents.name(before: 3, in: lowerCase) == nil)
        #expect(lowerCase.semanticRole(of: 1, for: 3) != .agent)
    }

    let whoStruck = """
        Who PRON 2 nsubj
        struck/strike VERB 0 root
        the DET 4 det
        depot NOUN 2 obj
        ? PUNCT 2 punct
        """

    @Test("the subject of a light verb whose object names the event is the event's agent")
    func lightVerb() {
        // "The Harlow brigade conducted airstrikes on the depot."
        let sentence = """
            The DET 3 det
            Harlow PROPN 3 compound B-ORG
            brigade NOUN 4 nsubj
            conducted/conduct VERB 0 root
            airstrikes/airstrike NOUN 4 obj
            on ADP 8 case
            the DET 8 det
            depot NOUN 5 nmod
            . PUNCT 4 punct
            """
        #expect(HandParsed.role(whoStruck, sentence, candidate: 2) == LightVerbs.agentFit)
        #expect(FrameAlignment.isClosedCompound("airstrike", of: "strike", tag: .noun))
        #expect(!FrameAlignment.isClosedCompound("airstrike", of: "strike", tag: .verb))
        // Not through a verb that is no light verb: the brigade watched the strikes, it did not strike.
        let watched = sentence.replacing("conducted/conduct", with: "watched/watch")
        #expect(HandParsed.role(whoStruck, watched, candidate: 2) == 0)
    }

    @Test("a past participle with an object of its own, hung off its subject, is active: the noun does it")
    func activeParticipleClause() {
        // "Harlow brigade conducted airstrikes." parsed with "brigade" as the root (a dateline before it).
        let sentence = """
            Harlow PROPN 2 compound B-ORG
            brigade NOUN 0 root
            conducted/conduct VERB 2 acl
            airstrikes/airstrike NOUN 3 obj
            . PUNCT 2 punct
            """
        let analysis = HandParsed.analysis(sentence)
        #expect(analysis.semanticRole(of: 1, for: 2) == .agent)
        // Without the object it is a reduced passive relative: "the brigade conducted to the border".
        let reduced = HandParsed.analysis(
            sentence.replacing("airstrikes/airstrike NOUN 3 obj", with: "north ADV 3 advmod"))
        #expect(reduced.semanticRole(of: 1, for: 2) == .patient)
    }
}
