/// Why there is no answer when `UnstatedRelation` ruled out every candidate: the predicate no sentence states, on
/// what ground the candidates went, how many distinct ones, and the best of them (by score, as it would have ranked).
public struct RuledOutCandidates: Sendable, Equatable {
    /// On what ground the candidates were ruled out.
    public enum Ground: String, Sendable {
        /// Over a text longer than a paragraph: each filled no asked role.
        case noAskedRole = "no asked role"
        /// Over a paragraph: each filled no asked role and its entity kind contradicts the asked type.
        case contradictingKind = "a contradicting kind"
    }

    /// The question's predicate (its lemma, "pay"), which no sentence states, nor a form, synonym or derived word.
    public let predicate: String
    /// On what ground the candidates were ruled out.
    public let ground: Ground
    /// How many distinct candidates were ruled out (at least 1).
    public let count: Int
    /// The best of them, as it would have ranked.
    public let best: Candidate

    /// Creates the record: `candidates` are the ruled-out ones merged, best first; nil when there are none.
    public init?(predicate: String, longText: Bool, candidates: [Candidate]) {
        guard let best = candidates.first else { return nil }
        self.predicate = predicate
        ground = longText ? .noAskedRole : .contradictingKind
        count = candidates.count
        self.best = best
    }

    /// One line for a person: "no sentence states “pay” (nor a form or synonym of it); 4 candidates in no asked
    /// role ruled out, the best “Cres Eastman”".
    public var summary: String {
        let noun = count == 1 ? "candidate" : "candidates"
        let which =
            ground == .noAskedRole ? "in no asked role" : "in no asked role and of a kind the question does not ask for"
        return "no sentence states \u{201C}\(predicate)\u{201D} (nor a form or synonym of it); \(count) \(noun) "
            + "\(which) ruled out, the best \u{201C}\(best.text)\u{201D}"
    }
}
