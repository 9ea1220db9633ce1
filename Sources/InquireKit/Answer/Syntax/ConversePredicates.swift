/// Converse predicates: two verbs that state one event from its two sides, each party in the other's role. "B
/// defeated A" says that A lost to B; "A bought the farm from B" that B sold it to A; "A received the medal from B"
/// that B gave it to A. A question asked with one verb ("Who lost to B?") is answered by a sentence that states the
/// other ("B defeated A"): the question's frame, restated with the converse verb and its roles swapped
/// (`conversed(_:)`), is aligned with the sentence as well (`FrameAlignment.align`).
///
/// The pairs are a closed list (`pairs`), each with the roles it swaps; a question restates only when every core
/// role of its frame (the asked one and each argument's agent, patient or recipient) has its counterpart, so "Who
/// lost the election?" (what was lost, which *defeat* has no place for) keeps its own frame alone.
enum ConversePredicates {
    /// One relation stated from its two sides: the verbs of each side, and each role at a verb of the first side
    /// with the role the same party plays at a verb of the second. The verbs of one side state the relation alike
    /// ("beat" and "defeat"), the roles as they are.
    struct Pair: Sendable {
        /// The lemmas of the verbs of one side.
        let first: [String]
        /// The lemmas of the verbs of the other side.
        let second: [String]
        /// Each role at a verb of `first` with the role the same party plays at a verb of `second`.
        let roles: [(SemanticRole, SemanticRole)]
    }

    /// The role of a phrase with the preposition `preposition`, as the role reading gives it (`SentenceAnalysis`):
    /// a place for a locative preposition ("lost to B", "bought from B"), another oblique otherwise.
    static func prepositional(_ preposition: String) -> SemanticRole {
        SentenceAnalysis.locativePrepositions.contains(preposition) ? .place(preposition) : .oblique(preposition)
    }

    /// The winner and the loser: "B defeated A" / "A lost to B".
    static let contest: [(SemanticRole, SemanticRole)] = [(.agent, prepositional("to")), (.patient, .agent)]
    /// The giver, the receiver and the thing: "B gave A the prize" / "A received the prize from B".
    static let transfer: [(SemanticRole, SemanticRole)] = [
        (.agent, prepositional("from")), (.recipient, .agent), (prepositional("to"), .agent), (.patient, .patient),
    ]

    /// The converse pairs, as data: contests, sales, gifts and loans, teaching.
    static let pairs: [Pair] = [
        Pair(first: ["defeat", "beat", "vanquish", "trounce", "overcome"], second: ["lose"], roles: contest),
        Pair(first: ["sell"], second: ["buy", "purchase"], roles: transfer),
        Pair(first: ["give", "award", "grant"], second: ["receive", "get"], roles: transfer),
        Pair(first: ["lend", "loan"], second: ["borrow"], roles: transfer),
        Pair(first: ["teach"], second: ["learn"], roles: transfer),
    ]

    /// Whether a role is a core role a converse must restate: the doer, the one it is done to, the receiver (a
    /// phrase with a preposition the pair does not swap, "by 400 votes", is kept as it is).
    static func isCore(_ role: SemanticRole) -> Bool {
        [.agent, .patient, .recipient].contains(role)
    }

    /// The role a party playing `role` at one verb of a pair plays at the other (`mapping` from the one to the
    /// other); nil when the pair has no counterpart for it. A place and another oblique with the same preposition
    /// are the same role here.
    static func counterpart(of role: SemanticRole, in mapping: [(SemanticRole, SemanticRole)]) -> SemanticRole? {
        mapping.first { same($0.0, role) }?.1
    }

    /// Whether two roles are the same for a converse: equal, or phrases with the same preposition.
    static func same(_ a: SemanticRole, _ b: SemanticRole) -> Bool {
        a == b || (preposition(of: a) != nil && preposition(of: a) == preposition(of: b))
    }

    /// The preposition of a place or another oblique.
    static func preposition(of role: SemanticRole) -> String? {
        switch role {
        case .place(let preposition): preposition
        case .oblique(let preposition): preposition
        default: nil
        }
    }

    /// The frames that restate `frame` with another verb of its predicate's relation: one of the same side, roles
    /// as they are, or a converse verb, roles swapped. Empty when the predicate is in no pair; a restating is left
    /// out when a core role of the frame has no counterpart at it, or none of the frame's arguments is restated (a
    /// converse with none of the question's parties says nothing of them). A causative frame is not restated.
    static func conversed(_ frame: QuestionFrame) -> [QuestionFrame] {
        guard let lemma = frame.predicateLemma, let asked = frame.role, !frame.causative else { return [] }
        var frames: [QuestionFrame] = []
        for restated in restatings(of: lemma) where !frames.contains(where: { $0.predicateLemma == restated.lemma }) {
            guard let role = counterpart(of: asked, in: restated.mapping) else { continue }
            var arguments: [QuestionFrame.Argument] = []
            var restatedParty = false
            var complete = true
            for argument in frame.arguments {
                var moved = argument
                if let other = counterpart(of: argument.role, in: restated.mapping) {
                    moved.role = other
                    restatedParty = true
                } else if isCore(argument.role) {
                    complete = false
                }
                arguments.append(moved)
            }
            guard complete, restatedParty else { continue }
            var converse = frame
            converse.predicateLemma = restated.lemma
            converse.role = role
            converse.arguments = arguments
            frames.append(converse)
        }
        return frames
    }

    /// The verbs that restate `lemma`'s relation, each with the roles its parties play there: the other verbs of
    /// its side (roles as they are), then the verbs of the other side (roles swapped).
    static func restatings(of lemma: String) -> [(lemma: String, mapping: [(SemanticRole, SemanticRole)])] {
        var found: [(lemma: String, mapping: [(SemanticRole, SemanticRole)])] = []
        for pair in pairs {
            if pair.first.contains(lemma) {
                let kept = pair.roles.map { ($0.0, $0.0) }
                found += pair.first.filter { $0 != lemma }.map { ($0, kept) }
                found += pair.second.map { ($0, pair.roles) }
            } else if pair.second.contains(lemma) {
                let kept = pair.roles.map { ($0.1, $0.1) }
                found += pair.second.filter { $0 != lemma }.map { ($0, kept) }
                found += pair.first.map { ($0, pair.roles.map { ($0.1, $0.0) }) }
            }
        }
        return found
    }
}
