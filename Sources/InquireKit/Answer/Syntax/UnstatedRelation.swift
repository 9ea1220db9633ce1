/// Candidates ruled out when the corpus never states the question's relation: with no sentence holding the
/// question's predicate (nor an irregular form, synonym or derived word of it), a candidate the evidence puts in no
/// asked role and whose entity kind contradicts the asked type — a place that does not act for *who*, a person for
/// *where* (`SyntaxEvidence.kindFactor` below 0.5) — is no answer. "Who founded the Kestrel Trust?" over "… the
/// trust's work in Arden province …" gives no answer rather than "Arden".
///
/// Either half alone is common in right answers (a paraphrased predicate; a tagger's wrong kind), so each alone
/// rules nothing out.
package enum UnstatedRelation {
    /// The kind factor below which an entity kind contradicts the asked type.
    static let contradictingKind = 0.5

    /// The syntax evidence of each candidate (of span type `types`), `nil` for a candidate ruled out; nothing is
    /// ruled out when the corpus states the predicate (`predicateUnknown` false).
    package static func applied(
        to syntaxes: [SyntaxEvidence?], types: [SpanType], predicateUnknown: Bool
    ) -> [SyntaxEvidence?] {
        guard predicateUnknown else { return syntaxes }
        return zip(syntaxes, types).map { syntax, type in
            guard let syntax else { return nil }
            return rulesOut(syntax, type: type) ? nil : syntax
        }
    }

    /// Whether a candidate of span type `type` with evidence `syntax` fills no asked role and is of a kind that
    /// contradicts the asked type.
    static func rulesOut(_ syntax: SyntaxEvidence, type: SpanType) -> Bool {
        syntax.alignment.role == 0 && syntax.kindFactor(for: type) < contradictingKind
    }
}
