import Testing

@testable import InquireKit

/// Singular forms of plural nouns.
struct SingularizerTests {
    @Test(arguments: [
        ("children", "child"), ("people", "person"), ("countries", "country"), ("boxes", "box"),
        ("churches", "church"), ("games", "game"), ("horses", "horse"), ("wolves", "wolf"), ("firemen", "fireman"),
        ("glass", "glass"), ("virus", "virus"), ("news", "news"), ("species", "species"), ("analysis", "analysis"),
        ("city", "city"),
    ])
    func singular(plural: String, expected: String) {
        #expect(Singularizer.singular(plural) == expected)
    }

    @Test func candidatesOfferAlternativesForTheLexicon() {
        #expect(Singularizer.candidates("movies").contains("movie"))
        #expect(Singularizer.candidates("olives").contains("olive"))
        #expect(Singularizer.candidates("knives").first == "knife")
    }
}
