import Testing

@testable import InquireKit

/// A definite description ("the agency") answers with the name an earlier sentence gives it; on made-up sentences.
@Suite("Answers: a definite description stands for an earlier name")
struct DefiniteDescriptionTests {
    static let earlier = [
        "Heavy rain fell across the west coast on Monday.",
        "Norway’s Coastal Weather Agency warned of floods near Bergen.",
    ]

    @Test("the nearest capitalised run ending in the head noun, without a leading The")
    func nameEndingIn() {
        #expect(DefiniteDescriptions.name(endingIn: "agency", in: Self.earlier[1]) == "Norway’s Coastal Weather Agency")
        #expect(DefiniteDescriptions.name(endingIn: "agency", in: "The Coastal Agency warned.") == "Coastal Agency")
        // One capitalised word is no name; nor does a run cross a comma.
        #expect(DefiniteDescriptions.name(endingIn: "agency", in: "The Agency warned.") == nil)
        #expect(DefiniteDescriptions.name(endingIn: "agency", in: "In Oslo, Agency staff met.") == nil)
        #expect(DefiniteDescriptions.name(endingIn: "agency", in: Self.earlier[0]) == nil)
    }

    @Test("a lower-case span after 'the' takes the earlier name; other spans keep their own text")
    func description() {
        let sentence = "The agency said roads were closed."
        let view = SentenceView(sentence)
        let agency = TypedSpan(view: view, type: .group, words: 1..<2, strength: 0.5)
        #expect(agency.text == "agency")
        #expect(
            DefiniteDescriptions.name(for: agency, in: sentence, earlier: Self.earlier)
                == "Norway’s Coastal Weather Agency")
        #expect(DefiniteDescriptions.name(for: agency, in: sentence, earlier: [Self.earlier[0]]) == nil)
        let other = "An agency said roads were closed."
        let indefinite = TypedSpan(view: SentenceView(other), type: .group, words: 1..<2, strength: 0.5)
        #expect(DefiniteDescriptions.name(for: indefinite, in: other, earlier: Self.earlier) == nil)
        let named = "The Agency said roads were closed."
        let capitalised = TypedSpan(view: SentenceView(named), type: .group, words: 1..<2, strength: 0.5)
        #expect(DefiniteDescriptions.name(for: capitalised, in: named, earlier: Self.earlier) == nil)
    }
}
