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

    /// Whether `predicate` is a passive verb (it has a passive auxiliary or subject, or a "by" agent, or is a past
    /// participle after a form of *be* the parse read as a copula: "By whom was X targeted?").
    package func isPassive(_ predicate: Int) -> Bool {
        children[predicate].contains { child in
            ["aux:pass", "nsubj:pass", "csubj:pass", "obl:agent"].contains(relations[child])
        } || isParticipleAfterBe(predicate)
    }

    /// Whether `predicate` is a verb in a past-participle form (not its base form, not in *-ing*) with a form of
    /// *be* before it as its copula: a passive the parse took for a copular clause.
    func isParticipleAfterBe(_ predicate: Int) -> Bool {
        guard tags[predicate] == .verb, hasPastParticipleForm(predicate) else { return false }
        return children[predicate].contains { child in
            child < predicate && baseRelation(child) == "cop" && lemmas[child].lowercased() == "be"
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

    /// Whether word `index` is written in a past form: not its lemma's form, and not in *-ing* ("claimed", "led";
    /// not "claim", "leading").
    func hasPastParticipleForm(_ index: Int) -> Bool {
        let form = words[index].text.lowercased()
        return form != lemmas[index].lowercased() && !form.hasSuffix("ing")
    }

    /// The role word `index` plays for `predicate`, or nil when the tree does not relate them.
    package func semanticRole(of index: Int, for predicate: Int) -> SemanticRole? {
        guard index != predicate, indices(index, predicate) else { return nil }
        // "an Islamic State-claimed bombing": the name before the hyphen claimed it.
        if HyphenAgents.isAgent(index, of: predicate, in: self) { return .agent }
        // A title or description of the word ("President X", "X, the president"): the same thing.
        if heads[predicate] == index,
            Self.identityRelations.contains(relations[predicate])
                || baseRelation(predicate) == "appos"
        {
            return isNoun(predicate) ? .identity : nil
        }
        if heads[index] == predicate, baseRelation(index) == "appos" { return .identity }
        if isCommaApposition(index, after: predicate) { return .identity }
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
        // "A storm caused a crane to fall": the crane falls, however the parse hung it.
        if let role = causeeRole(argument, for: predicate) { return role }
        if heads[argument] == predicate { return directRole(argument, of: predicate) }
        // A title set off by a comma that the parse took for a conjunct ("Ed Whitfield, Chairman of the
        // Subcommittee"): the same thing as the name, as an apposition is.
        if heads[predicate] == argument, isAppositiveConjunct(predicate) { return .identity }
        // The head of a relative or participial clause that the predicate heads: "the museum (that) K. founded",
        // "the festival, called …", "strikes launched by Pakistan".
        if heads[predicate] == argument, baseRelation(predicate) == "acl" {
            return clauseHeadRole(argument, clause: predicate)
        }
        // A participle before its noun ("the claimed bombing", "the ruling party"): as a participial clause.
        if heads[predicate] == argument, baseRelation(predicate) == "amod", tags[predicate] == .verb {
            return clauseHeadRole(argument, clause: predicate)
        }
        // A secondary predicate: "X was named the league's MVP", "X became chairman": the noun completes a verb
        // (xcomp) whose subject is the same thing as the noun.
        // With an object, the object is what the noun describes ("made Ralph earl", "appointed X archbishop").
        if let verb = secondaryPredicateVerb(of: predicate) {
            if heads[argument] == verb {
                let object = children[verb].first { baseRelation($0) == "obj" }
                if let object { return object == argument ? .identity : nil }
                if baseRelation(argument) == "nsubj" { return .identity }
            } else if controllerRole(argument, for: verb) == .agent {
                // A verb of becoming with no subject of its own: the one who controls it becomes the noun ("X
                // convinced Y to become the first president": Y is the president).
                return .identity
            }
        }
        if let role = asPhraseRole(argument, for: predicate) { return role }
        if let role = unattachedRelativeRole(argument, for: predicate) { return role }
        return controllerRole(argument, for: predicate)
    }

    /// Whether the name `index` belongs to stands right after the noun `predicate` and a comma, as an apposition the
    /// parse hung elsewhere: "in the words of the Crown prosecutor, Mark Tedeschi, QC" with *Mark Tedeschi* attached
    /// to *words* names the prosecutor all the same.
    func isCommaApposition(_ index: Int, after predicate: Int) -> Bool {
        var name = index
        while baseRelation(name) == "flat", heads[name] >= 0 { name = heads[name] }
        guard tags[predicate] == .noun, tags[name] == .propn, baseRelation(name) == "appos", heads[name] != predicate,
            predicate + 2 < count, words[predicate + 1].text == ","
        else { return false }
        return phrase(headedBy: name, conjuncts: false).lowerBound == predicate + 2
    }

    /// The role of `argument` for a `predicate` that has no subject of its own, as the subject of the verb above
    /// it: a subject shared across coordinated verbs ("K. returned to L. and founded …"), controlled by the verb
    /// above ("X decided to found …", "X conquered England, killing …"), or, when that verb has an object, the
    /// object ("Y commissioned Z to write …": Z writes).
    func controllerRole(_ argument: Int, for predicate: Int) -> SemanticRole? {
        var upper = predicate
        var steps = 0
        var passive = isPassive(predicate)
        while ["conj", "xcomp", "advcl"].contains(baseRelation(upper)), heads[upper] >= 0, steps < 4 {
            let hasOwnSubject = children[upper].contains { baseRelation($0) == "nsubj" }
            if hasOwnSubject { break }
            let link = baseRelation(upper)
            if link == "advcl" {
                guard let participlePassive = subjectlessAdjunct(upper), !quoted(between: upper, heads[upper]),
                    !participlePassive || upper < heads[upper]
                else { break }
                passive = passive || participlePassive
            }
            let lower = upper
            upper = heads[upper]
            steps += 1
            // The subject of a causative makes another do what its infinitive states ("A storm caused a crane to
            // fall": the storm did not fall).
            if causes(upper, lower) { return nil }
            if link == "xcomp", tags[lower] == .verb,
                let object = children[upper].first(where: { baseRelation($0) == "obj" })
            {
                // Object control: the object of the verb above does what the infinitive states.
                return argument == object ? (passive ? .patient : .agent) : nil
            }
            if heads[argument] == upper, baseRelation(argument) == "nsubj" {
                return passive ? .patient : .agent
            }
        }
        return nil
    }

    /// For an adverbial clause with no subject of its own, whether its verb is a bare past participle (passive:
    /// "Founded by X in 1900, the museum …", read only before the main verb: one after it is mostly a reduced
    /// relative clause of the noun before it) or not ("…, killing Y"; "after founding Y"; "to found Y"); nil when
    /// it is no verb or a conjunction of time or condition that needs a subject of its own introduces it.
    func subjectlessAdjunct(_ clause: Int) -> Bool? {
        guard tags[clause] == .verb else { return nil }
        let marks = children[clause].filter { baseRelation($0) == "mark" }.map { lemmas[$0].lowercased() }
        guard marks.allSatisfy({ Self.controlledMarks.contains($0) }) else { return nil }
        let form = words[clause].text.lowercased()
        let hasAuxiliary = children[clause].contains { ["aux", "aux:pass"].contains(relations[$0]) }
        if form.hasSuffix("ing") || marks.contains("to") || hasAuxiliary { return isPassive(clause) }
        return form != lemmas[clause].lowercased()
    }

    /// Whether a quotation mark stands between words `a` and `b`: a quoted clause is what someone says, not
    /// something the speaker does.
    func quoted(between a: Int, _ b: Int) -> Bool {
        (min(a, b)..<max(a, b)).contains { index in
            tags[index] == .punct && ["\"", "“", "”", "'", "‘", "’", "``", "''"].contains(words[index].text)
        }
    }

    /// Markers of an adverbial clause whose missing subject is the main clause's ("after founding", "to found",
    /// "by founding", "while leading").
    static let controlledMarks: Set<String> = [
        "to", "after", "before", "while", "by", "in", "on", "upon", "since", "without", "for", "of",
    ]

    /// Whether `index` is a conjunct the parse hung off a name with no conjunction of its own and a comma before
    /// it, heading no list (no other conjunct of its head has one): an apposition misread ("X, Chairman of Y").
    func isAppositiveConjunct(_ index: Int) -> Bool {
        let head = heads[index]
        guard head >= 0, head < index, baseRelation(index) == "conj", isNoun(index), tags[head] == .propn,
            !children[index].contains(where: { baseRelation($0) == "cc" })
        else { return false }
        let start = children[index].filter { $0 < index && baseRelation($0) != "punct" }.min() ?? index
        guard start > 0, words[start - 1].text == "," else { return false }
        return !children[head].contains { other in
            baseRelation(other) == "conj" && other != index
        }
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
        // A past form with an object of its own and no passive mark is an active verb the parse hung off its
        // subject ("Islamabad – Pakistan's air force conducted airstrikes …" rooted at *force*).
        if children[clause].contains(where: { baseRelation($0) == "obj" }), !isPassive(clause) { return .agent }
        return .patient
    }
}
