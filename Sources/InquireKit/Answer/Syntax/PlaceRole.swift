/// The place a word names for a predicate when the tree does not hang it off the predicate itself: the name of
/// "the city of X" stands where "city" stands ("sign a treaty in the city of Deabolis"), and a locative phrase the
/// parser attached to one of the predicate's other dependents is read as the predicate's place ("was born on 10
/// November 1483 in Eisleben", "in Eisleben" hung off the date; "signed a treaty with the Byzantines in Deabolis"),
/// and the name of a kind noun so attached takes its noun's place ("stating that … were killed near the town of
/// Saravan").
enum PlaceRole {
    /// How well a locative phrase attached below one of the predicate's dependents fills the predicate's place:
    /// less than a phrase the tree attaches to the predicate itself.
    static let attachedBelow = 0.7
    /// Relations of a verb that states an event of its own beside the one it hangs on.
    static let coordinated: Set<Substring> = ["conj", "parataxis"]
    /// How many steps up from the candidate a dependent of the predicate is looked for.
    static let reach = 4

    /// The role `candidate` plays for `predicate` through a kind noun ("the city of X") or a misattached locative
    /// phrase, with its fit to `asked` (a place); nil when neither applies.
    static func fit(of candidate: Int, for predicate: Int, asked: SemanticRole, in sentence: SentenceAnalysis)
        -> Double?
    {
        guard case .place = asked, candidate >= 0, candidate < sentence.count, sentence.heads[candidate] >= 0 else {
            return nil
        }
        // "spend their lives underground", "fled north": a locative adverb says where by itself.
        if let fit = LocativeAdverbs.fit(of: candidate, for: predicate, asked: asked, in: sentence) { return fit }
        if let noun = kindNoun(over: candidate, in: sentence) {
            guard let role = sentence.semanticRole(of: noun, for: predicate) else {
                // "killed near the town of Saravan" in a clause below the predicate: the name takes the kind
                // noun's place however the noun reaches the predicate.
                return fit(of: noun, for: predicate, asked: asked, in: sentence)
            }
            let fit = role.fit(asked: asked)
            return fit > 0 ? fit : nil
        }
        guard ["nmod", "obl"].contains(sentence.baseRelation(candidate)),
            let preposition = sentence.preposition(of: candidate),
            SentenceAnalysis.locativePrepositions.contains(preposition)
        else { return nil }
        // "go on display at the Visitor Complex": a predicate noun in an oblique of a verb stands where the verb's
        // other locative obliques say.
        let verb = sentence.heads[predicate]
        if sentence.tags[predicate] == .noun, sentence.baseRelation(predicate) == "obl", verb >= 0,
            sentence.heads[candidate] == verb, sentence.baseRelation(candidate) == "obl"
        {
            let fit = SemanticRole.place(preposition).fit(asked: asked) * attachedBelow
            return fit > 0 ? fit : nil
        }
        // Up through the phrases above the candidate to a word the predicate governs directly.
        var current = sentence.heads[candidate]
        var steps = 0
        while current >= 0, current != predicate, steps < reach {
            // A verb coordinated with the predicate (or set beside it) states another event, with a place of its
            // own ("the strikes took place …, came in response to an attack on X"); a clause it governs does not
            // ("found stuffed in the trash", "stating that … were killed near X").
            if sentence.tags[current] == .verb, coordinated.contains(sentence.baseRelation(current)) { return nil }
            if sentence.heads[current] == predicate {
                guard sentence.semanticRole(of: current, for: predicate) != nil else { return nil }
                let fit = SemanticRole.place(preposition).fit(asked: asked) * attachedBelow
                return fit > 0 ? fit : nil
            }
            guard ["nmod", "conj", "appos", "flat", "nummod"].contains(sentence.baseRelation(current)) else {
                return nil
            }
            current = sentence.heads[current]
            steps += 1
        }
        return nil
    }

    /// The kind noun whose "of" complement `candidate` is ("city" in "the city of Deabolis"), if any.
    static func kindNoun(over candidate: Int, in sentence: SentenceAnalysis) -> Int? {
        let noun = sentence.heads[candidate]
        guard noun >= 0, sentence.baseRelation(candidate) == "nmod", sentence.preposition(of: candidate) == "of",
            PlaceLexicon.kindNouns.contains(sentence.lemmas[noun].lowercased())
        else { return nil }
        return noun
    }
}
