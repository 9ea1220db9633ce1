/// Analysing a question: the models' reading, with the predicate the tagger misreads as a noun read as a finite verb
/// (``QuestionPredicate``) before the question is lemmatised, parsed and searched for entities.
extension Annotator {
    /// The finite verb classes of the tagger's tag set (the one VERB class when its classes are UPOS).
    var finiteVerbClasses: [UInt8] {
        let tagSet = tagger.tagSet
        if tagSet.isUniversal { return [UniversalTag.verb.rawValue] }
        return ["VBZ", "VBD", "VBP"].compactMap { fine in
            tagSet.labels.firstIndex(of: TagSet.label(upos: .verb, xpos: fine)).map { UInt8($0) }
        }
    }

    /// The finite verb class the tagger's training data gave `word` (lowercased), if it ever gave one.
    func finiteVerbClass(of word: String) -> UInt8? {
        guard let mask = tagger.ambiguityClasses[word] else { return nil }
        return finiteVerbClasses.first { mask & (1 << UInt64($0)) != 0 }
    }

    /// The finite verb class the tagger ranks second for word `index` of `forms` (given the classes it chose before
    /// it), if it does: "borders" after "which country", a noun first, a verb next.
    func secondChoice(_ forms: [WordForm], classes: [UInt8], at index: Int) -> UInt8? {
        let ranked = Self.ranked(classScores(forms, classes: classes, at: index))
        guard ranked.count > 1 else { return nil }
        let second = UInt8(ranked[1])
        return finiteVerbClasses.contains(second) ? second : nil
    }

    /// The classes by their `scores`, best first (the lower class first on a tie).
    static func ranked(_ scores: [Int32]) -> [Int] {
        scores.indices.sorted { scores[$0] != scores[$1] ? scores[$0] > scores[$1] : $0 < $1 }
    }

    /// The tagger's score of each class for word `index` of `forms`, given the classes it chose before it.
    func classScores(_ forms: [WordForm], classes: [UInt8], at index: Int) -> [Int32] {
        var features: [UInt64] = []
        TaggerFeatures.collect(
            forms, classes: tagger.ambiguity(forms), at: index, previous: index > 0 ? Int(classes[index - 1]) : -1,
            beforePrevious: index > 1 ? Int(classes[index - 2]) : -2, into: &features)
        var scores = [Int32](repeating: 0, count: tagger.tagSet.count)
        tagger.weights.accumulate(features, into: &scores)
        return scores
    }

    /// Tags, lemmatises, parses and finds the entities of a question's words, as ``annotate(_:)`` does, with the
    /// question's predicate read as a finite verb where the tagger read a noun.
    package func annotateQuestion(_ words: [String]) -> WordAnnotations {
        guard !words.isEmpty else { return annotate(words) }
        let forms = words.map(WordForm.init)
        var classes = tagger.tagIDs(forms: forms)
        let lower = words.map { $0.lowercased() }
        var verb: UInt8?
        let slot = QuestionPredicate.slot(words: lower, tags: tagger.universalTags(of: classes)) { index in
            verb = finiteVerbClass(of: lower[index]) ?? secondChoice(forms, classes: classes, at: index)
            return verb != nil
        }
        if let slot, let verb {
            classes[slot] = verb
            return annotate(words, forms: forms, classes: classes)
        }
        // "Where did the Broncos practice at?": the word most like a bare verb after the subject of *do*.
        let slots = QuestionPredicate.bareVerbSlots(words: words, tags: tagger.universalTags(of: classes))
        guard let bare = baseVerbClass,
            let best = slots.compactMap({ index in
                baseVerbMargin(forms, classes: classes, at: index, seen: lower[index]).map { (index, $0) }
            }).max(by: { $0.1 < $1.1 })
        else { return annotate(words) }
        classes[best.0] = bare
        return annotate(words, forms: forms, classes: classes)
    }

    /// The base-form verb class of the tagger's tag set (the one VERB class when its classes are UPOS).
    var baseVerbClass: UInt8? {
        let tagSet = tagger.tagSet
        if tagSet.isUniversal { return UniversalTag.verb.rawValue }
        return tagSet.labels.firstIndex(of: TagSet.label(upos: .verb, xpos: "VB")).map { UInt8($0) }
    }

    /// How far below the tagger's first choice it scores word `index` of `forms` as a bare verb (0 when it is the
    /// first choice, negative otherwise), when the word `seen` (lowercased) can be one: the tagger's training data
    /// gave it a verb class, or the tagger ranks the bare verb second; nil otherwise.
    func baseVerbMargin(_ forms: [WordForm], classes: [UInt8], at index: Int, seen: String) -> Int32? {
        guard let bare = baseVerbClass else { return nil }
        let scores = classScores(forms, classes: classes, at: index)
        let ranked = Self.ranked(scores)
        let verbs = finiteVerbClasses + [bare]
        let seenAsVerb =
            tagger.ambiguityClasses[seen].map { mask in
                verbs.contains { mask & (1 << UInt64($0)) != 0 }
            } == true
        guard seenAsVerb || (ranked.count > 1 && ranked[1] == Int(bare)), let first = ranked.first else { return nil }
        return scores[Int(bare)] - scores[first]
    }
}

extension SentenceAnalysis {
    /// Tokenises a question as UD English does and annotates it with `annotator`'s question reading (at most
    /// `wordLimit` words).
    package init(analysingQuestion text: String, with annotator: Annotator) {
        var words = UDTokenizer.words(in: text)
        if words.count > Self.wordLimit { words.removeLast(words.count - Self.wordLimit) }
        let annotations = annotator.annotateQuestion(words.map(\.text))
        self.init(
            text: text, words: words, tags: annotations.tags, lemmas: annotations.lemmas,
            heads: annotations.heads.map { $0 - 1 }, relations: annotations.relations,
            entities: EntitySpan.spans(of: annotations.entities))
    }
}

extension SentenceAnalyzer {
    /// The analysis of a question, its predicate read as a verb where the tagger read a noun; not cached.
    package func analysis(ofQuestion text: String) throws -> SentenceAnalysis {
        SentenceAnalysis(analysingQuestion: text, with: try loadedAnnotator())
    }
}
