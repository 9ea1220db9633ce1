/// *When did Ada Vell die?* over "Ada Vell (1249–1314) wrote …": the years in parentheses after a name are its
/// bearer's birth and death, in that order; a question about a death is answered by the second, one about a birth by
/// the first.
enum LifeDates {
    /// Which end of a life a question asks about.
    enum End: Equatable {
        /// The year of birth, the first of the pair.
        case birth
        /// The year of death, the second.
        case death
    }

    /// Question words that ask for a death.
    static let deathWords: Set<String> = ["die", "died", "dies", "death", "dead"]
    /// Question words that ask for a birth.
    static let birthWords: Set<String> = ["born", "birth"]
    /// Dashes that join the two years.
    static let dashes: Set<String> = ["-", "\u{2013}", "\u{2014}"]

    /// The factor of the focus fit of the asked end's year.
    static let askedFit = 1.5
    /// The factor of the focus fit of the other end's year.
    static let otherFit = 0.4

    /// The end of a life the question (its lower-case words) asks about, nil when it asks about neither or both.
    static func asked(_ question: [String]) -> End? {
        let death = question.contains { deathWords.contains($0) }
        let birth = question.contains { birthWords.contains($0) }
        if death == birth { return nil }
        return death ? .death : .birth
    }

    /// The end of a life the year at word `index` of `view` gives: `birth` for the first of "(1249–1314)", `death`
    /// for the second (the two numbers joined by a dash, an opening parenthesis right before the pair and a closing
    /// one right after it); nil for a year not in such a pair.
    static func end(ofYear index: Int, in view: SentenceView) -> End? {
        let words = view.words
        let bytes = view.bytes
        func isYear(_ word: Int) -> Bool {
            word >= 0 && word < words.count && words[word].kind == .number
                && (3...4).contains(view.term(word).utf8.count)
        }
        // The first year at `first`, the second right after it.
        func pair(_ first: Int) -> Bool {
            guard isYear(first), isYear(first + 1) else { return false }
            let lower = words[first].range.lowerBound
            let upper = words[first + 1].range.upperBound
            let gap = Array(bytes[words[first].range.upperBound..<words[first + 1].range.lowerBound])
            return lower > 0 && bytes[lower - 1] == UInt8(ascii: "(") && upper < bytes.count
                && bytes[upper] == UInt8(ascii: ")") && dashes.contains { Array($0.utf8) == gap }
        }
        if pair(index) { return .birth }
        if pair(index - 1) { return .death }
        return nil
    }

    /// `syntaxes` (one per span) with the focus fit of each one-word date span raised when it is the year of the
    /// end of a life the question asks about, and lowered when it is the other end.
    static func applied(
        to syntaxes: [SyntaxEvidence], spans: [TypedSpan], question: [String], view: SentenceView
    ) -> [SyntaxEvidence] {
        guard let asked = asked(question) else { return syntaxes }
        var syntaxes = syntaxes
        for (index, span) in spans.enumerated() where span.type == .date && span.tokens.count == 1 {
            guard let end = end(ofYear: span.tokens.lowerBound, in: view) else { continue }
            syntaxes[index].focusFit *= end == asked ? askedFit : otherFit
        }
        return syntaxes
    }
}
