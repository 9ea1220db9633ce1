extension FrameAlignment {
    /// For "how many X …": a number counting a noun X that fills the counted noun's role ("four children were
    /// killed" for "How many children were killed?"); at a verb that `causes` the question's event, the counted
    /// noun's role read through `CausativeVerbs.caused(_:)` ("107 pilgrims were killed" for "… pilgrims died").
    static func countRole(
        _ frame: QuestionFrame, in sentence: SentenceAnalysis, candidate: Int, predicate: Int, causes: Bool = false
    ) -> Double {
        guard sentence.baseRelation(candidate) == "nummod", sentence.heads[candidate] >= 0 else { return 0 }
        let noun = sentence.heads[candidate]
        guard let asked = frame.asked, let askedPredicate = frame.predicate,
            var askedRole = frame.analysis.semanticRole(of: asked, for: askedPredicate)
        else { return 0.5 }
        if causes { askedRole = CausativeVerbs.caused(askedRole) }
        let role = sentence.semanticRole(of: noun, for: predicate).map { $0.fit(asked: askedRole) } ?? 0
        return role > 0 ? role : 0.3
    }
}

/// How well a number of an evidence sentence counts what a *how many* question asks about, read from the parse
/// beyond the counted noun itself: whose count it is (the subject of the clause the number stands in, against the
/// names of the question), what kind of the noun it counts (the noun's compound modifier, against the question's),
/// whether it is a count at all (a year after a preposition is a date, not a count), and whether it counts the
/// question's own event or another instance of it (`CountInstances`). A factor of the count's focus fit, 1 when the
/// parse says nothing.
enum CountAlignment {
    /// The factor for a number whose clause has a named subject the question does not name ("Kuechly … forced two
    /// fumbles" for "How many forced fumbles did Thomas Davis have?").
    static let otherSubject = 0.6
    /// The factor for a number counting another kind of the question's noun ("insect species" for "plant
    /// species").
    static let otherKind = 0.6
    /// The factor for a year standing for a time ("in 1978", "since 2005") taken as a count.
    static let year = 0.35
    /// How many heads up from the number the clause's subject is looked for.
    static let clauseDepth = 6

    /// Whether `frame` is of a *how many* or *how much* question.
    static func asksCount(_ frame: QuestionFrame) -> Bool {
        guard let wh = frame.wh, wh + 1 < frame.analysis.count else { return false }
        return frame.analysis.lemmas[wh].lowercased() == "how"
            && ["many", "much"].contains(frame.analysis.lemmas[wh + 1].lowercased())
    }

    /// The factor for the number at word `number` of `sentence` as the answer to the *how many* question `frame`
    /// (1 for another question).
    static func fit(_ frame: QuestionFrame, number: Int, in sentence: SentenceAnalysis) -> Double {
        guard asksCount(frame), sentence.tags.indices.contains(number) else { return 1 }
        var fit = 1.0
        if isYear(number, in: sentence) { fit *= year }
        if countsOtherKind(frame, number: number, in: sentence) { fit *= otherKind }
        if let subject = clauseSubject(of: number, in: sentence), namesOtherSubject(frame, subject, in: sentence) {
            fit *= otherSubject
        }
        return fit * CountInstances.fit(frame, number: number, in: sentence)
    }

    /// Prepositions before a year that make it a time: "in 1978", "since 2005", "until 1990".
    static let timePrepositions: Set<String> = [
        "in", "since", "by", "until", "till", "before", "after", "during", "from", "through", "between", "around",
    ]

    /// Whether the word at `index` is a year standing for a time: four digits from 1000 to 2099 with no comma,
    /// counting no noun (not a `nummod`), after a preposition of time.
    static func isYear(_ index: Int, in sentence: SentenceAnalysis) -> Bool {
        guard CountInstances.isYearForm(sentence.form(index)), sentence.baseRelation(index) != "nummod", index > 0
        else { return false }
        return timePrepositions.contains(sentence.form(index - 1).lowercased())
    }

    /// The noun the number at `number` counts: its `nummod` head.
    static func countedNoun(of number: Int, in sentence: SentenceAnalysis) -> Int? {
        let head = sentence.heads[number]
        return sentence.baseRelation(number) == "nummod" && head >= 0 && sentence.isNoun(head) ? head : nil
    }

    /// Whether the noun the number counts is the question's counted noun, with a compound modifier (a common noun)
    /// where the question's has another one: "2.5 million insect species" for "How many plant species …?".
    static func countsOtherKind(_ frame: QuestionFrame, number: Int, in sentence: SentenceAnalysis) -> Bool {
        guard let asked = frame.asked, frame.countedNoun != nil, let noun = countedNoun(of: number, in: sentence)
        else { return false }
        let question = frame.analysis
        guard
            SnowballStemmer.stem(sentence.lemmas[noun].lowercased())
                == SnowballStemmer.stem(question.lemmas[asked].lowercased())
        else { return false }
        let askedKinds = kinds(of: asked, in: question)
        let kinds = kinds(of: noun, in: sentence)
        guard !askedKinds.isEmpty, !kinds.isEmpty else { return false }
        return askedKinds.isDisjoint(with: kinds)
    }

    /// The stems of the common nouns compounded before the noun at `index` ("insect" of "insect species").
    static func kinds(of index: Int, in analysis: SentenceAnalysis) -> Set<String> {
        Set(
            analysis.children[index].filter { child in
                child < index && analysis.baseRelation(child) == "compound" && analysis.tags[child] == .noun
            }.map { SnowballStemmer.stem(analysis.lemmas[$0].lowercased()) })
    }

    /// The relations of a subjectless verb that shares the subject of the verb it hangs from.
    static let sharedSubjectRelations: Set<Substring> = ["conj", "advcl", "xcomp"]

    /// Relative pronouns that stand for the noun their clause modifies.
    static let relativePronouns: Set<String> = ["who", "which", "that", "whom"]

    /// The subject of the clause the number at `number` stands in: the first word up its heads with a subject,
    /// through coordinated verbs that share their first verb's subject; a relative pronoun stands for the noun its
    /// clause modifies ("Kony Ealy, who had 5 sacks" → *Ealy*).
    static func clauseSubject(of number: Int, in sentence: SentenceAnalysis) -> Int? {
        var current = number
        for _ in 0..<clauseDepth {
            let head = sentence.heads[current]
            guard head >= 0 else { return nil }
            current = head
            if let subject = sentence.children[current].first(where: { sentence.baseRelation($0) == "nsubj" }) {
                return antecedent(ofSubject: subject, clause: current, in: sentence)
            }
            // A verb without a subject of its own: a coordinated one shares its first verb's subject, and so
            // does an adverbial or controlled clause ("Kuechly led the team in tackles, forced two fumbles",
            // "forcing two fumbles"); others (a clause modifying a noun, a complement) stop the walk.
            if sentence.tags[current] == .verb, !sharedSubjectRelations.contains(sentence.baseRelation(current)) {
                return nil
            }
        }
        return nil
    }

    /// The word a clause's subject stands for: for a relative pronoun, the noun its clause modifies (the clause's
    /// head, or the word before the comma before the pronoun: "Kony Ealy, who had …"); for a noun in apposition to
    /// a name ("Jared Allen, a 5-time pro bowler"), the name; the subject itself otherwise.
    static func antecedent(ofSubject subject: Int, clause: Int, in sentence: SentenceAnalysis) -> Int {
        var word = subject
        if relativePronouns.contains(sentence.lemmas[subject].lowercased()) {
            if sentence.baseRelation(clause) == "acl", sentence.heads[clause] >= 0 {
                word = sentence.heads[clause]
            } else if subject >= 1, sentence.form(subject - 1) == ",",
                let noun = sentence.antecedent(ofRelative: subject)
            {
                word = noun
            }
        }
        // The last word of a name ("Ealy" of "Kony Ealy") hangs from its first.
        if sentence.tags[word] == .propn, sentence.baseRelation(word) == "flat", sentence.heads[word] >= 0 {
            word = sentence.heads[word]
        }
        if sentence.tags[word] == .noun, sentence.baseRelation(word) == "appos", sentence.heads[word] >= 0,
            sentence.tags[sentence.heads[word]] == .propn
        {
            word = sentence.heads[word]
        }
        return word
    }

    /// Whether `subject` is a name (a proper noun) none of whose words the question's own subject holds, while that
    /// subject is a name ("How many sacks did Jared Allen have?"): the count is another's.
    static func namesOtherSubject(_ frame: QuestionFrame, _ subject: Int, in sentence: SentenceAnalysis) -> Bool {
        guard sentence.tags[subject] == .propn, let questionNames = subjectNames(of: frame) else { return false }
        return names(subject, in: sentence).allSatisfy { !questionNames.contains($0) }
    }

    /// The lowercased lemmas of the name that is the subject of the question's predicate, when it is one (and
    /// not the counted noun).
    static func subjectNames(of frame: QuestionFrame) -> Set<String>? {
        let question = frame.analysis
        guard let predicate = frame.predicate,
            let subject = question.children[predicate].first(where: { question.baseRelation($0) == "nsubj" }),
            subject != frame.asked, question.tags[subject] == .propn
        else { return nil }
        return Set(names(subject, in: question))
    }

    /// The lowercased lemmas of the name headed by the proper noun at `index`: it and the proper nouns joined to it
    /// as `flat` or `compound`.
    static func names(_ index: Int, in analysis: SentenceAnalysis) -> [String] {
        ([index]
            + analysis.children[index].filter { child in
                analysis.tags[child] == .propn && ["flat", "compound"].contains(analysis.baseRelation(child))
            }).map { analysis.lemmas[$0].lowercased() }
    }
}
