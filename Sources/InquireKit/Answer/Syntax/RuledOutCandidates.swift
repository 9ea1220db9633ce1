/// Why there is no answer when `UnstatedRelation` ruled out every candidate: the predicate no sentence states (or
/// states only apart from the question's other arguments, `RelationApart`), on what ground the candidates went, how
/// many distinct ones, and the best of them (by score, as it would have ranked).
public struct RuledOutCandidates: Sendable, Equatable {
    /// On what ground the candidates were ruled out.
    public enum Ground: String, Sendable {
        /// Over a text longer than a paragraph: each filled no asked role.
        case noAskedRole = "no asked role"
        /// Over a paragraph: each filled no asked role and its entity kind contradicts the asked type.
        case contradictingKind = "a contradicting kind"
        /// Over a text longer than a paragraph whose sentences state the predicate, but none with the question's
        /// other arguments: each filled no asked role.
        case apartFromArguments = "apart from the arguments"
        /// Over a text longer than a paragraph whose sentences state the question's relation only of other
        /// participants (`OtherParticipants`): each was such a participant, or filled no asked role.
        case otherParticipants = "other participants"
        /// Each stood in a sentence naming other years than the question's, in a document naming none of the
        /// question's (`ConflictingYears`): another instance of the event.
        case otherYears = "other years"
    }

    /// The question's predicate (its lemma, "pay"), which no sentence states, nor a form, synonym or derived word
    /// (or, on ground `apartFromArguments`, none with the question's other arguments).
    public let predicate: String
    /// On ground `apartFromArguments`, the head lemmas of the question's other arguments; on ground `otherYears`,
    /// the question's years; empty otherwise.
    public let arguments: [String]
    /// On what ground the candidates were ruled out.
    public let ground: Ground
    /// How many distinct candidates were ruled out (at least 1).
    public let count: Int
    /// The best of them, as it would have ranked.
    public let best: Candidate

    /// Creates the record: `candidates` are the ruled-out ones merged, best first; nil when there are none.
    /// `apartFrom` holds the head lemmas of the question's other arguments when the predicate is stated, but never
    /// with them.
    /// `ofOthers` tells that the corpus states the predicate and the candidates went as other participants
    /// (`OtherParticipants`).
    /// `otherYears` holds the question's years when the candidates went because their sentences name other years
    /// (`ConflictingYears`; then `predicate` is the question's predicate, for reference only).
    public init?(
        predicate: String, longText: Bool, candidates: [Candidate], apartFrom: [String] = [], ofOthers: Bool = false,
        otherYears: [Int] = []
    ) {
        guard let best = candidates.first else { return nil }
        self.predicate = predicate
        if !otherYears.isEmpty {
            arguments = otherYears.map(String.init)
            ground = .otherYears
        } else {
            arguments = apartFrom
            ground =
                !apartFrom.isEmpty
                ? .apartFromArguments : ofOthers ? .otherParticipants : longText ? .noAskedRole : .contradictingKind
        }
        count = candidates.count
        self.best = best
    }

    /// One line for a person: "no sentence states “pay” (nor a form or synonym of it); 4 candidates in no asked
    /// role ruled out, the best “Cres Eastman”", or "no retrieved sentence states “train” with “Molomby”, “lawyer”;
    /// …".
    public var summary: String {
        let noun = count == 1 ? "candidate" : "candidates"
        let which =
            ground == .contradictingKind
            ? "in no asked role and of a kind the question does not ask for" : "in no asked role"
        if ground == .otherYears {
            return "the retrieved sentences name other years than "
                + arguments.map { "\u{201C}\($0)\u{201D}" }.joined(separator: ", ") + "; \(count) \(noun) ruled out, "
                + "the best \u{201C}\(best.text)\u{201D}"
        }
        if ground == .otherParticipants {
            return "the retrieved sentences state \u{201C}\(predicate)\u{201D} only of other participants; \(count) "
                + "\(noun) ruled out, the best \u{201C}\(best.text)\u{201D}"
        }
        let stated =
            ground == .apartFromArguments
            ? "no retrieved sentence states \u{201C}\(predicate)\u{201D} with "
                + arguments.map { "\u{201C}\($0)\u{201D}" }.joined(separator: ", ")
            : "no sentence states \u{201C}\(predicate)\u{201D} (nor a form or synonym of it)"
        return "\(stated); \(count) \(noun) \(which) ruled out, the best \u{201C}\(best.text)\u{201D}"
    }
}
