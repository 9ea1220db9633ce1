import Testing

@testable import InquireKit

/// The kind of place a question asks for is decided in one place (`PlaceLexicon.askedKind`): by the focus noun's
/// stem when it names a kind the gazetteer lists, else by the answer type; and the words of a name that say place
/// by themselves (`NameTyping`), read by the recognisers and by `PersonTaggedPlaces` alike.
@Suite("Where answers: the asked kind of place and names that say place")
struct AskedPlaceKindTests {
    @Test("the focus noun names the kind; the answer type only when the focus names none")
    func askedKind() {
        #expect(PlaceLexicon.askedKind(answerType: "LOC:other", focus: SnowballStemmer.stem("town")) == .city)
        #expect(PlaceLexicon.askedKind(answerType: "LOC:city", focus: SnowballStemmer.stem("nation")) == .country)
        #expect(PlaceLexicon.askedKind(answerType: "LOC:state", focus: nil) == .region)
        #expect(PlaceLexicon.askedKind(answerType: "LOC:country", focus: SnowballStemmer.stem("road")) == .country)
        #expect(PlaceLexicon.askedKind(answerType: "LOC:other", focus: SnowballStemmer.stem("road")) == nil)
        #expect(PlaceLexicon.focusKind(SnowballStemmer.stem("provinces")) == .region)
    }

    @Test("the scorer reads the asked kind, and a country by the focus noun whatever the answer type")
    func scorerKind() {
        let question = QuestionClassifier(resources: .forTests).classify("Which nation did the envoy visit?")
        var scorer = CandidateScorer(
            shape: QuestionShape(question), weights: [:], expected: [.location],
            gazetteer: Engine.Resources.forTests.gazetteer)
        scorer.answerType = "LOC:other"
        #expect(scorer.placeKind == .country)
        #expect(scorer.asksForCountry)
    }

    @Test("a name of two words or more ending in a place noun, or opening with a place word, says place")
    func namesThatSayPlace() {
        #expect(NameTyping.endsInPlaceNoun(["velda", "center"]))
        #expect(!NameTyping.endsInPlaceNoun(["center"]))
        #expect(NameTyping.opensWithPlaceWord(["fort", "velda"]))
        #expect(!NameTyping.opensWithPlaceWord(["north", "stars"]))
        #expect(NameTyping.opensWithPlaceWord(["north", "islands"]))
        #expect(!NameTyping.opensWithPlaceWord(["mara", "tobin"]))
    }
}
