import Testing

@testable import InquireKit

@Suite("Location recogniser")
struct LocationRecognizerTests {
    @Test(
        "places by gazetteer, place nouns, openers, introducers and prepositions",
        arguments: [
            ("The strikes took place in Sistan and Baluchestan province.", "Sistan and Baluchestan province"),
            ("Four children were killed near the town of Saravan.", "Saravan"),
            ("The drill will commence from Iran’s Port of Chabahar near the border.", "Port of Chabahar"),
            ("Iran has also carried out airstrikes in Iraq and Syria.", "Iraq and Syria"),
            ("The game was played at Santa Clara, California, last year.", "Santa Clara, California"),
            ("It came in response to an attack on Pakistani soil.", "Pakistani soil"),
            ("Kublai expanded the canal from northern China to Daidu.", "northern China"),
        ])
    func places(sentence: String, place: String) {
        #expect(SpanTestSupport.spans(.location, in: sentence).map(\.text).contains(place))
        #expect((SpanTestSupport.strength(of: place, as: .location, in: sentence) ?? 0) >= 0.6)
    }

    @Test("a word like a demonym before a preposition is a name, not an adjective: 'the Pacific across the basin'")
    func demonymBeforePreposition() {
        let places = SpanTestSupport.spans(.location, in: "Water flowed toward the Pacific across the basin.")
        #expect(places.map(\.text).contains("Pacific"))
        // Before a noun it stays an adjective.
        #expect(
            !SpanTestSupport.spans(.location, in: "Pacific salmon swam up the river.").map(\.text).contains("Pacific"))
    }

    @Test("a known country outranks an unknown capitalised word")
    func gazetteerPlaces() {
        let sentence = "Opium shipments come from Afghanistan, officials said."
        #expect(SpanTestSupport.best(.location, in: sentence) == "Afghanistan")
    }

    @Test("a possessor before a place name is a modifier")
    func possessor() {
        let sentence = "China invested in the Gwadar port in Pakistan’s Baluchistan province."
        let province = SpanTestSupport.strength(of: "Baluchistan province", as: .location, in: sentence) ?? 0
        let country = SpanTestSupport.strength(of: "Pakistan", as: .location, in: sentence) ?? 0
        #expect(province > country)
    }

    @Test("the place of a news dateline is no actor")
    func dateline() {
        let sentence = "Islamabad, Pakistan – Pakistan’s air force conducted airstrikes."
        #expect((SpanTestSupport.strength(of: "Islamabad", as: .group, in: sentence) ?? 0) < 0.2)
        #expect((SpanTestSupport.strength(of: "Islamabad", as: .location, in: sentence) ?? 0) >= 0.6)
    }

    @Test("two countries after a comma are no 'city, region' pair")
    func countryPairs() {
        let sentence = "Unlike Spain, Portugal kept its colonies for longer."
        #expect(!SpanTestSupport.spans(.location, in: sentence).map(\.text).contains("Spain, Portugal"))
    }
}
