/// The antecedent of a relative pronoun the parse did not read as one: "After the defeat of Napoleon, who caused
/// the dissolution of …, Prussia …" parsed with "who caused …" as the main clause. The pronoun stands for the
/// noun or name right before it (past a comma), so that noun plays the pronoun's part in the clause.
extension SentenceAnalysis {
    /// Relative pronouns that stand for a noun before them (not "that", mostly a conjunction, nor "where" or
    /// "when", which stand for a place or a time).
    static let antecedentPronouns: Set<String> = ["who", "whom", "which"]
    /// How many steps a word climbs through name parts and conjuncts to the head of its noun phrase.
    static let antecedentReach = 4

    /// The role of `noun` for `predicate` through a relative pronoun that is a direct dependent of `predicate`
    /// and follows `noun`'s phrase (past a comma), when the parse did not attach `predicate` to a noun as its
    /// relative clause; nil otherwise.
    func unattachedRelativeRole(_ noun: Int, for predicate: Int) -> SemanticRole? {
        guard isNoun(noun), noun < predicate, baseRelation(predicate) != "acl",
            let pronoun = children[predicate].first(where: { child in
                child < predicate && tags[child] == .pron
                    && Self.antecedentPronouns.contains(lemmas[child].lowercased())
            }),
            let antecedent = antecedent(ofRelative: pronoun), phraseHead(of: antecedent) == noun
        else { return nil }
        let role = directRole(pronoun, of: predicate)
        if case .modifier = role { return nil }
        return role
    }

    /// The word right before the relative pronoun `pronoun`, past one comma, when it is a noun or a name.
    func antecedent(ofRelative pronoun: Int) -> Int? {
        var before = pronoun - 1
        if before >= 0, tags[before] == .punct, words[before].text == "," { before -= 1 }
        guard before >= 0, isNoun(before) else { return nil }
        return before
    }

    /// The head of the noun phrase `word` is in, through name parts and conjuncts ("Mars" of "Beyoncé and Bruno
    /// Mars" → "Beyoncé"), as `semanticRole(of:for:)` climbs from a candidate.
    func phraseHead(of word: Int) -> Int {
        var head = word
        var steps = 0
        while heads[head] >= 0, steps < Self.antecedentReach,
            ["conj", "flat", "appos"].contains(baseRelation(head))
                || (baseRelation(head) == "compound" && tags[head] == .propn)
        {
            head = heads[head]
            steps += 1
        }
        return head
    }
}
