import Testing

@testable import InquireKit

/// A person's name as the name alone on made-up sentences: a description before it cut off, titles of address and
/// rank kept, an epithet and a surname's particle taken in.
@Suite("Person name spans")
struct PersonNameSpanTests {
    let names = NameKnowledge(gazetteer: Engine.Resources.forTests.gazetteer)

    /// The text of the span over the words `first` … `last` (as written) of `sentence` once adjusted.
    func adjusted(
        _ sentence: String, from first: String, to last: String, type: SpanType = .person,
        analysis: SentenceAnalysis? = nil
    ) throws -> String {
        let view = SentenceView(sentence)
        let start = try #require(view.words.firstIndex { view.string($0.range).hasPrefix(first) })
        let end = try #require(view.words.lastIndex { view.string($0.range) == last })
        let span = TypedSpan(view: view, type: type, words: start..<(end + 1), strength: 0.8)
        return PersonNameSpans.adjusted(span, in: view, analysis: analysis, names: names).text
    }

    @Test(
        "a description before a name of two words or more is cut off",
        arguments: [
            ("Harbour side defender Tomas Brell scored twice.", "Harbour", "Brell", "Tomas Brell"),
            ("The plan was ruined by the Varnian admiral Petar Oskov in May.", "Varnian", "Oskov", "Petar Oskov"),
            ("Surveyor Daniel Marsh drew the first map of the valley.", "Surveyor", "Marsh", "Daniel Marsh"),
            ("The bridge was opened by Harbour Board Administrator Helen Vask.", "Harbour", "Vask", "Helen Vask"),
            ("In May, Governor of Varnia Helen Vask said so.", "Governor", "Vask", "Helen Vask"),
        ])
    func cutsDescription(sentence: String, first: String, last: String, name: String) throws {
        #expect(try adjusted(sentence, from: first, to: last) == name)
    }

    @Test(
        "titles of address and rank, abbreviations, given names and one-word names stay",
        arguments: [
            ("Major General Anton Rehl took the fort.", "Major", "Rehl"),
            ("King Oskar III signed the charter.", "King", "III"),
            ("Rep. Anna Lind asked the first question.", "Rep", "Lind"),
            ("Francis Aidan Tolle wrote the history.", "Francis", "Tolle"),
            ("Harbour side defender Brell scored twice.", "Harbour", "Brell"),
            ("Tomas Brell and Petar Oskov scored.", "Tomas", "Oskov"),
            ("Tomas Brell, Petar Oskov scored.", "Tomas", "Oskov"),
            ("The Governor of Varnia Harbour Board spoke.", "Governor", "Board"),
        ])
    func keepsName(sentence: String, first: String, last: String) throws {
        let view = SentenceView(sentence)
        let whole = try adjusted(sentence, from: first, to: last)
        #expect(whole.hasPrefix(first) && whole.hasSuffix(last), "\(whole) in \(view.text)")
    }

    @Test("a group span holding a person's name is cut to the name only when a given name opens it")
    func groupSpans() throws {
        #expect(
            try adjusted("Harbour side defender Tomas Brell scored.", from: "Harbour", to: "Brell", type: .group)
                == "Tomas Brell")
        #expect(
            try adjusted("The Varnian navy Harbour Command sailed.", from: "Varnian", to: "Command", type: .group)
                == "Varnian navy Harbour Command")
    }

    @Test("a group span holding a description and a name the entity tagger or the tree gives a person is cut to it")
    func groupSpanOfTaggedPerson() throws {
        let analysis = HandParsed.analysis(
            """
            Harbour PROPN 2 compound B-ORG
            striker NOUN 3 compound
            Zarq PROPN 5 nsubj B-PER
            Velmont PROPN 3 flat I-PER
            scored/score VERB 0 root
            twice ADV 5 advmod
            . PUNCT 5 punct
            """)
        #expect(
            try adjusted(analysis.text, from: "Harbour", to: "Velmont", type: .group, analysis: analysis)
                == "Zarq Velmont")
        #expect(
            try adjusted(analysis.text, from: "Harbour", to: "Velmont", type: .group)
                == "Harbour striker Zarq Velmont")
        let untagged = HandParsed.analysis(
            """
            Harbour PROPN 2 compound B-ORG
            striker NOUN 3 compound
            Zarq PROPN 5 nsubj B-ORG
            Velmont PROPN 3 flat I-ORG
            scored/score VERB 0 root
            . PUNCT 5 punct
            """)
        #expect(
            try adjusted(untagged.text, from: "Harbour", to: "Velmont", type: .group, analysis: untagged)
                == "Harbour striker Zarq Velmont")
        let named = HandParsed.analysis(
            """
            Harbour PROPN 2 compound
            striker NOUN 5 nsubj
            Zarq PROPN 2 flat
            Velmont PROPN 3 flat
            scored/score VERB 0 root
            . PUNCT 5 punct
            """)
        #expect(
            try adjusted(named.text, from: "Harbour", to: "Velmont", type: .group, analysis: named) == "Zarq Velmont")
    }

    @Test("an epithet the parse attaches to a one-word name is taken in")
    func epithet() throws {
        let analysis = HandParsed.analysis(
            """
            The DET 2 det
            city NOUN 3 nsubj
            fell/fall VERB 0 root
            to ADP 5 case
            Oskar PROPN 3 obl B-PER
            the DET 7 det
            Bold ADJ 5 appos
            in ADP 9 case
            spring NOUN 3 obl
            . PUNCT 3 punct
            """)
        #expect(try adjusted(analysis.text, from: "Oskar", to: "Oskar", analysis: analysis) == "Oskar the Bold")
        #expect(try adjusted(analysis.text, from: "Oskar", to: "Oskar") == "Oskar the Bold")
        let elsewhere = HandParsed.analysis(
            """
            They PRON 2 nsubj
            told/tell VERB 0 root
            Oskar PROPN 2 iobj B-PER
            the DET 6 det
            Vesna PROPN 6 compound
            report NOUN 8 nsubj
            was/be AUX 8 cop
            late ADJ 2 ccomp
            . PUNCT 2 punct
            """)
        #expect(try adjusted(elsewhere.text, from: "Oskar", to: "Oskar", analysis: elsewhere) == "Oskar")
        #expect(try adjusted(elsewhere.text, from: "Oskar", to: "Oskar") == "Oskar the Vesna")
    }

    @Test("the particle of a surname written alone is taken in; a whole name is left alone")
    func particle() throws {
        #expect(try adjusted("He was sent for by von Tolle in 1508.", from: "Tolle", to: "Tolle") == "von Tolle")
        #expect(try adjusted("He met Anna de Vries there.", from: "Vries", to: "Vries") == "Vries")
        #expect(
            try adjusted("He was sent for by von Tolle in 1508.", from: "Tolle", to: "Tolle", type: .location)
                == "Tolle")
    }

    /// The fuller name given to the one-word person span over `word` of `sentence`, after `earlier`.
    func fullName(_ sentence: String, _ word: String, earlier: [String] = [], type: SpanType = .person) throws
        -> String?
    {
        let view = SentenceView(sentence)
        let index = try #require(view.words.lastIndex { view.string($0.range) == word })
        let span = TypedSpan(view: view, type: type, words: index..<(index + 1), strength: 0.8)
        return PersonNameSpans.fullName(of: span, in: view, earlier: earlier, names: names)
    }

    @Test("a one-word name takes the given name or title the text gives it nearby")
    func fullNames() throws {
        let earlier = ["The society hired Isabel Marsh in 1910.", "The board met twice."]
        #expect(try fullName("Marsh was its director in 1914.", "Marsh", earlier: earlier) == "Isabel Marsh")
        #expect(try fullName("Colonel Brell took the fort in June.", "Brell") == "Colonel Brell")
        #expect(try fullName("After Anna Lind spoke, Lind left.", "Lind") == "Anna Lind")
        let caught = ["The pass was caught by end R. K. Vask."]
        #expect(try fullName("Vask ran twenty yards.", "Vask", earlier: caught) == "R. K. Vask")
        #expect(try fullName("Vask ran twenty yards.", "Vask", earlier: ["It went to T. Vask."]) == "T. Vask")
    }

    @Test("no fuller name without a given name or title before the same word, or for other spans")
    func noFullName() throws {
        #expect(
            try fullName("Marsh was its director in 1914.", "Marsh", earlier: ["With Marsh gone, it closed."]) == nil)
        #expect(try fullName("Vask ran.", "Vask", earlier: ["It was sent to the UN. Vask was free."]) == nil)
        #expect(try fullName("Marsh was its director in 1914.", "Marsh", earlier: ["Isabel Vask came."]) == nil)
        #expect(try fullName("Colonel Brell took the fort.", "Brell", type: .location) == nil)
    }

    @Test("a possessive name before a person's name of two words is cut off; a group's span keeps it")
    func cutsPossessor() throws {
        #expect(try adjusted("Veltro's Mara Tobin won the seat.", from: "Veltro", to: "Tobin") == "Mara Tobin")
        #expect(try adjusted("Veltro's Tobin won the seat.", from: "Veltro", to: "Tobin") == "Veltro's Tobin")
        #expect(
            try adjusted("Veltro's Mara Tobin won the seat.", from: "Veltro", to: "Tobin", type: .group)
                == "Veltro's Mara Tobin")
    }
}
