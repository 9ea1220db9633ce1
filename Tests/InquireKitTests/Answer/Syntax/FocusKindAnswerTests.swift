import Testing

@testable import InquireKit

/// *Which/what* questions answered by the focus noun's kind: a demonym's ground is its country (`DemonymCountries`),
/// a numeral or a plural focus asks for a coordination (`CountedConjuncts`), and an organisation is any named group
/// (`FocusNames.kinds`); on made-up sentences, parsed by hand.
@Suite("Answers from syntax: the focus noun's kind")
struct FocusKindAnswerTests {
    static let gazetteer = Engine.Resources.forTests.gazetteer

    @Test("a demonym before a ground noun names the demonym's country; other phrases name none")
    func demonymGround() {
        let view = SentenceView("The raid on Norwegian soil angered Oslo.")
        let soil = TypedSpan(view: view, type: .location, words: 3..<5, strength: 0.7)
        #expect(soil.text == "Norwegian soil")
        #expect(DemonymCountries.country(of: soil, in: view, gazetteer: Self.gazetteer) == "Norway")
        #expect(
            DemonymCountries.answer(for: soil, in: view, asksForCountry: true, gazetteer: Self.gazetteer) == "Norway")
        // Only a question asking for a country reads it as the country.
        #expect(DemonymCountries.answer(for: soil, in: view, asksForCountry: false, gazetteer: Self.gazetteer) == nil)
        // "Oslo" is no demonym's ground, nor is a lower-case adjective before a ground noun.
        let oslo = TypedSpan(view: view, type: .location, words: 6..<7, strength: 0.9)
        #expect(DemonymCountries.country(of: oslo, in: view, gazetteer: Self.gazetteer) == nil)
        let other = SentenceView("They crossed foreign soil.")
        let foreign = TypedSpan(view: other, type: .location, words: 2..<4, strength: 0.7)
        #expect(DemonymCountries.country(of: foreign, in: other, gazetteer: Self.gazetteer) == nil)
    }

    @Test("a numeral or a plural focus after which/what asks for several; a singular focus does not")
    func askedCount() {
        func words(_ question: String) -> [String] {
            question.lowercased().split { !$0.isLetter && !$0.isNumber }.map(String.init)
        }
        #expect(CountedConjuncts.askedCount(words("Which two rivers meet at the fort?")) == 2)
        #expect(CountedConjuncts.askedCount(words("What three colours does the flag have?")) == 3)
        #expect(
            CountedConjuncts.askedCount(words("Which tribes did the khan unite?"), focus: "tribe", asked: "tribes")
                == CountedConjuncts.several)
        #expect(
            CountedConjuncts.askedCount(words("Which tribe did the khan unite?"), focus: "tribe", asked: "tribe") == nil
        )
        // "species" is written the same in both numbers: no plural is read.
        #expect(
            CountedConjuncts.askedCount(words("Which species lives there?"), focus: "species", asked: "species") == nil)
        #expect(CountedConjuncts.askedCount(words("Who won two titles?")) == nil)
    }

    /// "Both the Kestrel province and the Arden province saw unrest ."
    static let provinces = HandParsed.analysis(
        """
        Both CCONJ 4 cc:preconj
        the DET 4 det
        Kestrel PROPN 4 compound B-LOC
        province NOUN 9 nsubj
        and CCONJ 8 cc
        the DET 8 det
        Arden PROPN 8 compound B-LOC
        province NOUN 4 conj
        saw/see VERB 0 root
        unrest NOUN 9 obj
        . PUNCT 9 punct
        """)

    @Test("the coordination opening with a candidate is offered whole when it has as many members as asked")
    func coordinationSpans() {
        let view = SentenceView(Self.provinces.text)
        let kestrel = TypedSpan(view: view, type: .location, words: 2..<4, strength: 0.9)
        let arden = TypedSpan(view: view, type: .location, words: 6..<8, strength: 0.9)
        #expect(kestrel.text == "Kestrel province")
        let whole = CountedConjuncts.spans(in: Self.provinces, view: view, besides: [kestrel, arden], count: 2)
        #expect(whole.map(\.text) == ["the Kestrel province and the Arden province"])
        #expect(CountedConjuncts.spans(in: Self.provinces, view: view, besides: [kestrel], count: 3).isEmpty)
        #expect(
            CountedConjuncts.spans(
                in: Self.provinces, view: view, besides: [kestrel], count: CountedConjuncts.several
            ).count == 1)
        // The whole coordination fits better than each of its members.
        let spans = [kestrel, arden] + whole
        let none = [SyntaxEvidence](repeating: .none, count: 3)
        let applied = CountedConjuncts.applied(to: none, spans: spans, heads: [3, 7, 3], count: 2, in: Self.provinces)
        #expect(
            applied.map(\.focusFit) == [
                CountedConjuncts.fit.member, CountedConjuncts.fit.member, CountedConjuncts.fit.whole,
            ])
    }

    @Test("members that modify one noun together take that noun; no preposition opens the coordination")
    func sharedNounAndOpeners() {
        // "The khan united the Orvic and Tesk tribes ."
        let tribes = HandParsed.analysis(
            """
            The DET 2 det
            khan NOUN 3 nsubj
            united/unite VERB 0 root
            the DET 8 det
            Orvic ADJ 8 amod
            and CCONJ 7 cc
            Tesk ADJ 5 conj
            tribes/tribe NOUN 3 obj
            . PUNCT 3 punct
            """)
        let view = SentenceView(tribes.text)
        let orvic = TypedSpan(view: view, type: .group, words: 4..<5, strength: 0.6)
        let spans = CountedConjuncts.spans(in: tribes, view: view, besides: [orvic], count: CountedConjuncts.several)
        #expect(spans.map(\.text) == ["Orvic and Tesk tribes"])
        // The coordination of the head's adjectives: one of them with the noun is a member, all of them the whole.
        let tesk = TypedSpan(view: view, type: .group, words: 6..<8, strength: 0.6)
        let fits = CountedConjuncts.applied(
            to: [SyntaxEvidence](repeating: .none, count: 2), spans: [tesk] + spans, heads: [7, 7],
            count: CountedConjuncts.several, in: tribes)
        #expect(fits.map(\.focusFit) == [CountedConjuncts.fit.member, CountedConjuncts.fit.whole])
        // "It was run by such men as Liu and Yao ."
        let men = HandParsed.analysis(
            """
            It PRON 3 nsubj:pass
            was/be AUX 3 aux:pass
            run VERB 0 root
            as ADP 5 case
            Liu PROPN 3 obl
            and CCONJ 7 cc
            Yao PROPN 5 conj
            . PUNCT 3 punct
            """)
        let menView = SentenceView(men.text)
        let liu = TypedSpan(view: menView, type: .person, words: 4..<5, strength: 0.8)
        let pair = CountedConjuncts.spans(in: men, view: menView, besides: [liu], count: 2)
        #expect(pair.map(\.text) == ["Liu and Yao"])
    }

    @Test("a question ending in a noun and a stranded preposition asks for that preposition's object")
    func strandedNounObjects() {
        let question = HandParsed.analysis(
            """
            What DET 2 det
            programme NOUN 0 root
            is/be AUX 2 cop
            the DET 5 det
            plan NOUN 2 nsubj
            part NOUN 2 obj
            of ADP 6 case
            ? PUNCT 2 punct
            """)
        let stranded = StrandedNounObjects(question: question)
        #expect(stranded?.noun == "part" && stranded?.preposition == "of")
        // The words both parses below open with.
        let builtAsPart = """
            It PRON 3 nsubj:pass
            was/be AUX 3 aux:pass
            built/build VERB 0 root
            as ADP 5 case
            part NOUN 3 obl

            """
        // "It was built as part of its Harbour Road initiative ."
        let sentence = HandParsed.analysis(
            builtAsPart
                + """
                of ADP 10 case
                its PRON 10 nmod:poss
                Harbour PROPN 10 compound
                Road PROPN 10 compound
                initiative NOUN 5 nmod
                . PUNCT 3 punct
                """)
        let view = SentenceView(sentence.text)
        #expect(stranded?.objects(in: sentence) == [9])
        let spans = stranded?.spans(in: sentence, view: view, type: .group, besides: []) ?? []
        #expect(spans.map(\.text) == ["its Harbour Road initiative"])
        let pronoun = TypedSpan(view: view, type: .group, words: 0..<1, strength: 0.5)
        let applied = stranded?.applied(to: [.none, .none], spans: spans + [pronoun], heads: [9, 0], in: sentence)
        #expect(applied?.map(\.alignment.role) == [1, 0])
        #expect(applied?.map(\.focusFit) == [FocusNames.fit, 1])
        // "as part of its Harbour and Road initiative" with the conjunct hung off "part": the object goes on.
        let misparsed = HandParsed.analysis(
            builtAsPart
                + """
                of ADP 8 case
                its PRON 8 nmod:poss
                Harbour NOUN 5 nmod
                and CCONJ 11 cc
                Road PROPN 11 compound
                initiative NOUN 5 conj
                . PUNCT 3 punct
                """)
        let misparsedView = SentenceView(misparsed.text)
        #expect(
            stranded?.spans(in: misparsed, view: misparsedView, type: .group, besides: []).map(\.text)
                == ["its Harbour and Road initiative"])
        let continued = stranded?.spans(in: misparsed, view: misparsedView, type: .group, besides: []) ?? []
        let filled = stranded?.applied(to: [.none], spans: continued, heads: [10], in: misparsed)
        #expect(filled?.map(\.alignment.role) == [1])
        // A preposition of the verb after its object is no noun's: "Who did they submit the bill to?"
        let verbs = HandParsed.analysis(
            """
            Who PRON 5 obl
            did/do AUX 5 aux
            they PRON 5 nsubj
            submit VERB 0 root
            the DET 6 det
            bill NOUN 5 obj
            to ADP 1 case
            ? PUNCT 5 punct
            """)
        #expect(StrandedNounObjects(question: verbs) == nil)
        // A question with nothing stranded after a noun has none.
        let other = HandParsed.analysis(
            """
            Who PRON 2 nsubj
            built/build VERB 0 root
            the DET 4 det
            port NOUN 2 obj
            ? PUNCT 2 punct
            """)
        #expect(StrandedNounObjects(question: other) == nil)
    }

    @Test("an adjective of the question's focus noun describes a name it modifies as of the focus noun's kind")
    func focusAdjectives() {
        let frame = QuestionFrame(
            HandParsed.analysis(
                """
                What DET 3 det
                independent ADJ 3 amod
                homeland NOUN 6 obj
                do/do AUX 6 aux
                rebels/rebel NOUN 6 nsubj
                want VERB 0 root
                ? PUNCT 6 punct
                """))
        #expect(FocusNames.adjectives(of: frame) == ["independent"])
        // "They seek an independent Orvland and a free Tesk ."
        let sentence = HandParsed.analysis(
            """
            They PRON 2 nsubj
            seek VERB 0 root
            an DET 5 det
            independent ADJ 5 amod
            Orvland PROPN 2 obj B-LOC
            and CCONJ 9 cc
            a DET 9 det
            free ADJ 9 amod
            Tesk PROPN 5 conj B-LOC
            . PUNCT 2 punct
            """)
        var focus = FocusNames(noun: "homeland")
        focus.adjectives = FocusNames.adjectives(of: frame)
        #expect(focus.isDescribedByAdjective(4..<5, head: 4, in: sentence))
        #expect(!focus.isDescribedByAdjective(8..<9, head: 8, in: sentence))
        let view = SentenceView(sentence.text)
        #expect(focus.adjectiveSpans(in: sentence, view: view, type: .location).map(\.text) == ["Orvland"])
        #expect(FocusNames(noun: "homeland").adjectiveSpans(in: sentence, view: view, type: .location).isEmpty)
    }

    @Test("an organisation is any name described by an organisation's head noun")
    func organisationKinds() {
        let classifier = QuestionClassifier(resources: .forTests)
        let focus = FocusNames(question: classifier.classify("Which organisation did the council ban?"))
        #expect(focus?.kinds.contains("group") == true)
        #expect(FocusNames(question: classifier.classify("Which journal printed the study?"))?.kinds.isEmpty == true)
        // "the Kestrel Front separatist group": a name the tree makes a compound of "group".
        let analysis = HandParsed.analysis(
            """
            the DET 5 det
            Kestrel PROPN 3 compound B-ORG
            Front PROPN 5 compound I-ORG
            separatist NOUN 5 compound
            group NOUN 6 nsubj
            formed/form VERB 0 root
            """)
        #expect(focus?.names(1..<3, head: 2, in: analysis) == true)
        #expect(FocusNames(noun: "journal").names(1..<3, head: 2, in: analysis) == false)
    }
}
