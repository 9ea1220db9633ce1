/// *Who became the youngest member?* over "the Harbour Party's Jo Lam earned …": a person's name written after a
/// possessive name ("the party's Jane Doe", "Acme's John Smith") belongs to that person alone; the possessor says
/// whose side the person is on and is no part of the name, so the answer is the name after the possessive. The
/// person recogniser's spans are cut so (`PersonNameSpans.adjusted`).
enum PossessedNames {
    /// The words of the name after the last possessive inside the person name `words` of `view` when at least two
    /// capitalised words follow it and they end the name; nil otherwise.
    static func name(within words: Range<Int>, in view: SentenceView) -> Range<Int>? {
        guard words.count >= 3, words.upperBound <= view.words.count,
            let owner = words.dropLast(2).last(where: { view.possessive($0) })
        else { return nil }
        var start = owner + 1
        while start < words.upperBound, ["s", "'s", "\u{2019}s", "'", "\u{2019}"].contains(view.term(start)) {
            start += 1
        }
        let rest = start..<words.upperBound
        guard rest.count >= 2, rest.allSatisfy({ view.isCapitalized($0) }) else { return nil }
        return rest
    }
}
