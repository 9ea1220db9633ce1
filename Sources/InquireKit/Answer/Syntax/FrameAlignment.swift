import Foundation

/// How an evidence sentence lines up with a question's frame around one candidate: whether the sentence states
/// the question's predicate (the lemma, an irregular form, a WordNet synonym or derived word), whether the
/// candidate fills the asked role there, and how many of the question's other arguments stand in their roles.
package struct FrameAlignment: Sendable, Equatable {
    /// Whether the sentence states the predicate at all.
    package var predicateFound: Bool
    /// How well the candidate fills the asked role of the best predicate occurrence (0…1).
    package var role: Double
    /// The share of the question's other arguments found in their roles (1), in the predicate's clause (0.5) or
    /// elsewhere in the sentence (0.2) at that occurrence (0…1; 1 when the question has none).
    package var arguments: Double
    /// Whether the candidate plays, at a statement of the predicate, the core role opposite the asked one and fills
    /// the asked role at none: the doer when the question asks who underwent it, or the other way round ("Newton
    /// was sacked by Ware" for *Who was sacked?*: Ware is the other party of the event, not the answer).
    package var contrary = false

    /// The most occurrences of the predicate an alignment looks at, nearest the candidate first.
    static let occurrenceLimit = 4
    /// How far (in words) from the predicate an argument's word is looked for.
    static let argumentWindow = 40

    /// No alignment: the sentence does not state the predicate.
    package static let none = FrameAlignment(predicateFound: false, role: 0, arguments: 0)

    /// Aligns `frame` with `sentence` around the candidate headed by `candidate`. A third-person pronoun counts
    /// as an argument's word when `antecedent` (the lemmas of the previous sentence's subject) holds it.
    package static func align(
        _ frame: QuestionFrame, with sentence: SentenceAnalysis, candidate: Int, antecedent: Set<String> = [],
        relations: RelationLexicon
    ) -> FrameAlignment {
        var best = alignStated(
            frame, with: sentence, candidate: candidate, antecedent: antecedent, relations: relations)
        // "B defeated A" for *Who lost to B?*: the question restated with a converse verb, its roles swapped.
        for converse in ConversePredicates.conversed(frame) {
            let other = alignStated(
                converse, with: sentence, candidate: candidate, antecedent: antecedent, relations: relations)
            if other.role > 0, other.role + 0.5 * other.arguments > best.role + 0.5 * best.arguments { best = other }
        }
        return best
    }

    /// Aligns `frame` with `sentence` around the candidate headed by `candidate` at the statements of the frame's
    /// own predicate (`align(_:with:candidate:antecedent:relations:)`, without converse verbs).
    static func alignStated(
        _ frame: QuestionFrame, with sentence: SentenceAnalysis, candidate: Int, antecedent: Set<String>,
        relations: RelationLexicon
    ) -> FrameAlignment {
        guard let asked = frame.role, let lemma = frame.predicateLemma else { return .none }
        // "According to X, …": X reported it, whatever verb the sentence states.
        let source = ReportSources.alignment(frame, with: sentence, candidate: candidate)
        let occurrences = predicateOccurrences(of: lemma, in: sentence, relations: relations)
        // "107 pilgrims were killed" for "How many pilgrims died?": a causative states the event, roles moved.
        let causing = CausativeVerbs.occurrences(for: frame, in: sentence).filter { !occurrences.contains($0) }
        guard !occurrences.isEmpty || !causing.isEmpty else { return source ?? .none }
        let caused = causing.isEmpty ? frame : CausativeVerbs.causedFrame(frame)
        var best = FrameAlignment(predicateFound: true, role: 0, arguments: 0)
        var contrary = false
        // The occurrences nearest the candidate, at most four: a sentence that repeats its predicate many times
        // (a run-on list) costs no more than one that states it a few times.
        let nearest = (occurrences.map { (index: $0, causes: false) } + causing.map { (index: $0, causes: true) })
            .sorted { abs($0.index - candidate) < abs($1.index - candidate) }.prefix(Self.occurrenceLimit)
        for (predicate, causes) in nearest {
            // At a causative, the roles as it states them ("pilgrims were killed": the patient of *kill*).
            let stated = causes ? caused : frame
            let role = causes ? CausativeVerbs.caused(asked) : asked
            let found = sentence.semanticRole(of: candidate, for: predicate)
            if let found, found.opposes(role) { contrary = true }
            var fit = found.map { startsFrom($0, asked: role, lemma: lemma) ? 1 : $0.fit(asked: role) } ?? 0
            if fit == 0, let other = PlaceRole.fit(of: candidate, for: predicate, asked: role, in: sentence) {
                fit = other
            }
            if fit == 0, let other = AgentRole.fit(of: candidate, for: predicate, asked: role, in: sentence) {
                fit = other
            }
            if fit == 0, let other = LightVerbs.fit(of: candidate, for: predicate, asked: role, in: sentence) {
                fit = other
            }
            if fit == 0, let other = SymmetricRelations.fit(of: candidate, for: predicate, asked: role, in: sentence) {
                fit = other
            }
            if fit == 0, CopularIdentity.applies(to: frame),
                let other = CopularIdentity.fit(of: candidate, for: predicate, asked: role, in: sentence)
            {
                fit = other
            }
            if fit == 0, let other = SubjectPronouns.fit(of: candidate, for: predicate, asked: role, in: sentence) {
                fit = other
            }
            if fit == 0, frame.causative, asked == .agent,
                let other = QuestionFrame.causerFit(of: candidate, for: predicate, in: sentence)
            {
                fit = other
            }
            if fit == 0, frame.countedNoun != nil {
                fit = countRole(frame, in: sentence, candidate: candidate, predicate: predicate, causes: causes)
            }
            let arguments = argumentFit(
                stated, in: sentence, predicate: predicate, candidate: candidate, antecedent: antecedent,
                relations: relations)
            if fit + 0.5 * arguments > best.role + 0.5 * best.arguments {
                best = FrameAlignment(predicateFound: true, role: fit, arguments: arguments)
            }
        }
        best.contrary = contrary && best.role == 0 && !SymmetricRelations.reciprocalVerbs.contains(lemma)
        if let source, source.role + 0.5 * source.arguments > best.role + 0.5 * best.arguments { return source }
        return best
    }

    /// Verbs of starting or setting out: where such a thing happens is where it sets out from.
    static let startingVerbs: Set<String> = [
        "start", "begin", "commence", "originate", "depart", "leave", "launch", "set", "embark", "emerge",
    ]

    /// Whether a place found with a source preposition ("from Chabahar") answers a plain *where* in full: it does
    /// for a verb of starting ("Where will the drill start?"), where it is otherwise a half answer.
    static func startsFrom(_ found: SemanticRole, asked: SemanticRole, lemma: String) -> Bool {
        guard case .place(let preposition?) = found, case .place(nil) = asked else { return false }
        return SemanticRole.sourcePrepositions.contains(preposition) && startingVerbs.contains(lemma)
    }

    /// The words of `sentence` that state the predicate `lemma`: the same lemma, or a related one by stem.
    package static func predicateOccurrences(
        of lemma: String, in sentence: SentenceAnalysis, relations: RelationLexicon
    ) -> [Int] {
        let stem = SnowballStemmer.stem(lemma)
        return (0..<sentence.count).filter { index in
            let tag = sentence.tags[index]
            guard tag == .verb || tag == .noun || tag == .adj || tag == .propn || tag == .aux else { return false }
            let other = sentence.lemmas[index].lowercased()
            if other == lemma || (lemma == "happen" && isTakePlace(index, in: sentence)) { return true }
            // "fled" lemmatised as *flead*: an irregular form of the predicate states it.
            if tag == .verb, IrregularVerbs.baseOfForm[sentence.words[index].text.lowercased()] == lemma {
                return true
            }
            let otherStem = SnowballStemmer.stem(other)
            // A related word inside a name ("the Kestrel Foundation" for *found*) states no relation.
            if tag == .propn, !IrregularVerbs.matches(otherStem, stem) { return false }
            return otherStem == stem || relations.matches(otherStem, stem)
                || isClosedCompound(other, of: lemma, tag: tag) || isRepeated(other, of: lemma, tag: tag)
        }
    }

    /// Whether word `index` is the verb of *take place* ("the strikes, which took place in …"): it states that
    /// something happened (a question's *take place* is read as *happen*, `QuestionFrame`).
    static func isTakePlace(_ index: Int, in sentence: SentenceAnalysis) -> Bool {
        sentence.lemmas[index].lowercased() == "take"
            && sentence.children[index].contains { child in
                sentence.baseRelation(child) == "obj" && sentence.lemmas[child].lowercased() == "place"
                    && sentence.children[child].isEmpty
            }
    }

    /// The shortest predicate lemma and the shortest first part of a closed compound noun that ends in it.
    static let compoundParts = (predicate: 5, first: 3)

    /// Whether the noun `word` is a closed compound ending in the predicate `lemma` ("airstrike" for "strike",
    /// "counterattack" for "attack"): it names the same event, of a kind.
    static func isClosedCompound(_ word: String, of lemma: String, tag: UniversalTag) -> Bool {
        tag == .noun && lemma.count >= compoundParts.predicate
            && word.count >= lemma.count + compoundParts.first && word.hasSuffix(lemma)
    }

    /// Whether the verb `word` is the predicate `lemma` done again ("reestablish" for "establish", "rebuild" for
    /// "build"): it states that the thing was done.
    static func isRepeated(_ word: String, of lemma: String, tag: UniversalTag) -> Bool {
        tag == .verb && lemma.count >= compoundParts.first + 1 && word.count == lemma.count + 2 && word.hasPrefix("re")
            && word.hasSuffix(lemma)
    }

    /// How much a noun stating an argument's head noun in other terms ("the drill" for "the exercise", "the goal"
    /// for "the aim": a synonym or the kind it is of, `RelationLexicon`) counts, against the head noun itself.
    static let synonymWeight = 0.8

    /// The share of the question's arguments found around `predicate`; a pronoun stands for the words of
    /// `antecedent`, a common noun for its synonyms in `relations` (when given). With `subjectsAlike`, the
    /// predicate's subject fills an argument asked as agent or patient in either voice (a paraphrase's verb of being
    /// somewhere: "free oxygen occurs" for "is free oxygen found").
    static func argumentFit(
        _ frame: QuestionFrame, in sentence: SentenceAnalysis, predicate: Int, candidate: Int,
        antecedent: Set<String> = [], relations: RelationLexicon? = nil, subjectsAlike: Bool = false
    ) -> Double {
        guard !frame.arguments.isEmpty else { return 1 }
        var total = 0.0
        let candidateWords = Set(sentence.phrase(headedBy: candidate))
        let parties = SymmetricRelations.parties(of: predicate, in: sentence)
        for argument in frame.arguments {
            var best = 0.0
            let headStem = SnowballStemmer.stem(argument.head)
            let window = max(0, predicate - Self.argumentWindow)..<min(sentence.count, predicate + Self.argumentWindow)
            for index in window where !candidateWords.contains(index) {
                var lemma = sentence.lemmas[index].lowercased()
                // "Yesün Temür" in the text, "Yesun Temur" in the question: the same name without its accents.
                if !argument.lemmas.contains(lemma), lemma.utf8.contains(where: { $0 >= 0x80 }) {
                    lemma = lemma.folding(options: .diacriticInsensitive, locale: nil)
                }
                var weight: Double
                if argument.lemmas.contains(lemma) {
                    weight = lemma == argument.head ? 1.0 : 0.8
                    // "Super Bowl XLI" for "Super Bowl II": the same kind of thing, another one of it.
                    if ArgumentInstances.namesOther(index, in: sentence, argument: argument) {
                        weight *= ArgumentInstances.otherInstanceWeight
                    }
                } else if antecedent.contains(argument.head), AnaphoricDescriptions.refersBack(index, in: sentence) {
                    // "The Harwick Lighthouse stands … It was designed by …": "it" is the lighthouse.
                    weight = 0.8
                } else if let relations, sentence.tags[index] == .noun,
                    relations.matches(SnowballStemmer.stem(lemma), headStem)
                {
                    // "The drill, called Velayat 1402" for "the name of the exercise".
                    weight = Self.synonymWeight
                } else {
                    continue
                }
                if parties.contains(index), SymmetricRelations.isPartyRole(argument.role) {
                    // "Pakistan and Iran share a border" for "Which country borders Iran?": Iran is bordered too.
                    best = max(best, weight * SymmetricRelations.partyFit)
                } else if subjectsAlike, [.agent, .patient].contains(argument.role), sentence.heads[index] == predicate,
                    sentence.baseRelation(index) == "nsubj"
                {
                    best = max(best, weight)
                } else if let role = sentence.semanticRole(of: index, for: predicate),
                    role.fit(asked: argument.role) > 0
                {
                    best = max(best, weight * role.fit(asked: argument.role))
                } else if let head = roleBearer(index, in: sentence, predicate: predicate, role: argument.role) {
                    // A word inside the argument's phrase ("the Hall of Records" for "records").
                    best = max(best, head * weight)
                } else if sentence.dominates(predicate, index) {
                    best = max(best, 0.5 * weight)
                } else {
                    best = max(best, 0.2 * weight)
                }
            }
            total += best
        }
        return total / Double(frame.arguments.count)
    }

    /// When `index` sits inside the phrase of a word that fills `role` for `predicate`, that fit (scaled down).
    static func roleBearer(_ index: Int, in sentence: SentenceAnalysis, predicate: Int, role: SemanticRole)
        -> Double?
    {
        var current = index
        var steps = 0
        while sentence.heads[current] >= 0, sentence.heads[current] != predicate, steps < 4 {
            current = sentence.heads[current]
            steps += 1
            if let found = sentence.semanticRole(of: current, for: predicate), found.fit(asked: role) > 0 {
                return 0.8 * found.fit(asked: role)
            }
        }
        return nil
    }
}
