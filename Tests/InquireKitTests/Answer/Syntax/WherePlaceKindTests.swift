import Testing

@testable import InquireKit

/// What kind of thing a *where* answer may be: a common noun the noun lexicon types as a thing or as people is
/// offered as no place, and a name the entity tagger alone calls a person's keeps a place's kind fit; on made-up
/// sentences.
@Suite("Where answers: nouns for things and names tagged as people's")
struct WherePlaceKindTests {
    let whereMeet = """
        Where ADV 4 advmod
        do/do AUX 4 aux
        committees/committee NOUN 4 nsubj
        meet VERB 0 root
        ? PUNCT 4 punct
        """

    /// "Committees meet in {determiner} {noun} ."
    func meetIn(_ determiner: String, _ noun: String) -> String {
        """
        Committees/committee NOUN 2 nsubj
        meet VERB 0 root
        in ADP 5 case
        \(determiner) DET 5 det
        \(noun) NOUN 2 obl
        . PUNCT 2 punct
        """
    }

    /// The common noun phrases offered as places for `whereMeet` over `sentence`, with or without the noun lexicon.
    func offered(_ sentence: String, kinds: Bool) -> [String] {
        let analysis = HandParsed.analysis(sentence)
        return PlaceNounPhrases.spans(
            in: analysis, view: SentenceView(analysis.text), besides: [],
            frame: QuestionFrame(HandParsed.analysis(whereMeet)),
            relations: Engine.Resources.forTests.relations, kinds: kinds ? Engine.Resources.forTests.nouns : nil
        ).map(\.text)
    }

    @Test("with the noun lexicon, a noun for a thing in the asked place is no place; a noun for a place still is")
    func thingNounIsNoPlace() {
        #expect(offered(meetIn("this", "position"), kinds: false) == ["this position"])
        #expect(offered(meetIn("this", "position"), kinds: true).isEmpty)
        #expect(offered(meetIn("the", "room"), kinds: true) == ["the room"])
    }

    @Test("a noun for people or for a thing names no place; a noun for a place, or one the lexicon lacks, may")
    func namesNoPlace() {
        let analysis = HandParsed.analysis(meetIn("the", "government"))
        let nouns = Engine.Resources.forTests.nouns
        #expect(PlaceNounPhrases.namesNoPlace(4, in: analysis, kinds: nouns))
        #expect(PlaceNounPhrases.namesNoPlace(4, in: HandParsed.analysis(meetIn("this", "position")), kinds: nouns))
        #expect(!PlaceNounPhrases.namesNoPlace(4, in: HandParsed.analysis(meetIn("the", "room")), kinds: nouns))
        #expect(!PlaceNounPhrases.namesNoPlace(4, in: HandParsed.analysis(meetIn("the", "zzyzx")), kinds: nouns))
    }

    @Test("for a where question, a name tagged as a person's with no given name or surname keeps a place's fit")
    func personTaggedPlace() {
        let text = "The column withdrew to Velmor Gap while John Miller stayed behind."
        let match = SentenceMatch(
            sentence: 0, text: text, terms: ["withdrew"], relations: Engine.Resources.forTests.relations,
            weights: ["withdrew": 1], retrieval: 1)
        let gazetteer = Engine.Resources.forTests.gazetteer
        func scorer(_ question: String, _ expected: [SpanType]) -> CandidateScorer {
            CandidateScorer(
                shape: RelationSupportTests.shape(question), weights: ["withdrew": 1], expected: expected,
                gazetteer: gazetteer)
        }
        let person = SyntaxEvidence(alignment: .none, entityKind: .person)
        func span(_ words: Range<Int>) -> TypedSpan {
            TypedSpan(view: match.view, type: .location, words: words, strength: 0.6)
        }
        let place = span(4..<6)  // "Velmor Gap"
        let named = span(7..<9)  // "John Miller"
        #expect(!PersonTaggedPlaces.namesPerson(place, in: match.view, gazetteer: gazetteer))
        #expect(PersonTaggedPlaces.namesPerson(named, in: match.view, gazetteer: gazetteer))
        let whereScorer = scorer("Where did the column withdraw to?", [.location])
        #expect(whereScorer.kindFactor(place, person, match) == 1)
        #expect(whereScorer.kindFactor(named, person, match) == person.kindFactor(for: .location))
        #expect(person.kindFactor(for: .location) < 1)
        // Another question that takes places among other names keeps the tagger's word.
        let naming = scorer("What did the column reach?", [.person, .location])
        #expect(naming.kindFactor(place, person, match) == person.kindFactor(for: .location))
    }

    @Test("a place noun, a place opener or the gazetteer says a name is a place, whatever names it holds")
    func namesPlace() {
        let view = SentenceView("They met at Fort John Miller near Miller Center in Houston.")
        let gazetteer = Engine.Resources.forTests.gazetteer
        func span(_ words: Range<Int>) -> TypedSpan {
            TypedSpan(view: view, type: .location, words: words, strength: 0.6)
        }
        #expect(PersonTaggedPlaces.namesPlace(span(3..<6), in: view, gazetteer: gazetteer))  // "Fort John Miller"
        #expect(PersonTaggedPlaces.namesPlace(span(7..<9), in: view, gazetteer: gazetteer))  // "Miller Center"
        #expect(PersonTaggedPlaces.namesPlace(span(10..<11), in: view, gazetteer: gazetteer))  // "Houston"
        #expect(!PersonTaggedPlaces.namesPerson(span(3..<6), in: view, gazetteer: gazetteer))
    }

    @Test("an institution named with 'of' reads as a place one can be at, as one named by its last word does")
    func institutionWithOf() {
        let view = SentenceView("He taught at the University of Velda and at Velda College for the Velda Trust.")
        func terms(_ words: Range<Int>) -> [String] { words.map { view.term($0) } }
        #expect(PlaceLexicon.namesInstitution(terms(4..<7)))  // "University of Velda"
        #expect(PlaceLexicon.namesInstitution(terms(9..<11)))  // "Velda College"
        #expect(!PlaceLexicon.namesInstitution(terms(13..<15)))  // "Velda Trust"
        let sentence = "He taught at the University of Velda for years."
        #expect((SpanTestSupport.strength(of: "University of Velda", as: .location, in: sentence) ?? 0) >= 0.65)
    }
}
