/// A role noun introduced by *as*, which says what another word of the clause is: "the hiring of Gary Kubiak as
/// the new head coach", "appointed Maria Lind as chairman", "Lind served as chairman", "Lind was appointed as
/// chairman": the name is the same thing as the noun (its identity), as with "named the chairman" (`xcomp`).
extension SentenceAnalysis {
    /// The identity role of `argument` for the noun `predicate` when `predicate` is an *as* phrase that describes
    /// it: hung off the name itself, or off the verb or noun whose object (its passive subject, its "of"
    /// complement, or with no object its subject) the name is; nil otherwise. "Such as" and "as well as" list
    /// things rather than describe one, and are left alone.
    func asPhraseRole(_ argument: Int, for predicate: Int) -> SemanticRole? {
        guard isNoun(predicate), heads[predicate] >= 0, preposition(of: predicate) == "as",
            let marker = children[predicate].first(where: {
                $0 < predicate && baseRelation($0) == "case" && lemmas[$0].lowercased() == "as"
            }),
            marker == 0 || !["such", "well"].contains(lemmas[marker - 1].lowercased())
        else { return nil }
        let head = heads[predicate]
        if head == argument { return isNoun(argument) ? .identity : nil }
        guard heads[argument] == head, argument != predicate else { return nil }
        let base = baseRelation(argument)
        let object = children[head].first { baseRelation($0) == "obj" }
        if tags[head] == .verb {
            if let object { return object == argument ? .identity : nil }
            return base == "nsubj" ? .identity : nil
        }
        if isNoun(head), ["nmod", "obl"].contains(base), preposition(of: argument) == "of" { return .identity }
        return nil
    }
}
