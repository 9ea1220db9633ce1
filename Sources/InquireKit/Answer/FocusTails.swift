/// *What satellite was used …?* over "… used the Astra 2A satellite": the question's own focus noun written after
/// the name that answers it repeats the kind asked about, so the answer is the name alone ("Astra 2A"), as a reader
/// would give it. Only a lower-case common noun goes (a capitalised one is part of the name: "Sun Life Stadium"),
/// and only after a name word: a capitalised word or one with a digit ("CALIPSO satellite", "5K resolution"), never
/// after a common word ("a broken arm", "British telecommunications company" stay whole). A place keeps its kind
/// noun: "Arden province" is how the place is named.
enum FocusTails {
    /// The text of `span` without its last word when that word is the focus noun (a stem, `QuestionShape.focus`)
    /// written in lower case right after a name word, with the spaces before it; nil when `span` does not
    /// end so (or is one word).
    static func withoutFocus(_ span: TypedSpan, focus: String?, in view: SentenceView, analysis: SentenceAnalysis?)
        -> String?
    {
        guard let focus, span.type != .location, span.tokens.count >= 2, span.tokens.upperBound <= view.words.count,
            !span.tokens.contains(where: { CoordinatedNames.joiners.contains(view.term($0)) })
        else { return nil }
        let last = span.tokens.upperBound - 1
        let word = view.words[last]
        let written = view.string(word.range)
        guard written.first?.isLowercase == true, written.allSatisfy(\.isLetter),
            SnowballStemmer.stem(written.lowercased()) == focus, span.range.upperBound == word.range.upperBound
        else { return nil }
        let before = view.string(view.words[last - 1].range)
        guard before.first?.isUppercase == true || before.contains(where: \.isNumber) else { return nil }
        // "the Brazilian team": an adjective of nationality before the noun names no team.
        if let analysis, let word = analysis.words(coveringBytes: view.words[last - 1].range)?.last,
            analysis.tags[word] == .adj
        {
            return nil
        }
        // Only spaces between the name and the noun: "Astra 2A satellite", not "Astra 2A's satellite".
        let gap = view.bytes[view.words[last - 1].range.upperBound..<word.range.lowerBound]
        guard !gap.isEmpty, gap.allSatisfy({ $0 == 0x20 }) else { return nil }
        return view.string(span.range.lowerBound..<view.words[last - 1].range.upperBound)
    }
}
