import Testing

@testable import InquireKit

/// Over a long text, candidates a sentence states only of other participants than the question's are no answer
/// (`OtherParticipants`); on hand-parsed questions and made-up sentences.
@Suite("Answers from syntax: what a sentence states of other participants")
struct OtherParticipantTests {
    let relations = Engine.Resources.forTests.relations

    /// Evidence with no asked role, of an entity kind.
    func evidence(role: Double = 0, kind: EntityKind? = .person) -> SyntaxEvidence { .made(role: role, kind: kind) }

    let whoFlew = """
        Who PRON 2 nsubj
        flew/fly VERB 0 root
        the DET 4 det
        Kestrel PROPN 2 obj
        ? PUNCT 2 punct
        """

    let rowanKestrel = """
        The DET 3 det
        Rowan PROPN 3 compound
        Kestrel PROPN 4 nsubj
        landed/land VERB 0 root
        at ADP 6 case
        dawn NOUN 4 obl
        . PUNCT 4 punct
        """

    @Test("a name that is part of the question's own argument is no answer")
    func ownArgument() {
        let frame = QuestionFrame(HandParsed.analysis(whoFlew))
        let sentence = HandParsed.analysis(rowanKestrel)
        #expect(OtherParticipants.isOwnArgument(1, frame: frame, in: sentence))
        #expect(!OtherParticipants.isOwnArgument(5, frame: frame, in: sentence))
        #expect(
            OtherParticipants.rulesOut(
                1, type: .person, syntax: evidence(), frame: frame, in: sentence, relations: relations))
        // In an asked role it stays.
        #expect(
            !OtherParticipants.rulesOut(
                1, type: .person, syntax: evidence(role: 1), frame: frame, in: sentence, relations: relations))
    }

    let whereBase = """
        Where ADV 2 advmod
        is/be AUX 0 root
        the DET 4 det
        guild NOUN 6 nmod:poss
        's PART 4 case
        base NOUN 2 nsubj
        ? PUNCT 2 punct
        """

    let guildTargeted = """
        The DET 2 det
        guild NOUN 0 root
        , PUNCT 4 punct
        targeted/target VERB 2 acl
        by ADP 6 case
        Arden PROPN 4 obl:agent B-LOC
        , PUNCT 4 punct
        grew/grow VERB 2 acl
        . PUNCT 2 punct
        """

    @Test("a place that acts is no answer to where")
    func actingPlace() {
        let frame = QuestionFrame(HandParsed.analysis(whereBase))
        #expect(OtherParticipants.asksWhere(frame))
        let sentence = HandParsed.analysis(guildTargeted)
        #expect(
            OtherParticipants.rulesOut(
                5, type: .location, syntax: evidence(kind: .place), frame: frame, in: sentence, relations: relations))
    }

    let whoRepaired = """
        Who PRON 2 nsubj
        repaired/repair VERB 0 root
        the DET 4 det
        bridge NOUN 2 obj
        ? PUNCT 2 punct
        """

    let crewsRepairedRoad = """
        Crews/crew NOUN 2 nsubj
        repaired/repair VERB 0 root
        the DET 4 det
        road NOUN 2 obj
        after SCONJ 8 mark
        the DET 7 det
        bridge NOUN 8 nsubj
        closed/close VERB 2 advcl
        . PUNCT 2 punct
        """

    let crewsRepairedBridge = """
        Crews/crew NOUN 2 nsubj
        repaired/repair VERB 0 root
        the DET 4 det
        bridge NOUN 2 obj
        . PUNCT 2 punct
        """

    @Test("the predicate stated only with another party in the opposite role, the question's party elsewhere")
    func otherParty() {
        let frame = QuestionFrame(HandParsed.analysis(whoRepaired))
        let other = HandParsed.analysis(crewsRepairedRoad)
        #expect(OtherParticipants.statedWithOtherParty(frame, in: other, relations: relations) == [1])
        #expect(
            OtherParticipants.statedWithOtherParty(
                frame, in: HandParsed.analysis(crewsRepairedBridge), relations: relations
            ).isEmpty)
        let applied = OtherParticipants.applied(
            to: [evidence(role: 1)], spans: [TypedSpan(type: .group, range: 0..<5, text: "Crews", tokens: 0..<1)],
            heads: [0], frame: frame, in: other, relations: relations, longText: true)
        #expect(applied == [nil])
        let short = OtherParticipants.applied(
            to: [evidence(role: 1)], spans: [TypedSpan(type: .group, range: 0..<5, text: "Crews", tokens: 0..<1)],
            heads: [0], frame: frame, in: other, relations: relations, longText: false)
        #expect(short == [evidence(role: 1)])
    }

    let whereStudied = """
        Where ADV 4 advmod
        did/do AUX 4 aux
        Ro PROPN 4 nsubj
        study VERB 0 root
        ? PUNCT 4 punct
        """

    let roSaid = """
        Ro PROPN 2 nsubj
        said/say VERB 0 root
        her PRON 4 nmod:poss
        parents/parent NOUN 5 nsubj
        came/come VERB 2 ccomp
        from ADP 7 case
        Arden PROPN 5 obl B-LOC
        . PUNCT 2 punct
        """

    let parentsCame = """
        The DET 2 det
        parents/parent NOUN 3 nsubj
        came/come VERB 0 root
        from ADP 5 case
        Arden PROPN 3 obl B-LOC
        . PUNCT 3 punct
        """

    @Test("a place said of another party's clause, the question's party named elsewhere in the sentence")
    func placeOfOtherParty() {
        let frame = QuestionFrame(HandParsed.analysis(whereStudied))
        #expect(OtherParticipants.placeOfOtherParty(6, frame: frame, in: HandParsed.analysis(roSaid)))
        // With the question's party not named, the parents may be it: the place stays.
        #expect(!OtherParticipants.placeOfOtherParty(4, frame: frame, in: HandParsed.analysis(parentsCame)))
    }

    let howManyInjured = """
        How ADV 2 advmod
        many ADJ 3 amod
        miners/miner NOUN 5 nsubj:pass
        were/be AUX 5 aux:pass
        injured/injure VERB 0 root
        ? PUNCT 5 punct
        """

    func twelveMiners(_ verb: String) -> String {
        """
        Twelve/twelve NUM 2 nummod
        miners/miner NOUN 4 nsubj:pass
        were/be AUX 4 aux:pass
        \(verb) VERB 0 root
        . PUNCT 4 punct
        """
    }

    @Test("a count of the subject of another verb than the question's counts another event")
    func otherEvent() {
        let frame = QuestionFrame(HandParsed.analysis(howManyInjured))
        let killed = HandParsed.analysis(twelveMiners("killed/kill"))
        #expect(OtherParticipants.countsOtherEvent(0, frame: frame, in: killed, relations: relations))
        let injured = HandParsed.analysis(twelveMiners("injured/injure"))
        #expect(!OtherParticipants.countsOtherEvent(0, frame: frame, in: injured, relations: relations))
    }

    @Test("a verb whose object states the question's predicate states it too")
    func eventNounObject() {
        let question = HandParsed.analysis(
            """
            How ADV 2 advmod
            many ADJ 3 amod
            guilds/guild NOUN 5 nsubj:pass
            were/be AUX 5 aux:pass
            invited/invite VERB 0 root
            ? PUNCT 5 punct
            """)
        let received = HandParsed.analysis(
            """
            Forty/forty NUM 2 nummod
            guilds/guild NOUN 3 nsubj
            received/receive VERB 0 root
            an/a DET 5 det
            invitation/invitation NOUN 3 obj
            . PUNCT 3 punct
            """)
        let frame = QuestionFrame(question)
        #expect(!OtherParticipants.countsOtherEvent(0, frame: frame, in: received, relations: relations))
        let refused = HandParsed.analysis(
            """
            Forty/forty NUM 2 nummod
            guilds/guild NOUN 3 nsubj
            refused/refuse VERB 0 root
            the/the DET 5 det
            levy/levy NOUN 3 obj
            . PUNCT 3 punct
            """)
        #expect(OtherParticipants.countsOtherEvent(0, frame: frame, in: refused, relations: relations))
    }

    @Test("a count of another noun is no answer over a long text")
    func otherNoun() {
        let frame = QuestionFrame(HandParsed.analysis(howManyInjured))
        var parts = ScoreParts()
        parts.focus = 0.35
        #expect(OtherParticipants.countsOtherNoun(parts, type: .count, frame: frame, longText: true))
        #expect(!OtherParticipants.countsOtherNoun(parts, type: .count, frame: frame, longText: false))
        // In an asked role read through another noun, too.
        parts.role = 0.6
        #expect(OtherParticipants.countsOtherNoun(parts, type: .count, frame: frame, longText: true))
        parts.focus = 1
        #expect(!OtherParticipants.countsOtherNoun(parts, type: .count, frame: frame, longText: true))
    }

    @Test("the reason says the relation is stated only of other participants")
    func summary() throws {
        let candidate = Candidate(
            text: "Crews", type: .group, score: 0.5,
            evidence: Evidence(sentence: 0, text: "Crews repaired the road.", source: "made-up.txt:1", range: nil),
            parts: ScoreParts())
        let record = try #require(
            RuledOutCandidates(predicate: "repair", longText: true, candidates: [candidate], ofOthers: true))
        #expect(record.ground == .otherParticipants)
        #expect(
            record.summary
                == "the retrieved sentences state \u{201C}repair\u{201D} only of other participants; 1 candidate "
                + "ruled out, the best \u{201C}Crews\u{201D}")
    }
}
