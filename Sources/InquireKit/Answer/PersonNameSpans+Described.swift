extension PersonNameSpans {
    /// "Panthers quarterback Cam Newton", read as a group name: the person named after the description's last
    /// lower-case word is the answer, when that word is a noun in `analysis` (the tagger may read "quarterback" as a
    /// proper noun) and the same words are also recognised as a person's name (`persons`: the word ranges of the
    /// sentence's person spans). A group span with no such person at its end is unchanged.
    static func describedPerson(
        _ span: TypedSpan, in view: SentenceView, analysis: SentenceAnalysis, persons: Set<Range<Int>>
    ) -> TypedSpan {
        guard span.type == .group, span.tokens.count >= 3, span.tokens.upperBound <= view.words.count,
            let last = span.tokens.last(where: {
                !view.isCapitalized($0) && view.words[$0].kind == .word
                    && !NameLexicon.connectors.contains(view.term($0))
            }),
            last > span.tokens.lowerBound
        else { return span }
        // The description ends in a common noun ("quarterback"), not in a function word ("The Globe and Mail").
        guard let noun = analysis.words(coveringBytes: view.words[last].range)?.last,
            analysis.tags[noun] == .noun || analysis.tags[noun] == .propn
        else { return span }
        let name = (last + 1)..<span.tokens.upperBound
        guard !name.isEmpty, persons.contains(name) else { return span }
        return TypedSpan(
            view: view, type: span.type, words: name, strength: span.strength, countedNoun: span.countedNoun)
    }
}
