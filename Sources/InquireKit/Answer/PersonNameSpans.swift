/// A person's name as the name alone, whole: without a description written before it ("Panthers quarterback
/// Cam Newton", "Linebacker Brandon Marshall" → the name) or a possessive name ("the Harbour Party's Jo Lam" →
/// "Jo Lam", `PossessedNames`), with an epithet that is part of it ("William the
/// Conqueror") and with the particle of a surname written without the given name ("von Staupitz"); a name of one
/// word is answered with the fuller name the text gives it nearby ("Bowman" → "Isiah Bowman", "Monckton" →
/// "Colonel Monckton").
///
/// Titles of address and rank stay ("King George III", "Major General James Abercrombie", "Rep. Joe Barton"):
/// they are written as part of the name; what goes is a description of the person's job or side.
enum PersonNameSpans {
    /// `span` adjusted as above when it is a person; any other span unchanged. `analysis`, the sentence's parse
    /// when there is one, must attach an epithet to the name for it to be taken in.
    static func adjusted(
        _ span: TypedSpan, in view: SentenceView, analysis: SentenceAnalysis?, names: NameKnowledge
    ) -> TypedSpan {
        guard span.type == .person || span.type == .group, !span.tokens.isEmpty,
            span.tokens.upperBound <= view.words.count
        else { return span }
        var words = withoutDescription(span.tokens, in: view, names: names)
        if span.type == .group {
            // A group span holding a person's name ("Panthers quarterback Cam Newton") is cut to the name only.
            guard words != span.tokens,
                isGivenName(words.lowerBound, in: view, names: names)
                    || namesPerson(words, in: view, analysis: analysis)
            else { return span }
        } else {
            words = withEpithet(words, in: view, analysis: analysis)
            words = withParticle(words, in: view)
            // "the Harbour Party's Jo Lam": the name after a possessive name is the person's alone.
            words = PossessedNames.name(within: words, in: view) ?? words
        }
        guard words != span.tokens else { return span }
        return TypedSpan(
            view: view, type: span.type, words: words, strength: span.strength, countedNoun: span.countedNoun)
    }

    /// The name of `words` without a description before it: the words up to the last lower-case common word
    /// ("Byzantine general Alexius Komnenos"), or capitalised words before a common given name that are no
    /// title, rank, abbreviation or given name themselves ("Developer William Smilie"); at least two name words
    /// remain, and a coordination or a span with punctuation inside is left alone.
    static func withoutDescription(_ words: Range<Int>, in view: SentenceView, names: NameKnowledge) -> Range<Int> {
        guard words.count >= 3, words.dropLast().allSatisfy({ onlySpaceOrStop(after: $0, in: view) }),
            !words.contains(where: { ["and", "&", "or"].contains(view.term($0)) })
        else { return words }
        if let name = withoutTitleOfPlace(words, in: view, names: names) { return name }
        let lowerCase = words.filter {
            !view.isCapitalized($0) && view.words[$0].kind == .word && !NameLexicon.connectors.contains(view.term($0))
        }
        if let last = lowerCase.last {
            let rest = (last + 1)..<words.upperBound
            guard rest.count >= 2, view.isCapitalized(rest.lowerBound) else { return words }
            return rest
        }
        guard
            let given = (words.lowerBound + 1..<(words.upperBound - 1)).first(where: {
                isGivenName($0, in: view, names: names)
            })
        else { return words }
        let before = words.lowerBound..<given
        let described = before.allSatisfy { index in
            let term = view.term(index)
            return view.words[index].kind == .word && !view.possessive(index) && !isTitle(term)
                && !isGivenName(index, in: view, names: names) && !abbreviated(index, in: view)
        }
        return described ? given..<words.upperBound : words
    }

    /// Whether `words` are a person's name after a description (the words before them in the span, ending in a
    /// lower-case common noun): one person entity of `analysis` holds them all, or the tree attaches their first
    /// word to that noun as its name (`flat` or `appos`, "quarterback" of "Panthers quarterback Cam Newton"),
    /// with proper nouns only.
    static func namesPerson(_ words: Range<Int>, in view: SentenceView, analysis: SentenceAnalysis?) -> Bool {
        let before = words.lowerBound - 1
        guard let analysis, !words.isEmpty, before >= 0, !view.isCapitalized(before), view.words[before].kind == .word,
            let covered = analysis.words(coveringBytes: view.byteRange(words)),
            let noun = analysis.words(coveringBytes: view.words[before].range)?.last
        else { return false }
        if let entity = analysis.entity(containing: covered.lowerBound), entity.kind == .person,
            entity.words.lowerBound <= covered.lowerBound, entity.words.upperBound >= covered.upperBound
        {
            return true
        }
        return analysis.tags[noun] == .noun && analysis.heads[covered.lowerBound] == noun
            && ["flat", "appos"].contains(analysis.baseRelation(covered.lowerBound))
            && covered.allSatisfy { analysis.tags[$0] == .propn }
    }

    /// The name of `words` without a title of a place written before it with no comma ("Governor of Washington
    /// Chris Gregoire" → "Chris Gregoire"): a title or role word, "of", at least one capitalised word, then the
    /// first common given name with at least one more word after it; nil when `words` is not so.
    static func withoutTitleOfPlace(_ words: Range<Int>, in view: SentenceView, names: NameKnowledge) -> Range<Int>? {
        let start = words.lowerBound
        guard words.count >= 5, isTitle(view.term(start)) || NameLexicon.roles.contains(view.term(start)),
            view.term(start + 1) == "of"
        else { return nil }
        guard
            let given = ((start + 3)..<(words.upperBound - 1)).first(where: { isGivenName($0, in: view, names: names) }
            ),
            ((start + 2)..<given).allSatisfy({ view.isCapitalized($0) })
        else { return nil }
        return given..<words.upperBound
    }

    /// Whether only spaces and full stops (of initials and abbreviations) stand between word `index` and the next.
    static func onlySpaceOrStop(after index: Int, in view: SentenceView) -> Bool {
        guard index + 1 < view.words.count else { return false }
        let gap = view.bytes[view.words[index].range.upperBound..<view.words[index + 1].range.lowerBound]
        return gap.allSatisfy { $0 == 0x20 || $0 == UInt8(ascii: ".") }
    }

    /// Whether word `index` is a given name of the census at all, however rare ("Brandon", "Hugh"): the
    /// capitalised word before it must then be a description, not another part of the name.
    static func isGivenName(_ index: Int, in view: SentenceView, names: NameKnowledge) -> Bool {
        view.isCapitalized(index) && !isTitle(view.term(index)) && !NameChunker.isTitleOrRole(view.term(index))
            && names.gazetteer.nameFrequency(view.string(words: index..<(index + 1))).first > 0
    }

    /// Whether a lowercased word is a title or rank written as part of a name.
    static func isTitle(_ term: String) -> Bool {
        NameLexicon.titles.contains(term) || NameLexicon.ranks.contains(term)
            || NameLexicon.militaryRanks.contains(term)
    }

    /// Whether word `index` is written as an abbreviation, with a full stop right after it ("Rep.", "Gen.").
    static func abbreviated(_ index: Int, in view: SentenceView) -> Bool {
        let end = view.words[index].range.upperBound
        return end < view.bytes.count && view.bytes[end] == UInt8(ascii: ".")
    }

    /// `words` with the epithet after a name of one or two words: "the" and one capitalised word that is no
    /// title, role or group noun, attached by the parse to the name ("Suleiman the Magnificent").
    static func withEpithet(_ words: Range<Int>, in view: SentenceView, analysis: SentenceAnalysis?) -> Range<Int> {
        let the = words.upperBound
        let epithet = the + 1
        guard words.count <= 2, epithet < view.words.count, view.term(the) == "the", view.spaced(the - 1),
            view.spaced(the), !view.possessive(the - 1), view.isCapitalized(epithet),
            !view.isCapitalized(epithet + 1) || !view.spaced(epithet),
            !isTitle(view.term(epithet)), !NameChunker.isTitleOrRole(view.term(epithet)),
            !GroupLexicon.heads.contains(view.term(epithet))
        else { return words }
        if let analysis {
            guard let name = analysis.words(coveringBytes: view.byteRange(words)),
                let word = analysis.words(coveringBytes: view.words[epithet].range)?.first,
                name.contains(analysis.heads[word]) || name.contains(where: { analysis.heads[$0] == word })
            else { return words }
        }
        return words.lowerBound..<(epithet + 1)
    }

    /// `words` with the particle before a one-word surname that a lower-case word precedes ("by von Staupitz").
    static func withParticle(_ words: Range<Int>, in view: SentenceView) -> Range<Int> {
        let particle = words.lowerBound - 1
        guard words.count == 1, particle >= 0, NameLexicon.surnameParticles.contains(view.term(particle)),
            !view.isCapitalized(particle), view.spaced(particle),
            particle == 0 || !view.isCapitalized(particle - 1) || !view.spaced(particle - 1)
        else { return words }
        return particle..<words.upperBound
    }

    /// The fuller name of a person span of one word: the same word with a given name or a title right before it,
    /// at the span or earlier in its sentence or in `earlier` (the sentences before it, nearest last), nearest
    /// first ("Isiah Bowman" for "Bowman"); nil when there is none or the span is no one-word person.
    static func fullName(
        of span: TypedSpan, in view: SentenceView, earlier: [String], names: NameKnowledge
    ) -> String? {
        guard span.type == .person, span.tokens.count == 1, view.isCapitalized(span.tokens.lowerBound) else {
            return nil
        }
        let name = view.term(span.tokens.lowerBound)
        // Its own place first: a title the recogniser cut off ("Colonel Monckton") belongs to a one-word name.
        if let found = opened(name, in: view, before: span.tokens.upperBound, names: names) { return found }
        for text in earlier.reversed() {
            let other = SentenceView(text)
            if let found = opened(name, in: other, before: other.words.count, names: names) { return found }
        }
        return nil
    }

    /// The last occurrence of the lowercased `name` before word `end` of `view` with a given name or a title
    /// right before it, or the initials of given names ("T. J. Ward"), as written with that word; nil when there
    /// is none.
    static func opened(_ name: String, in view: SentenceView, before end: Int, names: NameKnowledge) -> String? {
        var index = min(end, view.words.count) - 1
        while index >= 1 {
            defer { index -= 1 }
            guard view.term(index) == name, view.isCapitalized(index) else { continue }
            if let first = initials(before: index, in: view) { return view.string(words: first..<(index + 1)) }
            guard view.spaced(index - 1), view.isCapitalized(index - 1) else { continue }
            let opener = index - 1
            if isTitle(view.term(opener)) || isGivenName(opener, in: view, names: names) {
                return view.string(words: opener..<(index + 1))
            }
        }
        return nil
    }

    /// The first of the initials written right before word `index` ("T. J." of "T. J. Ward"): single capital
    /// letters each followed by a full stop, the last by a full stop and one space; nil when none stands there.
    static func initials(before index: Int, in view: SentenceView) -> Int? {
        func isInitial(_ word: Int, gaps: [[UInt8]]) -> Bool {
            guard word >= 0, view.isCapitalized(word), view.words[word].range.count == 1 else { return false }
            let gap = Array(view.bytes[view.words[word].range.upperBound..<view.words[word + 1].range.lowerBound])
            return gaps.contains(gap)
        }
        let stop = UInt8(ascii: ".")
        guard isInitial(index - 1, gaps: [[stop, 0x20]]) else { return nil }
        var first = index - 1
        while isInitial(first - 1, gaps: [[stop, 0x20], [stop]]) { first -= 1 }
        return first
    }
}
