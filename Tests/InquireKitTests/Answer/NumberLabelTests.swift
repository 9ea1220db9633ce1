import Testing

@testable import InquireKit

/// `NumberLabels` through the number recogniser, on made-up sentences.
@Suite("Number recogniser: numbers in names and glued fractions")
struct NumberLabelTests {
    /// The count spans of a sentence with their counted nouns.
    func counts(_ sentence: String) -> [(text: String, noun: String?)] {
        SpanRecognizer(gazetteer: Engine.Resources.forTests.gazetteer).spans(in: sentence).filter { $0.type == .count }
            .map { ($0.text, $0.countedNoun) }
    }

    @Test("digits right after a capitalised word of a name label it and count nothing")
    func labels() {
        #expect(
            counts("The Winter Cup 40 committee will give 25 percent of its money away.").map(\.text) == ["25 percent"])
        #expect(counts("They flew a Boeing 747 across the ocean.").isEmpty)
        #expect(counts("The Navy held the Seaguard 1402 exercise with two ships.").map(\.text) == ["two"])
    }

    @Test("a number after a sentence opener, a stopword or a month, or before a plural noun, still counts")
    func stillCounts() {
        #expect(counts("In 12 games the team lost.").map(\.text) == ["12"])
        #expect(counts("After the Winter Cup XL 10 players joined.").map(\.text) == ["10"])
        #expect(counts("The club, Riverton 3, signed players.").isEmpty)
    }

    @Test("a vulgar fraction glued to the number is part of the count, which counts the noun after it")
    func fractions() {
        let found = counts("Lee recorded 5½ sacks and 2¾ tackles.")
        #expect(found.map(\.text) == ["5½", "2¾"])
        #expect(found.first?.noun == SnowballStemmer.stem("sacks"))
        #expect(NumberLabels.fractionLength(in: Array("5½".utf8), at: 1) == 2)
        #expect(NumberLabels.fractionLength(in: Array("5⅓".utf8), at: 1) == 3)
        #expect(NumberLabels.fractionLength(in: Array("5é".utf8), at: 1) == 0)
    }
}
