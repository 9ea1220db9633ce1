/// Finds places: lower-case place phrases after a preposition ("in the old harbor"), capitalised chunks typed as
/// places, names before a place noun ("Sistan and Baluchestan
/// province"), names after "the town of", names after a compass word ("northern China") and "city, region"
/// pairs ("Santa Clara, California").
enum LocationRecognizer {
    /// Appends the place spans of `view`.
    static func spans(
        _ view: SentenceView, chunks: [NameChunk], typings: [NameTyping], names: NameKnowledge,
        into spans: inout [TypedSpan]
    ) {
        placePhrases(view, into: &spans)
        for (position, (chunk, typing)) in zip(chunks, typings).enumerated() {
            // "on Thursdays", "in May": a day or month name is a time, not a place.
            if chunk.words.count == 1, isTimeName(view.term(chunk.words.lowerBound)) { continue }
            let start = chunk.words.lowerBound
            var end = chunk.words.upperBound
            // "Sistan and Baluchestan province": two chunks joined by "and" before a place noun.
            if position + 1 < chunks.count, view.term(end) == "and", chunks[position + 1].words.lowerBound == end + 1,
                PlaceLexicon.suffixes.contains(view.term(chunks[position + 1].words.upperBound)),
                !view.words[chunks[position + 1].words.upperBound].isCapitalized
            {
                end = chunks[position + 1].words.upperBound
            }
            let merged = end > chunk.words.upperBound
            if end < view.words.count, !view.words[end].isCapitalized, view.spaced(end - 1),
                PlaceLexicon.suffixes.contains(view.term(end)), !chunk.possessive || end > chunk.words.upperBound
            {
                spans.append(
                    TypedSpan(view: view, type: .location, words: start..<(end + 1), strength: merged ? 0.95 : 0.9))
                continue
            }
            // "Pakistani soil": a demonym before a noun for the country's ground.
            if chunk.words.count == 1, end < view.words.count, view.spaced(end - 1),
                PlaceLexicon.groundNouns.contains(view.term(end)), names.isDemonym(view.term(start))
            {
                spans.append(TypedSpan(view: view, type: .location, words: start..<(end + 1), strength: 0.7))
            }
            var strength = typing.location
            if start >= 2, view.term(start - 1) == "of", PlaceLexicon.introducers.contains(view.term(start - 2)) {
                strength = max(strength, 0.9)
            }
            if start >= 1, PlaceLexicon.directions.contains(view.term(start - 1)), !view.words[start - 1].isCapitalized,
                view.spaced(start - 1)
            {
                spans.append(
                    TypedSpan(
                        view: view, type: .location, words: (start - 1)..<chunk.words.upperBound,
                        strength: strength * 0.9))
            }
            // "Santa Clara, California": a place, a comma and a country or region.
            if position + 1 < chunks.count, !chunk.possessive {
                let next = chunks[position + 1]
                let gap = view.bytes[
                    view.words[chunk.words.upperBound - 1].range
                        .upperBound..<view.words[next.words.lowerBound].range.lowerBound]
                if next.words.lowerBound == chunk.words.upperBound, Array(gap) == [UInt8(ascii: ","), 0x20],
                    names.isCountryOrRegion(view.string(words: next.words)),
                    names.isCity(view.string(words: chunk.words)),
                    !names.isCountryOrRegion(view.string(words: chunk.words))
                {
                    spans.append(
                        TypedSpan(
                            view: view, type: .location, words: start..<next.words.upperBound,
                            strength: max(strength, 0.8)))
                }
            }
            // "Germany and Scandinavia": two places joined by "and".
            if position + 1 < chunks.count, strength >= 0.5, !chunk.possessive,
                view.term(chunk.words.upperBound) == "and",
                chunks[position + 1].words.lowerBound == chunk.words.upperBound + 1,
                typings[position + 1].location >= 0.5
            {
                spans.append(
                    TypedSpan(
                        view: view, type: .location, words: start..<chunks[position + 1].words.upperBound,
                        strength: min(strength, typings[position + 1].location) + 0.02))
            }
            if strength > 0.1 {
                spans.append(TypedSpan(view: view, type: .location, words: chunk.words, strength: strength))
            }
        }
    }

    /// Whether a lowercased word is a day or month name, or a day name's plural ("thursdays").
    static func isTimeName(_ term: String) -> Bool {
        let singular = term.hasSuffix("s") ? String(term.dropLast()) : term
        return DateLexicon.weekdays.contains(term) || DateLexicon.weekdays.contains(singular)
            || DateLexicon.months.contains(term)
    }

    /// "in the old harbor", "in the colonies", "to the north": a preposition, a determiner, up to two
    /// lower-case modifiers and a common place noun. Weak: the answer to few questions, but to some.
    static func placePhrases(_ view: SentenceView, into spans: inout [TypedSpan]) {
        for index in view.words.indices where PlaceLexicon.whereCues.contains(view.term(index)) {
            var start = index + 1
            if QuestionShape.determiners.contains(view.term(start)) { start += 1 }
            var end = start
            while end < view.words.count, end < start + 3, !view.words[end].isCapitalized,
                !Stopwords.contains(view.term(end)), view.words[end].kind != .number || end < start + 2
            {
                end += 1
                if PlaceLexicon.commonPlaceNouns.contains(view.term(end - 1)) {
                    // Keep the longest phrase up to a place noun that ends a noun group.
                    if end >= view.words.count || view.punctuated(after: end - 1)
                        || !PlaceLexicon.commonPlaceNouns.contains(view.term(end))
                    {
                        // "the arid plains of Central Asia": a name after "of" belongs to the phrase.
                        if view.term(end) == "of", view.spaced(end - 1), view.isCapitalized(end + 1) {
                            var last = end + 1
                            while last + 1 < view.words.count, view.spaced(last), view.isCapitalized(last + 1) {
                                last += 1
                            }
                            spans.append(
                                TypedSpan(view: view, type: .location, words: start..<(last + 1), strength: 0.3))
                        }
                        spans.append(TypedSpan(view: view, type: .location, words: start..<end, strength: 0.3))
                        break
                    }
                }
                if view.punctuated(after: end - 1) { break }
            }
        }
    }
}
