/// The agent a "by" phrase names for a passive predicate when the parse hung the phrase off one of the
/// predicate's other dependents instead of the predicate ("was listed grade I in 1954 by English Heritage", with
/// "by English Heritage" under "I"): it fills the agent part-way, as a misattached locative phrase fills the place
/// (`PlaceRole`).
enum AgentRole {
    /// How well such a phrase fills the agent: less than a "by" phrase the tree attaches to the predicate itself.
    static let attachedBelow = 0.7
    /// How many steps up from the candidate a dependent of the predicate is looked for.
    static let reach = 4

    /// The fit of `candidate` as the agent of the passive `predicate` when `asked` is the agent, through a "by"
    /// phrase attached below another dependent of the predicate; nil when that is not the case.
    static func fit(of candidate: Int, for predicate: Int, asked: SemanticRole, in sentence: SentenceAnalysis)
        -> Double?
    {
        guard asked == .agent, candidate >= 0, candidate < sentence.count, predicate >= 0,
            predicate < sentence.count, sentence.tags[predicate] == .verb, sentence.isPassive(predicate),
            ["nmod", "obl"].contains(sentence.baseRelation(candidate)), sentence.preposition(of: candidate) == "by"
        else { return nil }
        var current = sentence.heads[candidate]
        var steps = 0
        while current >= 0, current != predicate, steps < reach {
            if sentence.heads[current] == predicate {
                // The phrase it hangs from is the predicate's object, oblique or time, not its subject.
                guard ["obj", "obl", "xcomp", "advmod"].contains(sentence.baseRelation(current)) else { return nil }
                return attachedBelow
            }
            guard
                ["nmod", "obl", "conj", "appos", "flat", "nummod", "compound"].contains(
                    sentence.baseRelation(current))
            else { return nil }
            current = sentence.heads[current]
            steps += 1
        }
        return nil
    }
}
