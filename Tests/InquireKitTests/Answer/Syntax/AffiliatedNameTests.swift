import Testing

@testable import InquireKit

/// *Which newspaper does X write for?*: a name written next to a name the question asks about (its *of* phrase,
/// possessor or parenthesis) is the group it belongs to (`AffiliatedNames`); on made-up sentences, parsed by hand.
@Suite("Answers from syntax: the group named next to the question's name")
struct AffiliatedNameTests {
    static let gazetteer = Engine.Resources.forTests.gazetteer
    static let jo = AffiliatedNames(names: [["jo", "bell"]])

    /// "Jo Bell of the Tarsk Courier wrote the piece ." (the tagger's one person over the whole phrase).
    static let ofPhrase = HandParsed.analysis(
        """
        Jo PROPN 7 nsubj B-PER
        Bell PROPN 1 flat I-PER
        of ADP 6 case I-PER
        the DET 6 det I-PER
        Tarsk PROPN 6 compound I-PER
        Courier PROPN 1 nmod I-PER
        wrote/write VERB 0 root
        the DET 9 det
        piece NOUN 7 obj
        . PUNCT 7 punct
        """)

    @Test("an of phrase, a possessor and a parenthesis after the question's name are its group")
    func affiliations() {
        #expect(Self.jo.mentions(in: Self.ofPhrase) == [0..<2])
        #expect(Self.jo.affiliations(in: Self.ofPhrase, gazetteer: Self.gazetteer) == [4..<6])
        // "The Harbour Party 's Jo Bell won ."
        let possessor = HandParsed.analysis(
            """
            The DET 3 det
            Harbour PROPN 3 compound
            Party PROPN 5 nmod:poss
            's PART 3 case
            Jo PROPN 7 nsubj
            Bell PROPN 5 flat
            won/win VERB 0 root
            . PUNCT 7 punct
            """)
        #expect(Self.jo.affiliations(in: possessor, gazetteer: Self.gazetteer) == [1..<3])
        // "Jo Bell ( Harbour Party ) spoke ."
        let parenthesis = HandParsed.analysis(
            """
            Jo PROPN 7 nsubj
            Bell PROPN 1 flat
            ( PUNCT 5 punct
            Harbour PROPN 5 compound
            Party PROPN 1 appos
            ) PUNCT 5 punct
            spoke/speak VERB 0 root
            . PUNCT 7 punct
            """)
        #expect(Self.jo.affiliations(in: parenthesis, gazetteer: Self.gazetteer) == [3..<5])
        // The surname alone is a mention: "Bell of the Tarsk Courier".
        #expect(
            AffiliatedNames(names: [["bell"]]).affiliations(in: Self.ofPhrase, gazetteer: Self.gazetteer) == [4..<6])
        // Another person's of phrase is not the asked one's.
        #expect(
            AffiliatedNames(names: [["ann", "roe"]]).affiliations(in: Self.ofPhrase, gazetteer: Self.gazetteer).isEmpty)
    }

    @Test("a listed place, a common noun or an object of another preposition is no affiliation")
    func notAffiliations() {
        // "Jo Bell of Toronto spoke ." says where she is from.
        let place = HandParsed.analysis(
            """
            Jo PROPN 5 nsubj
            Bell PROPN 1 flat
            of ADP 4 case
            Toronto PROPN 1 nmod
            spoke/speak VERB 0 root
            """)
        #expect(Self.jo.affiliations(in: place, gazetteer: Self.gazetteer).isEmpty)
        // "Jo Bell of the party spoke ."
        let common = HandParsed.analysis(
            """
            Jo PROPN 6 nsubj
            Bell PROPN 1 flat
            of ADP 5 case
            the DET 5 det
            party NOUN 1 nmod
            spoke/speak VERB 0 root
            """)
        #expect(Self.jo.affiliations(in: common, gazetteer: Self.gazetteer).isEmpty)
        // "Jo Bell met Ann Roe with Tarsk Courier ." : a "with" phrase is no affiliation.
        let with = HandParsed.analysis(
            """
            Jo PROPN 3 nsubj
            Bell PROPN 1 flat
            met/meet VERB 0 root
            Ann PROPN 3 obj
            Roe PROPN 4 flat
            with ADP 8 case
            Tarsk PROPN 8 compound
            Courier PROPN 1 nmod
            """)
        #expect(Self.jo.affiliations(in: with, gazetteer: Self.gazetteer).isEmpty)
    }

    @Test("a which-question asking for an organisation about a named one has names; for a place or a person none")
    func questions() {
        let classifier = QuestionClassifier(resources: .forTests)
        // "Which newspaper does Jo Bell write for ?"
        let frame = QuestionFrame(
            HandParsed.analysis(
                """
                Which DET 2 det
                newspaper NOUN 6 obl
                does/do AUX 6 aux
                Jo PROPN 6 nsubj
                Bell PROPN 4 flat
                write VERB 0 root
                for ADP 2 case
                ? PUNCT 6 punct
                """))
        let question = classifier.classify("Which newspaper does Jo Bell write for?")
        let nouns = Engine.Resources.forTests.nouns
        #expect(
            AffiliatedNames(question: question, frame: frame, expected: [.group], nouns: nouns)?.names == [
                ["jo", "bell"]
            ])
        #expect(AffiliatedNames(question: question, frame: frame, expected: [.person], nouns: nouns) == nil)
        let city = classifier.classify("Which city does Jo Bell live in?")
        #expect(AffiliatedNames(question: city, frame: frame, expected: [.group, .location], nouns: nouns) == nil)
        let artist = classifier.classify("Which artist does Jo Bell admire?")
        #expect(AffiliatedNames(question: artist, frame: frame, expected: [.group, .person], nouns: nouns) == nil)
    }

    @Test("a span over the affiliated name fits as a name of the focus noun's kind; others are unchanged")
    func applied() {
        let view = SentenceView(Self.ofPhrase.text)
        let courier = TypedSpan(view: view, type: .group, words: 3..<6, strength: 0.8)
        let bell = TypedSpan(view: view, type: .person, words: 0..<2, strength: 0.9)
        #expect(courier.text == "the Tarsk Courier")
        let syntaxes = Self.jo.applied(
            to: [.none, .none], spans: [courier, bell], in: Self.ofPhrase, gazetteer: Self.gazetteer)
        #expect(syntaxes.map(\.focusFit) == [FocusNames.fit, 1])
        let spans = Self.jo.spans(in: Self.ofPhrase, view: view, type: .group, gazetteer: Self.gazetteer)
        #expect(spans.map(\.text) == ["Tarsk Courier"])
    }
}
