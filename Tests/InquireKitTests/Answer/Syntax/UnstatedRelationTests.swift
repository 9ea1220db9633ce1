import Testing

@testable import InquireKit

/// A candidate in no asked role whose kind contradicts the asked type is no answer when the corpus never states the
/// question's predicate; on made-up evidence values.
@Suite("Answers from syntax: an unstated relation and a contradicting kind")
struct UnstatedRelationTests {
    /// Evidence of a candidate tagged `kind`, filling the asked role at `role`, acting (subject of an active verb)
    /// or not.
    func evidence(_ kind: EntityKind?, role: Double = 0, acts: Bool = false) -> SyntaxEvidence {
        SyntaxEvidence(
            alignment: FrameAlignment(predicateFound: role > 0, role: role, arguments: 0), entityKind: kind,
            acts: acts)
    }

    @Test("a place that does not act for who, or a person for where, in no asked role, is ruled out")
    func contradictingKinds() {
        #expect(UnstatedRelation.rulesOut(evidence(.place), type: .person))
        #expect(UnstatedRelation.rulesOut(evidence(.place), type: .group))
        #expect(UnstatedRelation.rulesOut(evidence(.person), type: .location))
    }

    @Test("a kind that fits, a place that acts, or a candidate in the asked role stays")
    func kept() {
        #expect(!UnstatedRelation.rulesOut(evidence(.person), type: .person))
        #expect(!UnstatedRelation.rulesOut(evidence(nil), type: .person))
        #expect(!UnstatedRelation.rulesOut(evidence(.place, acts: true), type: .group))
        #expect(!UnstatedRelation.rulesOut(evidence(.place, role: 0.5), type: .person))
        #expect(!UnstatedRelation.rulesOut(evidence(.organization), type: .location))
    }

    @Test("nothing is ruled out when the corpus states the predicate; ruled-out candidates become nil")
    func applied() {
        let syntaxes: [SyntaxEvidence?] = [evidence(.place), evidence(.person), nil]
        let types: [SpanType] = [.person, .person, .person]
        #expect(UnstatedRelation.applied(to: syntaxes, types: types, predicateUnknown: false) == syntaxes)
        #expect(
            UnstatedRelation.applied(to: syntaxes, types: types, predicateUnknown: true) == [
                nil, evidence(.person), nil,
            ])
    }

    @Test("in a text longer than a paragraph, a candidate in no asked role is ruled out whatever its kind")
    func longText() {
        #expect(UnstatedRelation.rulesOut(evidence(.person), type: .person, longText: true))
        #expect(UnstatedRelation.rulesOut(evidence(nil), type: .group, longText: true))
        #expect(!UnstatedRelation.rulesOut(evidence(.person, role: 0.5), type: .person, longText: true))
        #expect(!UnstatedRelation.rulesOut(evidence(.person), type: .person, longText: false))
    }

    @Test("the text is long once it holds more sentences than a paragraph; the predicate must still be unknown")
    func appliedByLength() {
        let syntaxes: [SyntaxEvidence?] = [evidence(.person), evidence(.person, role: 1)]
        let types: [SpanType] = [.person, .person]
        let paragraph = UnstatedRelation.paragraphSentences
        #expect(
            UnstatedRelation.applied(to: syntaxes, types: types, predicateUnknown: true, corpusSentences: paragraph)
                == syntaxes)
        #expect(
            UnstatedRelation.applied(to: syntaxes, types: types, predicateUnknown: true, corpusSentences: paragraph + 1)
                == [nil, evidence(.person, role: 1)])
        #expect(
            UnstatedRelation.applied(
                to: syntaxes, types: types, predicateUnknown: false, corpusSentences: paragraph + 1) == syntaxes)
    }
}
