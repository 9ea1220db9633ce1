import Testing

@testable import InquireKit

/// Over a long text, a candidate's own phrase can tie it to something else than the asked participant
/// (`OtherParticipants+Phrases`); on hand-parsed questions and made-up sentences.
@Suite("Answers from syntax: what a candidate's phrase ties it to")
struct OtherParticipantPhraseTests {
    let relations = Engine.Resources.forTests.relations

    /// Evidence with no asked role, of an entity kind.
    func evidence(role: Double = 0, kind: EntityKind? = .organization) -> SyntaxEvidence {
        .made(role: role, kind: kind)
    }

    let howManyUse = """
        How ADV 2 advmod
        many ADJ 3 amod
        people/person NOUN 4 nsubj
        use VERB 0 root
        the DET 6 det
        tool NOUN 4 obj
        ? PUNCT 4 punct
        """

    @Test("a count said as a part of another noun counts that noun")
    func otherPart() {
        let frame = QuestionFrame(HandParsed.analysis(howManyUse))
        let oneOfProducts = HandParsed.analysis(
            """
            The DET 2 det
            tool NOUN 4 nsubj
            is/be AUX 4 cop
            one/one NUM 0 root
            of ADP 8 case
            the DET 8 det
            best/good ADJ 8 amod
            products/product NOUN 4 nmod
            . PUNCT 4 punct
            """)
        #expect(OtherParticipants.countsOtherPart(3, frame: frame, in: oneOfProducts, relations: relations))
        #expect(
            OtherParticipants.rulesOut(
                3, type: .count, syntax: evidence(kind: nil), frame: frame, in: oneOfProducts, relations: relations))
        let hundredsOfPeople = HandParsed.analysis(
            """
            Hundreds/hundred NUM 6 nsubj
            of ADP 3 case
            thousands/thousand NUM 1 nmod
            of ADP 5 case
            people/person NOUN 3 nmod
            use VERB 0 root
            the DET 8 det
            tool NOUN 6 obj
            . PUNCT 6 punct
            """)
        #expect(!OtherParticipants.countsOtherPart(0, frame: frame, in: hundredsOfPeople, relations: relations))
        let twelvePeople = HandParsed.analysis(
            """
            Twelve/twelve NUM 2 nummod
            people/person NOUN 3 nsubj
            use VERB 0 root
            it/it PRON 3 obj
            . PUNCT 3 punct
            """)
        #expect(!OtherParticipants.countsOtherPart(0, frame: frame, in: twelvePeople, relations: relations))
    }

    @Test("a name telling where the question's own argument comes from is not its agent")
    func originOfOwnArgument() {
        let frame = QuestionFrame(
            HandParsed.analysis(
                """
                Who PRON 2 nsubj
                led/lead VERB 0 root
                the DET 5 det
                survey NOUN 5 compound
                team NOUN 2 obj
                ? PUNCT 2 punct
                """))
        let sentence = HandParsed.analysis(
            """
            A DET 3 det
            survey NOUN 3 compound
            team NOUN 8 nsubj
            from ADP 6 case
            the DET 6 det
            Institute PROPN 3 nmod B-ORG
            has/have AUX 8 aux
            measured/measure VERB 0 root
            rainfall NOUN 8 obj
            with ADP 11 case
            Brill PROPN 8 obl B-PER
            . PUNCT 8 punct
            """)
        #expect(OtherParticipants.isOriginOfOwnArgument(5, frame: frame, in: sentence))
        #expect(!OtherParticipants.isOriginOfOwnArgument(10, frame: frame, in: sentence))
        #expect(
            OtherParticipants.rulesOut(
                5, type: .group, syntax: evidence(kind: .organization), frame: frame, in: sentence,
                relations: relations))
    }
}
