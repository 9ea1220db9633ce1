import Testing

@testable import InquireKit

/// Whole names on made-up sentences: names joined by an ampersand, lower-case particles joined by a hyphen or an
/// apostrophe, and spaced particles, as the name chunker cuts them and as the analysis widens a cut span.
@Suite("Whole names")
struct WholeNameTests {
    /// The texts of the name chunks of `sentence`.
    func chunks(_ sentence: String) throws -> [String] {
        let view = SentenceView(sentence)
        let names = NameKnowledge(gazetteer: try Engine.Resources.bundled().gazetteer)
        return NameChunker.chunks(view, names: names).map { view.string(view.byteRange($0.words)) }
    }

    @Test(
        "one chunk for a name with an ampersand, a particle or an elided particle",
        arguments: [
            ("ON&K agreed to buy Tornet last year.", "ON&K"),
            ("In 2019 QX&B agreed to buy Tornet.", "QX&B"),
            ("The shares of Marrow & Pell rose after the sale.", "Marrow & Pell"),
            ("The group was led by Abu Karim al-Zawadi until his death.", "Abu Karim al-Zawadi"),
            ("The report was written by Omar bin Talal in the spring.", "Omar bin Talal"),
            ("The estate passed to Jean Dufort d'Arcelle after the war.", "Jean Dufort d'Arcelle"),
            ("The painting was sold by Lotte van Dijkstra in Brugel.", "Lotte van Dijkstra"),
            ("The fighters of el-Nasra took the town.", "el-Nasra"),
        ])
    func wholeNames(sentence: String, name: String) throws {
        #expect(try chunks(sentence).contains(name))
    }

    @Test("an ampersand between lower-case words or a particle without a capital after it makes no name")
    func noNameWithoutCapitals() throws {
        #expect(try !chunks("They sold salt & pepper in Tornet.").contains { $0.contains("&") })
        #expect(try !chunks("The al-ready cut logs lay by Tornet.").contains { $0.hasPrefix("al-") })
    }

    @Test("a span cut inside one analysed word is widened to the whole word")
    func widensInsideWord() throws {
        let analysis = HandParsed.analysis(
            """
            ON&K PROPN 2 nsubj B-ORG
            agreed/agree VERB 0 root
            to PART 4 mark
            buy VERB 2 xcomp
            Tornet PROPN 4 obj B-ORG
            . PUNCT 2 punct
            """)
        let view = SentenceView(analysis.text)
        let cut = try #require(view.words.firstIndex { view.string($0.range) == "K" })
        let span = TypedSpan(view: view, type: .group, words: cut..<(cut + 1), strength: 0.5)
        #expect(SyntaxSpans.widened(span, in: analysis, view: view).text == "ON&K")
        let whole = TypedSpan(view: view, type: .group, words: 0..<(cut + 1), strength: 0.5)
        #expect(SyntaxSpans.widened(whole, in: analysis, view: view) == whole)
    }
}

/// Coordinated places read whole off the tree.
@Suite("Whole names: coordinated places")
struct PlacePairTests {
    let sentence = HandParsed.analysis(
        """
        The DET 2 det
        firm NOUN 3 nsubj
        sold/sell VERB 0 root
        stations NOUN 3 obj
        mainly ADV 7 advmod
        in ADP 7 case
        Varnia PROPN 3 obl B-LOC
        and CCONJ 10 cc
        North PROPN 10 compound B-LOC
        Keltia PROPN 7 conj I-LOC
        . PUNCT 3 punct
        """)

    @Test("a place and its one conjunct after 'and' make one span")
    func pair() {
        #expect(SyntaxSpans.placePair(from: 6..<7, in: sentence) == 6..<10)
        let view = SentenceView(sentence.text)
        let span = TypedSpan(view: view, type: .location, words: 6..<7, strength: 0.5)
        #expect(SyntaxSpans.widened(span, in: sentence, view: view).text == "Varnia and North Keltia")
    }

    @Test("a list of three places or a conjunct that is no name is left alone")
    func noPair() {
        let list = HandParsed.analysis(
            """
            Troops PROPN 2 nsubj
            crossed/cross VERB 0 root
            Varnia PROPN 2 obj B-LOC
            , PUNCT 5 punct
            Keltia PROPN 3 conj B-LOC
            and CCONJ 7 cc
            Orsk PROPN 3 conj B-LOC
            . PUNCT 2 punct
            """)
        #expect(SyntaxSpans.placePair(from: 2..<3, in: list) == nil)
        let common = HandParsed.analysis(
            """
            They PRON 2 nsubj
            left/leave VERB 0 root
            Varnia PROPN 2 obj B-LOC
            and CCONJ 5 cc
            home NOUN 3 conj
            . PUNCT 2 punct
            """)
        #expect(SyntaxSpans.placePair(from: 2..<3, in: common) == nil)
    }
}

/// A person or group that is one common noun, read whole off the tree.
@Suite("Whole names: common nouns for people")
struct PersonNounPhraseTests {
    @Test("a common noun for people is widened to its noun phrase with its 'of' complement")
    func nounPhrase() {
        let sentence = HandParsed.analysis(
            """
            The DET 2 det
            report NOUN 3 nsubj
            went/go VERB 0 root
            to ADP 6 case
            the DET 6 det
            king NOUN 3 obl
            of ADP 8 case
            Varnia PROPN 6 nmod B-LOC
            . PUNCT 3 punct
            """)
        let view = SentenceView(sentence.text)
        let king = TypedSpan(view: view, type: .person, words: 5..<6, strength: 0.5)
        #expect(SyntaxSpans.widened(king, in: sentence, view: view).text == "the king of Varnia")
        let place = TypedSpan(view: view, type: .location, words: 5..<6, strength: 0.5)
        #expect(SyntaxSpans.widened(place, in: sentence, view: view).text == "king")
    }

    @Test("a bare common noun with no determiner or complement is left alone")
    func bareNoun() {
        let sentence = HandParsed.analysis(
            """
            Farmers/farmer NOUN 2 nsubj
            built/build VERB 0 root
            the DET 4 det
            dam NOUN 2 obj
            . PUNCT 2 punct
            """)
        let view = SentenceView(sentence.text)
        let farmers = TypedSpan(view: view, type: .group, words: 0..<1, strength: 0.5)
        #expect(SyntaxSpans.widened(farmers, in: sentence, view: view).text == "Farmers")
    }
}
