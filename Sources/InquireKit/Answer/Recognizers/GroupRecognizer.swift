/// Finds organisations and groups: capitalised chunks ending in a group noun ("Foreign Ministry"), a possessive
/// before a group noun ("Pakistan’s air force", "Pakistan’s Foreign Ministry"), a demonym before one ("Pakistani
/// air force"), and descriptive noun phrases headed by a collective noun ("the city council").
enum GroupRecognizer {
    /// Appends the group spans of `view`.
    static func spans(
        _ view: SentenceView, chunks: [NameChunk], typings: [NameTyping], names: NameKnowledge,
        into spans: inout [TypedSpan]
    ) {
        for (chunk, typing) in zip(chunks, typings) where typing.group > 0.1 {
            spans.append(TypedSpan(view: view, type: .group, words: chunk.words, strength: typing.group))
        }
        for chunk in chunks {
            modifiedGroup(view, chunk, names: names, into: &spans)
        }
        descriptiveGroups(view, into: &spans)
    }

    /// "Pakistan’s air force", "Pakistan’s Foreign Ministry", "Pakistani air force": a possessive name or a
    /// capitalised modifier, up to three more words, and a group head.
    static func modifiedGroup(
        _ view: SentenceView, _ chunk: NameChunk, names: NameKnowledge, into spans: inout [TypedSpan]
    ) {
        let last = chunk.words.upperBound - 1
        let modifier =
            chunk.possessive || (chunk.words.count == 1 && names.isDemonym(view.term(last)))
            || (chunk.words.count == 1 && looksLikeDemonym(view.term(last)))
        guard modifier else { return }
        var end = last + 1
        while end < view.words.count, end <= last + 3 {
            let term = view.term(end)
            guard !Stopwords.contains(term), view.words[end].kind != .number else { break }
            if end > last + 1, !view.spaced(end - 1) { break }
            if GroupLexicon.heads.contains(term) {
                // A head followed by a name ("the rock group Coldplay") describes that name; keep it weak.
                let named = end + 1 < view.words.count && view.spaced(end) && view.isCapitalized(end + 1)
                let strength = chunk.possessive ? 0.85 : (names.isDemonym(view.term(last)) ? 0.8 : 0.6)
                spans.append(
                    TypedSpan(
                        view: view, type: .group, words: chunk.words.lowerBound..<(end + 1),
                        strength: named ? strength * 0.4 : strength))
                return
            }
            end += 1
        }
    }

    /// Whether a word ends like a demonym ("Pakistani", "Iranian", "Chinese", "British").
    static func looksLikeDemonym(_ term: String) -> Bool {
        ["ian", "ean", "an", "ese", "ish", "i", "ic"].contains { term.hasSuffix($0) } && term.utf8.count > 4
    }

    /// "the city council", "the club's owners", "local farmers": up to two modifiers and a collective or
    /// person noun, after a determiner or a capitalised modifier. Weak: descriptions answer few questions.
    static func descriptiveGroups(_ view: SentenceView, into spans: inout [TypedSpan]) {
        for index in view.words.indices where GroupLexicon.collectiveNouns.contains(view.term(index)) {
            guard !view.words[index].isCapitalized || view.isInitial(index) else { continue }
            var start = index
            while start > 0, index - start < 2, view.spaced(start - 1) {
                let previous = view.term(start - 1)
                if Stopwords.contains(previous) || view.words[start - 1].kind == .number { break }
                start -= 1
            }
            let determined =
                start > 0 && ["the", "a", "an", "its", "their", "his", "her"].contains(view.term(start - 1))
            let capitalised = start < index && view.isCapitalized(start)
            // "used by smugglers and militants": a bare plural as the agent of a passive.
            let agent = start > 0 && view.term(start - 1) == "by"
            guard determined || capitalised || agent else { continue }
            var end = index + 1
            // "smugglers and militants": a coordination of two group nouns.
            if view.term(end) == "and", GroupLexicon.collectiveNouns.contains(view.term(end + 1)), view.spaced(end - 1),
                view.spaced(end)
            {
                end += 2
            }
            let plural = NameTyping.looksPlural(view.term(index)) || view.term(index) == "people"
            // "the British rock group Coldplay": the noun phrase describes the name after it; "the team’s" owns.
            let named = end < view.words.count && view.spaced(end - 1) && view.isCapitalized(end)
            let strength = (capitalised ? 0.45 : 0.3) * (named || view.possessive(end - 1) ? 0.4 : 1)
            spans.append(
                TypedSpan(view: view, type: plural ? .group : .person, words: start..<end, strength: strength))
            if !plural {
                spans.append(TypedSpan(view: view, type: .group, words: start..<end, strength: strength))
            }
        }
    }
}
