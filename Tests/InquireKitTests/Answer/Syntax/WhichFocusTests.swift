import Testing

@testable import InquireKit

/// *Which* questions: do-support read as the main verb (`DoSupport`), a focus of several words
/// (`FocusNames.compoundKinds`), names of another organisation's kind (`FocusNames.isOtherGroup`), places the
/// gazetteer lists as of the asked kind (`FocusNames.isListed`) and a locative phrase the entity tagger let into a
/// name (`SyntaxSpans.beforeLocativePhrase`); on made-up sentences, parsed by hand and by the engine.
@Suite("Answers from syntax: which questions")
struct WhichFocusTests {
    /// "To which country did her parents take her ?" with *did* parsed as the main verb.
    static let take = HandParsed.analysis(
        """
        To ADP 3 case
        which DET 3 det
        country NOUN 4 obl
        did/do VERB 0 root
        her PRON 6 nmod:poss
        parents/parent NOUN 4 obj
        take VERB 4 advcl
        her PRON 7 obj
        ? PUNCT 4 punct
        """)

    @Test("a do read as the main verb becomes the auxiliary of the bare verb after the subject")
    func doSupportRepaired() {
        #expect(DoSupport.verb(under: 3, in: Self.take) == 6)
        let repaired = DoSupport.repaired(Self.take)
        #expect(repaired.heads[6] == -1)
        #expect(repaired.heads[3] == 6 && repaired.relations[3] == "aux" && repaired.tags[3] == .aux)
        #expect(repaired.heads[5] == 6 && repaired.relations[5] == "nsubj")
        #expect(repaired.heads[2] == 6 && repaired.relations[2] == "obl")
        let frame = QuestionFrame(Self.take)
        #expect(frame.predicateLemma == "take")
        #expect(frame.arguments.contains { $0.role == .agent && $0.head == "parent" })
    }

    @Test("a do with no subject before the verb, or one already an auxiliary, stays as parsed")
    func doSupportLeftAlone() {
        // "What did he do to win ?": the second *do* is the main verb, its clause has no subject of its own.
        let main = HandParsed.analysis(
            """
            What PRON 4 obj
            did/do AUX 4 aux
            he PRON 4 nsubj
            do VERB 0 root
            to PART 6 mark
            win VERB 4 advcl
            ? PUNCT 4 punct
            """)
        #expect(DoSupport.verb(under: 3, in: main) == nil)
        #expect(DoSupport.repaired(main).heads == main.heads)
    }

    @Test("the nouns compounded with the asked noun name its kind")
    func compoundKinds() {
        let question = HandParsed.analysis(
            """
            On ADP 4 case
            which DET 4 det
            television NOUN 4 compound
            channel NOUN 7 obl
            did/do AUX 7 aux
            she PRON 7 nsubj
            speak VERB 0 root
            ? PUNCT 7 punct
            """)
        #expect(FocusNames.compoundKinds(of: QuestionFrame(question)) == ["television"])
    }

    @Test("a group named with another organisation's head noun is of another kind than a channel, not an agency")
    func otherGroups() {
        var channel = FocusNames(noun: "channel")
        channel.kinds = ["television"]
        #expect(channel.isOtherGroup("Harbour Safety Authority"))
        #expect(!channel.isOtherGroup("Tarsk television"))
        #expect(!channel.isOtherGroup("Tarsk"))
        #expect(!FocusNames(noun: "agency").isOtherGroup("Harbour Safety Authority"))
    }

    @Test("a place the gazetteer lists as of the focus noun's kind is listed, whatever noun ends its name")
    func listedPlaces() {
        let gazetteer = Engine.Resources.forTests.gazetteer
        let view = SentenceView("Her parents moved her to the United Kingdom from Switzerland.")
        let kingdom = TypedSpan(view: view, type: .location, words: 6..<8, strength: 0.9)
        #expect(kingdom.text == "United Kingdom")
        #expect(FocusNames(noun: "country").isListed(kingdom, gazetteer: gazetteer))
        #expect(!FocusNames(noun: "city").isListed(kingdom, gazetteer: gazetteer))
        #expect(!FocusNames(noun: "road").isListed(kingdom, gazetteer: gazetteer))
    }

    @Test("a name ends before a lower-case locative phrase that places it, not at a name's own 'of'")
    func locativePhraseCut() {
        // "the Kestrel Hotel near the Old Harbour collapsed", tagged as one place.
        let hotel = HandParsed.analysis(
            """
            the DET 3 det
            Kestrel PROPN 3 compound B-LOC
            Hotel PROPN 8 nsubj I-LOC
            near ADP 7 case I-LOC
            the DET 7 det I-LOC
            Old PROPN 7 compound I-LOC
            Harbour PROPN 3 nmod I-LOC
            collapsed/collapse VERB 0 root
            """)
        #expect(SyntaxSpans.beforeLocativePhrase(1..<7, in: hotel) == 3)
        // "the Museum of Science reopened": "of" is no locative preposition.
        let museum = HandParsed.analysis(
            """
            the DET 2 det
            Museum PROPN 5 nsubj B-ORG
            of ADP 4 case I-ORG
            Science PROPN 2 nmod I-ORG
            reopened/reopen VERB 0 root
            """)
        #expect(SyntaxSpans.beforeLocativePhrase(1..<4, in: museum) == 4)
    }

    @Test("a television named by the focus's compound answers which television channel, not the speaker's agency")
    func televisionChannel() {
        let engine = AnswerRankingTests.engine([
            "Harbour Safety Authority director Mara Tesk, in remarks to al-Tarsk television, said the pier was shut.",
            "The pier will reopen next month.",
        ])
        let answer = engine.answer("On which television channel did the director speak?")
        #expect(answer.text == "al-Tarsk" || answer.text == "al-Tarsk television")
    }
}
