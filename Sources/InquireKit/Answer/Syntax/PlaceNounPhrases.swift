/// Places named by a common noun phrase ("in the debating chamber", "at the practice facility", "in nursing
/// homes"): for a *where* question, the object of a locative preposition that fills the asked place of the
/// question's predicate is a candidate, as the noun with its determiner, adjectives, compounds and possessor
/// (not what follows it: "the courtyard", not "the courtyard adjoining the hall"). The recognisers find named
/// places and a closed list of place nouns; the tree finds the rest, and only where it states the asked place.
enum PlaceNounPhrases {
    /// How strongly such a phrase reads as a place: weaker than a name (a named place in the same role wins).
    static let strength = 0.3
    /// Prepositions whose object is offered.
    static let prepositions: Set<String> = ["in", "at", "near", "inside", "within", "on", "into", "to", "outside"]
    /// Relations of the words before a noun that belong to its phrase.
    static let modifiers: Set<Substring> = ["det", "amod", "compound", "nmod:poss", "nummod"]

    /// Location spans for the common noun phrases of `analysis` that fill the place `frame` asks about and whose
    /// noun no recognised location span covers.
    static func spans(
        in analysis: SentenceAnalysis, view: SentenceView, besides spans: [TypedSpan], frame: QuestionFrame,
        relations: RelationLexicon
    ) -> [TypedSpan] {
        guard case .place = frame.role else { return [] }
        var extra: [TypedSpan] = []
        for noun in 0..<analysis.count where isCommonNoun(noun, in: analysis) && !analysis.isTimeWord(noun) {
            guard ["obl", "nmod"].contains(analysis.baseRelation(noun)),
                let preposition = analysis.preposition(of: noun), prepositions.contains(preposition)
            else { continue }
            let phrase = self.phrase(of: noun, in: analysis)
            let bytes = analysis.byteRange(of: phrase)
            let head = analysis.byteRange(of: noun..<(noun + 1))
            // A phrase the recognisers already offer ("the arid plains of Central Asia") is left to them.
            guard !spans.contains(where: { $0.type == .location && $0.range.overlaps(head) }),
                FrameAlignment.align(frame, with: analysis, candidate: noun, relations: relations).role >= 0.7,
                let words = SyntaxSpans.viewWords(bytes, in: view)
            else { continue }
            extra.append(TypedSpan(view: view, type: .location, words: words, strength: strength))
        }
        return extra
    }

    /// Whether `index` is a common noun: tagged one, or a lower-case word the tagger took for a proper noun ("the
    /// debating chamber").
    static func isCommonNoun(_ index: Int, in analysis: SentenceAnalysis) -> Bool {
        analysis.tags[index] == .noun
            || (analysis.tags[index] == .propn && analysis.words[index].text.first?.isLowercase == true)
    }

    /// The words of the noun phrase headed by `noun` up to the noun: its determiner, adjectives, compounds,
    /// numbers and possessor before it, with their own words.
    static func phrase(of noun: Int, in analysis: SentenceAnalysis) -> Range<Int> {
        var lower = noun
        for child in analysis.children[noun]
        where child < noun
            && (modifiers.contains(analysis.relations[child][...]) || modifiers.contains(analysis.baseRelation(child)))
        {
            lower = min(lower, analysis.phrase(headedBy: child, conjuncts: false).lowerBound)
        }
        return lower..<(noun + 1)
    }
}
