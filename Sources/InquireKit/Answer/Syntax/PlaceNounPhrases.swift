/// Places named by a common noun phrase ("in the debating chamber", "at the practice facility", "in nursing
/// homes"): for a *where* question, the object of a locative preposition that fills the asked place of the
/// question's predicate is a candidate, as the noun with its determiner, adjectives, compounds and possessor
/// (not what follows it: "the courtyard", not "the courtyard adjoining the hall"), and an "of" complement that
/// ends in a name ("the apartment of his then-girlfriend Julie Couillard"). The recognisers find named
/// places and a closed list of place nouns; the tree finds the rest, and only where it states the asked place.
enum PlaceNounPhrases {
    /// How strongly such a phrase reads as a place: nearly as strongly as a name, for it is offered only where it
    /// fills the asked place of the question's predicate ("taken to the emergency department" for "Where was the
    /// girl brought?"); a name in the same role still wins. Chosen on the development data: 0.3 (as weak as a
    /// place noun the recognisers find anywhere) left such answers below the confidence threshold; 0.6 and 0.85
    /// changed no SQuAD prediction and 0.85 lifted news-gold.tsv by one.
    static let strength = 0.85
    /// Prepositions whose object is offered.
    static let prepositions: Set<String> = ["in", "at", "near", "inside", "within", "on", "into", "to", "outside"]
    /// Relations of the words before a noun that belong to its phrase.
    static let modifiers: Set<Substring> = ["det", "amod", "compound", "nmod:poss", "nummod"]

    /// Location spans for the common noun phrases of `analysis` that fill the place `frame` asks about and whose
    /// noun no recognised location span covers; with `kinds` (for a *where* question), not those whose noun the
    /// noun lexicon types as a thing or as people (`namesNoPlace`).
    static func spans(
        in analysis: SentenceAnalysis, view: SentenceView, besides spans: [TypedSpan], frame: QuestionFrame,
        relations: RelationLexicon, kinds: NounLexicon? = nil
    ) -> [TypedSpan] {
        guard case .place = frame.role else { return [] }
        var extra: [TypedSpan] = []
        for noun in 0..<analysis.count where isCommonNoun(noun, in: analysis) && !analysis.isTimeWord(noun) {
            guard ["obl", "nmod"].contains(analysis.baseRelation(noun)),
                let preposition = analysis.preposition(of: noun), prepositions.contains(preposition)
            else { continue }
            // "in this position", "in regard to": a noun for a thing or for people is no place.
            if let kinds, namesNoPlace(noun, in: analysis, kinds: kinds) { continue }
            let phrase = self.phrase(of: noun, in: analysis)
            let bytes = analysis.byteRange(
                of: phrase.lowerBound..<(ofName(after: noun, in: analysis) ?? phrase.upperBound))
            let head = analysis.byteRange(of: noun..<(noun + 1))
            // A phrase the recognisers already offer ("the arid plains of Central Asia") is left to them, and so is
            // one beside a named place of its predicate or with one of its own ("go on display at the Space
            // Center", "facilities at 7 West 66th Street"): the name says where.
            guard !spans.contains(where: { $0.type == .location && $0.range.overlaps(head) }),
                !hasNamedPlace(beside: noun, in: analysis, spans: spans),
                FrameAlignment.align(frame, with: analysis, candidate: noun, relations: relations).role >= 0.7,
                let words = SyntaxSpans.viewWords(bytes, in: view)
            else { continue }
            extra.append(TypedSpan(view: view, type: .location, words: words, strength: strength))
        }
        return extra
    }

    /// Whether the common noun `noun` names no place by `kinds`: the lexicon types it as a thing ("position":
    /// mostly abstract; "regard") or as people ("government", "officials"). A noun it does not list, or lists as a
    /// place or with no dominant type, may be one. Measured with the SQuAD halves: tuning *where* EM 64.38 → 65.75,
    /// checking unchanged (two wrong answers declined); the hand-written sets unchanged.
    static func namesNoPlace(_ noun: Int, in analysis: SentenceAnalysis, kinds: NounLexicon) -> Bool {
        let lemma = analysis.lemmas[noun].lowercased()
        return kinds.namesThing(lemma) || kinds.namesPeople(lemma)
    }

    /// Prepositions of a named place that makes a common noun beside it or above it no answer of its own.
    static let namedPlacePrepositions: Set<String> = ["at", "in", "near", "inside", "within"]

    /// Whether a recognised place name stands in a locative phrase of `noun` itself or of the word `noun` hangs
    /// on ("facilities at 7 West 66th Street"; "go on display at the Space Center", where "display" is the state
    /// the light verb names, not the place).
    static func hasNamedPlace(beside noun: Int, in analysis: SentenceAnalysis, spans: [TypedSpan]) -> Bool {
        let head = analysis.heads[noun]
        let others = analysis.children[noun] + (head >= 0 ? analysis.children[head] : [])
        return others.contains { other in
            other != noun && ["obl", "nmod"].contains(analysis.baseRelation(other)) && !analysis.isTimeWord(other)
                && analysis.preposition(of: other).map(namedPlacePrepositions.contains) == true
                && spans.contains { span in
                    span.type == .location && span.strength >= 0.5
                        && span.range.overlaps(analysis.byteRange(of: phrase(of: other, in: analysis)))
                }
        }
    }

    /// Word classes of an "of" complement up to a name: "the apartment of his then-girlfriend Julie Couillard".
    static let ofComplementTags: Set<UniversalTag> = [.det, .adj, .noun, .propn, .num, .punct, .adv, .part, .pron]
    /// The possessive pronouns an "of" complement may hold.
    static let possessives: Set<String> = ["his", "her", "their", "its", "my", "our", "your"]
    /// The most words an "of" complement up to a name may have.
    static let ofComplementReach = 7

    /// The end (exclusive) of an "of" complement right after `noun` that ends in a name ("the apartment of his
    /// sister Maria Oliva": the name says whose, the noun alone does not say where); nil when none does. Its
    /// words, all below the noun in the tree, are determiners, possessive pronouns, adjectives, nouns, numbers
    /// and hyphens; it ends at the last word of its first proper-noun run.
    static func ofName(after noun: Int, in analysis: SentenceAnalysis) -> Int? {
        guard noun + 2 < analysis.count, analysis.lemmas[noun + 1].lowercased() == "of" else { return nil }
        var end: Int?
        var index = noun + 2
        while index < analysis.count, index < noun + 2 + ofComplementReach {
            let tag = analysis.tags[index]
            // The tree must hang the complement on the noun: its words are the noun's descendants.
            guard ofComplementTags.contains(tag), analysis.dominates(noun, index) else { break }
            if tag == .punct, analysis.words[index].text != "-" { break }
            if tag == .pron, !possessives.contains(analysis.words[index].text.lowercased()) { break }
            if tag == .propn {
                end = index + 1
            } else if end != nil {
                break
            }
            index += 1
        }
        return end
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
