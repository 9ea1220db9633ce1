/// The noun a count counts, read from the dependency tree: the noun its number modifies as `nummod` ("11 other
/// affiliates", "two \"coordinating lead authors\"", "five or more seats"), where the words after the number —
/// a stopword, an opening quote, a qualifier — hide it from `NumberRecognizer.countedNoun`.
enum CountedNouns {
    /// `span` with the noun its number modifies in `analysis` as its counted noun, when the span is a count
    /// without a unit of measure and the parse makes its last number word the `nummod` of a common noun; `span`
    /// itself otherwise.
    static func reread(_ span: TypedSpan, in analysis: SentenceAnalysis) -> TypedSpan {
        guard span.type == .count, span.countedNoun?.hasPrefix("unit:") != true,
            let noun = countedNoun(of: span.range, in: analysis)
        else { return span }
        let stem = MeasureLexicon.countedKey(noun)
        guard stem != span.countedNoun else { return span }
        return TypedSpan(
            type: span.type, range: span.range, text: span.text, tokens: span.tokens, countedNoun: stem,
            strength: span.strength)
    }

    /// The lower-case form of the common noun whose `nummod` is the last number word in `bytes`, if any.
    static func countedNoun(of bytes: Range<Int>, in analysis: SentenceAnalysis) -> String? {
        guard let words = analysis.words(coveringBytes: bytes),
            let number = words.last(where: { analysis.tags[$0] == .num })
        else { return nil }
        let head = analysis.heads[number]
        guard analysis.relations[number] == "nummod", analysis.tags.indices.contains(head), !words.contains(head),
            analysis.tags[head] == .noun
        else { return nil }
        return analysis.words[head].text.lowercased()
    }
}
