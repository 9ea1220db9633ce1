/// How often each common noun heads an entity mention of each type in an annotated treebank (GUM's MISC `Entity`
/// brackets, `EntityMentions`): "sister" 8 times a person, "city" 94 times a place and once an event. The counts
/// `inquire-train nouns` turns into the noun lexicon (`NounLexicon`) and scores it with.
package struct NounKindCounts: Sendable, Equatable {
    /// Lower-cased lemma → entity type → mentions it heads.
    package private(set) var counts: [String: [String: Int]] = [:]

    /// No counts.
    package init() {}

    /// Counts the mentions of `sentence` whose head (`EntityMentions.head`) is a common noun (UPOS `NOUN`), under its
    /// lower-cased lemma (its form when the lemma is empty).
    ///
    /// - Throws: the `CoNLLUError` of a malformed `Entity` annotation (see `EntityMentions.mentions(in:file:)`).
    package mutating func add(_ sentence: CoNLLUSentence, file: String = "-") throws(CoNLLUError) {
        let words = sentence.words
        for mention in try EntityMentions.mentions(in: sentence, file: file) {
            guard let head = EntityMentions.head(of: mention, in: words), words[head].upos == "NOUN" else { continue }
            let lemma = words[head].lemma == "_" ? words[head].form : words[head].lemma
            counts[lemma.lowercased(), default: [:]][mention.type, default: 0] += 1
        }
    }

    /// The text of the lexicon file (`NounLexicon`): each noun heading at least `minimum` mentions, one line
    /// `noun<TAB>type:count type:count …`, its types by count (the most first; ties by name), after `header`.
    package func text(minimum: Int, header: [String]) -> String {
        let entries = counts.compactMap { noun, types -> (key: String, value: String)? in
            guard types.values.reduce(0, +) >= minimum, !noun.contains("\t"), !noun.contains("\n") else { return nil }
            let ordered = types.sorted { $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key }
            return (noun, ordered.map { "\($0.key):\($0.value)" }.joined(separator: " "))
        }
        return SortedLineTable.text(of: entries, header: header)
    }

    /// How well `lexicon` tells the types of the mentions counted here (held-out data: the lexicon was made from
    /// other counts).
    package func agreement(with lexicon: NounLexicon) -> NounKindAgreement {
        var agreement = NounKindAgreement()
        for (noun, types) in counts {
            let total = types.values.reduce(0, +)
            agreement.mentions += total
            let predicted = lexicon.kind(of: noun)
            if let predicted {
                agreement.covered += total
                agreement.right += types[predicted.type, default: 0]
            }
            for (type, count) in types { agreement.byType[type, default: .init()].annotated += count }
            if let predicted {
                agreement.byType[predicted.type, default: .init()].add(
                    predicted: total, right: types[predicted.type, default: 0])
            }
            let people = NounLexicon.peopleTypes.reduce(0) { $0 + types[$1, default: 0] }
            agreement.people.annotated += people
            if lexicon.namesPeople(noun) { agreement.people.add(predicted: total, right: people) }
        }
        return agreement
    }
}

/// How a noun lexicon's types agree with annotated mentions: over all mentions headed by a common noun, and by type.
package struct NounKindAgreement: Sendable, Equatable {
    /// The mentions of one type, or of people: annotated so, given that type by the lexicon, and both.
    package struct Counts: Sendable, Equatable {
        /// Mentions annotated with the type.
        package var annotated = 0
        /// Mentions whose head the lexicon gives the type.
        package var predicted = 0
        /// Mentions both annotated with the type and given it.
        package var right = 0

        /// Counts of mentions annotated with a type, given it, and both.
        package init(annotated: Int = 0, predicted: Int = 0, right: Int = 0) {
            (self.annotated, self.predicted, self.right) = (annotated, predicted, right)
        }

        /// Of the mentions given the type, the share annotated with it (0 when none is given it).
        package var precision: Double { predicted == 0 ? 0 : Double(right) / Double(predicted) }
        /// Of the mentions annotated with the type, the share given it (0 when none is annotated with it).
        package var recall: Double { annotated == 0 ? 0 : Double(right) / Double(annotated) }

        /// Adds `predicted` mentions given the type, `right` of them annotated with it.
        mutating func add(predicted: Int, right: Int) {
            self.predicted += predicted
            self.right += right
        }
    }

    /// Mentions headed by a common noun.
    package var mentions = 0
    /// Those whose head the lexicon gives a type.
    package var covered = 0
    /// Those whose head the lexicon gives the annotated type.
    package var right = 0
    /// By entity type.
    package var byType: [String: Counts] = [:]
    /// People: a person or an organisation (`NounLexicon.namesPeople`).
    package var people = Counts()

    /// The share of mentions whose head the lexicon types.
    package var coverage: Double { mentions == 0 ? 0 : Double(covered) / Double(mentions) }
    /// Of the typed mentions, the share typed as annotated.
    package var precision: Double { covered == 0 ? 0 : Double(right) / Double(covered) }
}
