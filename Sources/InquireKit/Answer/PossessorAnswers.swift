/// *Which university …?* over "the University of Tarsk's school of music": the question asks for one of its
/// focus noun's kind, and a name span whose possessor holds the focus noun while the possessed part does not names
/// that possessor — the answer is "University of Tarsk", not the school.
enum PossessorAnswers {
    /// The possessor part of `span` in `view` when it holds the focus (a stem, `QuestionShape.focus`) and the part
    /// after the possessive *'s* does not; nil otherwise.
    static func possessor(of span: TypedSpan, focus: String?, view: SentenceView) -> TypedSpan? {
        guard let focus, [.person, .group, .location].contains(span.type) else { return nil }
        let text = span.text
        guard let mark = text.range(of: "'s ") ?? text.range(of: "\u{2019}s ") else { return nil }
        let owner = String(text[..<mark.lowerBound])
        let owned = String(text[mark.upperBound...])
        func holdsFocus(_ part: String) -> Bool {
            part.lowercased().split { !$0.isLetter }.contains { SnowballStemmer.stem(String($0)) == focus }
        }
        guard holdsFocus(owner), !holdsFocus(owned) else { return nil }
        let end = span.range.lowerBound + owner.utf8.count
        let words = span.tokens.filter { view.words[$0].range.upperBound <= end }
        guard let first = words.first, let last = words.last else { return nil }
        return TypedSpan(
            type: span.type, range: span.range.lowerBound..<end, text: owner, tokens: first..<last + 1,
            countedNoun: span.countedNoun, strength: span.strength)
    }
}
