/// Reading semantic roles off a dependency tree: which role a word plays for a predicate, with the voice undone,
/// through coordination, apposition, relative clauses, participles and shared subjects.
extension SentenceAnalysis {
    /// Prepositions that introduce a place.
    static let locativePrepositions: Set<String> = [
        "in", "at", "near", "on", "inside", "within", "across", "into", "onto", "outside", "throughout", "along",
        "from", "to", "toward", "towards", "around", "beside", "between", "among", "over", "under", "off", "through",
        "beyond", "behind", "above", "below", "past", "opposite", "via", "out",
    ]
    /// Prepositions that introduce a time when their noun is a time word.
    static let temporalPrepositions: Set<String> = [
        "on", "in", "at", "during", "since", "before", "after", "until", "till", "by", "from", "throughout",
    ]
    /// Verbs whose complement is a name ("called", "named", "dubbed", "titled", "known as").
    static let namingVerbs: Set<String> = ["call", "name", "dub", "title", "term", "label", "christen", "know"]
    /// Relative pronouns.
    static let relativePronouns: Set<String> = ["which", "who", "whom", "that", "whose", "where", "when"]
    /// Relations that tie a name or title to the noun it describes.
    static let identityRelations: Set<String> = ["appos", "compound", "flat", "nmod:desc", "nmod:npmod"]

    /// Whether `predicate` is a passive verb (it has a passive auxiliary or subject, or a "by" agent).
    package func isPassive(_ predicate: Int) -> Bool {
        children[predicate].contains { child in
            ["aux:pass", "nsubj:pass", "csubj:pass", "obl:agent"].contains(relations[child])
        }
    }

    /// Whether `index` is a noun or proper noun (a nominal predicate when something depends on it as a verb's
    /// would).
    package func isNoun(_ index: Int) -> Bool { tags[index] == .noun || tags[index] == .propn }

    /// The lemma of the preposition or case marker of `index` ("in" for "in the Hall"), lowercased, if any.
    package func preposition(of index: Int) -> String? {
        let markers = children[index].filter { ["case", "mark"].contains(baseRelation($0)) && $0 < index }
        guard let first = markers.first else { return nil }
        return lemmas[first].lowercased()
    }

    /// Whether `index` names a time: a number, a month or weekday, or a word such as "year", "week", "morning".
    package func isTimeWord(_ index: Int) -> Bool {
        if tags[index] == .num { return true }
        return DateLexicon.isTimeWord(lemmas[index].lowercased())
    }

    /// The role word `index` plays for `predicate`, or nil when the tree does not relate them.
    package func semanticRole(of index: Int, for predicate: Int) -> SemanticRole? {
        guard index != predicate, indices(index, predicate) else { return nil }
        // A title or description of the word ("President X", "X, the president"): the same thing.
        if heads[predicate] == index,
            Self.identityRelations.contains(relations[predicate])
                || baseRelation(predicate) == "appos"
        {
            return isNoun(predicate) ? .identity : nil
        }
        if heads[index] == predicate, baseRelation(index) == "appos" { return .identity }
        // The argument head: through coordination ("A and B beat C"), name parts and appositions.
        var argument = index
        var steps = 0
        while heads[argument] >= 0, heads[argument] != predicate, steps < 6,
            ["conj", "flat", "appos"].contains(baseRelation(argument))
                || (baseRelation(argument) == "compound" && tags[argument] == .propn)
        {
            argument = heads[argument]
            steps += 1
        }
        if heads[argument] == predicate { return directRole(argument, of: predicate) }
        // The head of a relative or participial clause that the predicate heads: "the museum (that) K. founded",
        // "the festival, called …", "strikes launched by Pakistan".
        if heads[predicate] == argument, baseRelation(predicate) == "acl" {
            return clauseHeadRole(argument, clause: predicate)
        }
        // A secondary predicate: "X was named the league's MVP", "X became chairman": the noun completes a verb
        // (xcomp) whose subject is the same thing as the noun.
        if let verb = secondaryPredicateVerb(of: predicate), heads[argument] == verb,
            baseRelation(argument) == "nsubj"
        {
            return .identity
        }
        // A subject shared across coordinated verbs or controlled by the verb above ("K. returned to L. and
        // founded …", "X decided to found …").
        var upper = predicate
        steps = 0
        while ["conj", "xcomp"].contains(baseRelation(upper)), heads[upper] >= 0, steps < 4 {
            let hasOwnSubject = children[upper].contains { baseRelation($0) == "nsubj" }
            if hasOwnSubject { break }
            upper = heads[upper]
            steps += 1
            if heads[argument] == upper, baseRelation(argument) == "nsubj" {
                return isPassive(predicate) ? .patient : .agent
            }
        }
        return nil
    }

    /// The verb a noun `predicate` completes as a secondary predicate ("named [the MVP]", "became [chairman]"),
    /// through an apposition or a name it heads ("the Most Valuable Player (MVP)"); nil when it completes none.
    func secondaryPredicateVerb(of predicate: Int) -> Int? {
        var noun = predicate
        var steps = 0
        while ["appos", "flat"].contains(baseRelation(noun)), heads[noun] >= 0, steps < 3 {
            noun = heads[noun]
            steps += 1
        }
        guard isNoun(noun), baseRelation(noun) == "xcomp", heads[noun] >= 0, tags[heads[noun]] == .verb else {
            return nil
        }
        return heads[noun]
    }

    /// Whether both indices are words of the sentence.
    private func indices(_ a: Int, _ b: Int) -> Bool { a >= 0 && b >= 0 && a < count && b < count }

    /// The role of a direct dependent of `predicate`.
    func directRole(_ argument: Int, of predicate: Int) -> SemanticRole {
        let relation = relations[argument]
        let base = baseRelation(argument)
        let nominalPredicate = isNoun(predicate)
        let copular = children[predicate].contains { baseRelation($0) == "cop" }
        switch base {
        case "nsubj":
            if relation == "nsubj:pass" { return .patient }
            if nominalPredicate && copular { return .identity }
            return isPassive(predicate) ? .patient : .agent
        case "obj":
            return Self.namingVerbs.contains(lemmas[predicate].lowercased()) && !isPassive(predicate) ? .name : .patient
        case "iobj":
            return .recipient
        case "xcomp":
            return Self.namingVerbs.contains(lemmas[predicate].lowercased()) ? .name : .modifier(relation)
        case "nummod":
            return .count
        case "advmod":
            let lemma = lemmas[argument].lowercased()
            if ["where", "there", "here", "abroad", "home", "overseas", "nearby"].contains(lemma) {
                return .place(nil)
            }
            if ["when", "then", "now", "today", "yesterday", "tomorrow"].contains(lemma) { return .time }
            return .modifier(relation)
        case "nmod" where relation == "nmod:poss":
            return nominalPredicate && !copular ? .possessor : .modifier(relation)
        case "obl", "nmod":
            if relation == "obl:agent" { return .agent }
            if relation == "obl:tmod" || relation == "nmod:tmod" { return .time }
            if relation == "obl:npmod" || relation == "nmod:npmod" { return .modifier(relation) }
            guard let preposition = preposition(of: argument) else {
                return isTimeWord(argument) ? .time : .modifier(relation)
            }
            if preposition == "by", isPassive(predicate) || nominalPredicate { return .agent }
            if preposition == "of", nominalPredicate { return .patient }
            if preposition == "as", Self.namingVerbs.contains(lemmas[predicate].lowercased()) { return .name }
            if Self.temporalPrepositions.contains(preposition), isTimeWord(argument) { return .time }
            if Self.locativePrepositions.contains(preposition) { return .place(preposition) }
            return .oblique(preposition)
        default:
            return .modifier(relation)
        }
    }

    /// The role of the noun a relative or participial clause modifies, in that clause: the role of its relative
    /// pronoun; without one, the gap a relative clause leaves (object when the clause has a subject) or the
    /// participle's (a past participle's noun undergoes it, a present participle's does it).
    func clauseHeadRole(_ noun: Int, clause: Int) -> SemanticRole {
        if let pronoun = children[clause].first(where: {
            Self.relativePronouns.contains(lemmas[$0].lowercased()) && (tags[$0] == .pron || tags[$0] == .det)
        }) {
            let role = directRole(pronoun, of: clause)
            if case .modifier = role {} else { return role }
        }
        if relations[clause] == "acl:relcl" {
            return children[clause].contains { baseRelation($0) == "nsubj" } ? .patient : .agent
        }
        let form = words[clause].text.lowercased()
        if form.hasSuffix("ing") { return .agent }
        return .patient
    }
}
