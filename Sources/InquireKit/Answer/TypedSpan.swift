/// A typed span found in a sentence: the candidate unit of an answer.
package struct TypedSpan: Sendable, Equatable {
    /// What the span denotes.
    package let type: SpanType
    /// The UTF-8 byte range of the span in its sentence text.
    package let range: Range<Int>
    /// The span text as it appears in the sentence.
    package let text: String
    /// The range of the span's words in the sentence (tokens without the parts of compounds).
    package let tokens: Range<Int>
    /// For counts: the stem of the counted noun ("children" → "children"'s stem); nil otherwise.
    package let countedNoun: String?
    /// How typical the span is of its type (0…1): a gazetteer or suffix match scores higher than a bare
    /// capitalised word.
    package let strength: Double

    /// Creates a span.
    package init(
        type: SpanType, range: Range<Int>, text: String, tokens: Range<Int>, countedNoun: String? = nil,
        strength: Double = 0.5
    ) {
        self.type = type
        self.range = range
        self.text = text
        self.tokens = tokens
        self.countedNoun = countedNoun
        self.strength = strength
    }
}

extension TypedSpan {
    /// A span over words `words` of `view`.
    init(view: SentenceView, type: SpanType, words: Range<Int>, strength: Double, countedNoun: String? = nil) {
        let range = view.byteRange(words)
        self.init(
            type: type, range: range, text: view.string(range), tokens: words, countedNoun: countedNoun,
            strength: strength)
    }
}
