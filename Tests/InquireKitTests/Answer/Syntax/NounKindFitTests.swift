import Testing

@testable import InquireKit

/// A *who* candidate headed by a common noun that the noun lexicon types as a thing fits *who* weakly.
@Suite("Answers from syntax: nouns for things answer who weakly")
struct NounKindFitTests {
    @Test("an untagged candidate headed by a noun for a thing fits who as weakly as a place that does not act")
    func thingFitsWhoWeakly() {
        var evidence = SyntaxEvidence(alignment: .none, entityKind: nil)
        evidence.namesThing = true
        #expect(evidence.kindFactor(for: .person) == 0.3)
        #expect(evidence.kindFactor(for: .group) == 0.3)
        #expect(evidence.kindFactor(for: .location) == 1)
        #expect(evidence.kindFactor(for: .count) == 1)
        evidence.entityKind = .organization
        #expect(evidence.kindFactor(for: .group) == 1.2)
    }
}
