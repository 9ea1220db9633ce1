/// People named by a common noun phrase ("Thomas' sister pleaded with him", "local farmers built the dam"): for a
/// *who* question asking the agent or patient of its predicate, a noun phrase headed by a noun for a person or a
/// group of people that fills that role is a candidate when no name does, as the noun with its determiner,
/// adjectives, compounds and possessor (`PlaceNounPhrases.phrase`). The recognisers find names and a closed list
/// of group nouns after a determiner; the tree finds the rest, and only where it states the asked role.
enum RoleNounPhrases {
    /// How strongly such a phrase reads as a person: weaker than a name.
    static let strength = 0.3
    /// The least role score a phrase (or a name that rules the phrases out) needs.
    static let minimumRole = 0.7

    /// Whether a lower-case word is a noun for a person or a group of people: a role, title, position, kinship
    /// or collective noun of the closed lists, or a noun GUM's mentions type as people (`NounLexicon.namesPeople`).
    static func isPersonNoun(_ lemma: String, nouns: NounLexicon) -> Bool {
        GroupLexicon.collectiveNouns.contains(lemma) || NameLexicon.roles.contains(lemma)
            || NameLexicon.positionWords.contains(lemma) || NameLexicon.titles.contains(lemma)
            || nouns.namesPeople(lemma)
    }

    /// Determiners that make a noun phrase name particular people ("the coordinating lead authors", "a
    /// passerby"); a bare plural ("critics argue"), a quantifier or a demonstrative speaks of people in general or
    /// of ones named before.
    static let determiners: Set<String> = ["the", "a", "an"]
    /// The most words of an "of" complement taken into the phrase ("producers of the show").
    static let complementWords = 4

    /// The words of the noun phrase headed by `noun` when it names particular people: its determiner (one of
    /// `determiners`) or possessor ("Tomas’ sister", "his siblings") and its other modifiers before it, with an
    /// "of" complement right after the noun ("friends of Luther"); a bare noun with an "of" complement is
    /// specific too. Nil for any other phrase.
    static func specificPhrase(of noun: Int, in analysis: SentenceAnalysis) -> Range<Int>? {
        var lower = PlaceNounPhrases.phrase(of: noun, in: analysis).lowerBound
        for child in analysis.children[noun] where child < noun && analysis.relations[child] == "nmod:poss" {
            lower = min(lower, analysis.phrase(headedBy: child, conjuncts: false).lowerBound)
        }
        let determined = analysis.children[noun].contains { child in
            child < noun
                && (analysis.relations[child] == "nmod:poss"
                    || (analysis.baseRelation(child) == "det"
                        && determiners.contains(analysis.words[child].text.lowercased())))
        }
        var upper = noun + 1
        if let complement = analysis.children[noun].first(where: {
            $0 > noun && analysis.baseRelation($0) == "nmod" && analysis.preposition(of: $0) == "of"
        }), noun + 1 < analysis.count, analysis.lemmas[noun + 1].lowercased() == "of" {
            let phrase = analysis.phrase(headedBy: complement, conjuncts: false)
            if phrase.upperBound - noun - 1 <= complementWords { upper = phrase.upperBound }
        }
        guard determined || upper > noun + 1 else { return nil }
        return lower..<upper
    }

    /// Person and group spans for the common noun phrases of `analysis` headed by a person noun that fill the
    /// agent or patient `frame` asks about, when no proper-noun person or group span of `spans` fills it and no
    /// person or group span covers the phrase's noun already.
    static func spans(
        in analysis: SentenceAnalysis, view: SentenceView, besides spans: [TypedSpan], frame: QuestionFrame,
        relations: RelationLexicon, nouns: NounLexicon
    ) -> [TypedSpan] {
        guard let asked = frame.role, asked == .agent || asked == .patient else { return [] }
        let people: [SpanType] = [.person, .group]
        func fills(_ word: Int) -> Bool {
            FrameAlignment.align(frame, with: analysis, candidate: word, relations: relations).role >= minimumRole
        }
        var named = false
        for span in spans where people.contains(span.type) {
            guard let head = analysis.headWord(coveringBytes: span.range), analysis.tags[head] == .propn else {
                continue
            }
            if fills(head) {
                named = true
                break
            }
        }
        guard !named else { return [] }
        var extra: [TypedSpan] = []
        for noun in 0..<analysis.count where analysis.tags[noun] == .noun {
            let lemma = analysis.lemmas[noun].lowercased()
            guard
                isPersonNoun(lemma, nouns: nouns) || isPersonNoun(analysis.words[noun].text.lowercased(), nouns: nouns)
            else { continue }
            let head = analysis.byteRange(of: noun..<(noun + 1))
            guard !spans.contains(where: { people.contains($0.type) && $0.range.overlaps(head) }), fills(noun)
            else { continue }
            guard let phrase = specificPhrase(of: noun, in: analysis),
                let words = SyntaxSpans.viewWords(analysis.byteRange(of: phrase), in: view)
            else { continue }
            let plural = analysis.words[noun].text.lowercased() != lemma
            extra.append(TypedSpan(view: view, type: plural ? .group : .person, words: words, strength: strength))
        }
        return extra
    }
}
