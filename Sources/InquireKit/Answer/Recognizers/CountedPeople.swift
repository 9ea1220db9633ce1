/// *How many people …?* over "1,426 pilgrims were trampled": *people* (and *person*) is the general noun for
/// persons, and a count of persons of any kind (a noun the noun lexicon types as a person: pilgrims, residents,
/// soldiers) counts people.
enum CountedPeople {
    /// The general nouns for persons a question counts with, lowercased lemmas.
    static let generalNouns: Set<String> = ["people", "person"]

    /// `span` counting the question's general noun `asked` (its lemma) when the span is a count whose number
    /// modifies, in `analysis`, a common noun the noun lexicon types as a person; `span` itself otherwise.
    static func reread(
        _ span: TypedSpan, asked: String?, in analysis: SentenceAnalysis, nouns: NounLexicon
    ) -> TypedSpan {
        guard let asked, generalNouns.contains(asked), span.type == .count,
            span.countedNoun?.hasPrefix("unit:") != true,
            let words = analysis.words(coveringBytes: span.range),
            let number = words.last(where: { analysis.tags[$0] == .num }),
            let noun = CountAlignment.countedNoun(of: number, in: analysis), !words.contains(noun),
            analysis.tags[noun] == .noun
        else { return span }
        let lemma = analysis.lemmas[noun].lowercased()
        guard !generalNouns.contains(lemma), nouns.kind(of: lemma)?.type == "person" else { return span }
        return TypedSpan(
            type: span.type, range: span.range, text: span.text, tokens: span.tokens,
            countedNoun: SnowballStemmer.stem(asked), strength: span.strength)
    }
}
