import Testing

@testable import InquireKit

@Suite("Person recogniser")
struct PersonRecognizerTests {
    @Test(
        "titles, role words and sentence-initial words are cut from names",
        arguments: [
            ("Painter Anna Holm opened the exhibition in the spring.", "Anna Holm"),
            ("In early 2012, NFL Commissioner Roger Goodell stated that the league planned a show.", "Roger Goodell"),
            ("The speech was given by President Barack Obama in Cairo.", "Barack Obama"),
            ("Pro Bowl quarterback Cam Newton had one of his best seasons.", "Cam Newton"),
            ("Running back C. J. Anderson was the team's leading rusher.", "C. J. Anderson"),
        ])
    func cutsTitles(sentence: String, name: String) {
        #expect(SpanTestSupport.best(.person, in: sentence) == name)
    }

    @Test("ranks belong to the name they precede")
    func keepsRanks() {
        #expect(SpanTestSupport.best(.person, in: "The anthem was sung by Lady Gaga before the game.") == "Lady Gaga")
    }

    @Test("a given name from the census lists makes a strong person")
    func givenNames() throws {
        let strength = try #require(
            SpanTestSupport.strength(of: "Mary Johnson", as: .person, in: "The prize was won by Mary Johnson."))
        #expect(strength >= 0.85)
    }

    @Test("words that only open the sentence are weak names")
    func sentenceInitialWords() {
        let sentence = "Following their loss, the team hired a new coach."
        #expect((SpanTestSupport.strength(of: "Following", as: .person, in: sentence) ?? 0) < 0.1)
    }

    @Test("two names joined by 'and' also form one span")
    func coordination() {
        let sentence = "The game was called by Jim Nantz and Phil Simms for the network."
        #expect(SpanTestSupport.spans(.person, in: sentence).map(\.text).contains("Jim Nantz and Phil Simms"))
        #expect(SpanTestSupport.spans(.person, in: sentence).map(\.text).contains("Phil Simms"))
    }

    @Test("a person is not read inside a place name or a description of a post")
    func notPeople() {
        let sentence = "He is Executive Vice President of Football Operations of the club."
        #expect(
            (SpanTestSupport.strength(of: "President of Football Operations", as: .person, in: sentence) ?? 0) < 0.1)
        let place = "The strikes took place in Sistan and Baluchestan province."
        #expect((SpanTestSupport.strength(of: "Sistan and Baluchestan", as: .person, in: place) ?? 0) < 0.2)
    }

    @Test("a demonym before a noun is an adjective, not a person")
    func demonymAdjectives() {
        let sentence = "Super Bowl 50 was an American football game."
        #expect((SpanTestSupport.strength(of: "American", as: .person, in: sentence) ?? 0) < 0.1)
    }
}
