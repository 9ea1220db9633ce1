/// *What share of the market does the firm hold now?* over "The firm held 70 percent of the market in 2009; this has
/// dropped to 56 percent today": a question about the present (*now*, *today*, *currently*) is answered by the
/// quantity the sentence states of the present ("today"), not by one it dates to a year.
enum PresentTime {
    /// Words that place a question or a clause at the present time.
    static let nowWords: Set<String> = ["now", "today", "currently", "presently", "nowadays"]

    /// The factor of the focus fit of a quantity stated of the present.
    static let present = 1.5
    /// The factor of the focus fit of a quantity stated of a year.
    static let dated = 0.6

    /// The span types whose candidates are read for their time: quantities.
    static let quantities: Set<SpanType> = [.count, .percent, .money, .distance, .duration]

    /// Whether the question (its lower-case words) asks about the present.
    static func asksNow(_ words: [String]) -> Bool {
        words.contains { nowWords.contains($0) }
    }

    /// The factor for the time the clause of word `index` is stated of: `present` when a word of its clause (the
    /// words whose nearest verb above them is the same) is a present-time adverb or noun (*today*), `dated` when
    /// one is a year ("in 2009", `CountInstances.isYear`), nil otherwise or without a verb.
    static func factor(of index: Int, in analysis: SentenceAnalysis) -> Double? {
        guard let clause = clause(of: index, in: analysis) else { return nil }
        let words = analysis.subtree(of: clause).filter { $0 != index && self.clause(of: $0, in: analysis) == clause }
        if words.contains(where: { nowWords.contains(analysis.words[$0].text.lowercased()) }) { return present }
        return words.contains { CountInstances.isYear($0, in: analysis) } ? dated : nil
    }

    /// The nearest verb at or above word `index`, nil when there is none.
    static func clause(of index: Int, in analysis: SentenceAnalysis) -> Int? {
        var word = index
        while analysis.tags[word] != .verb {
            guard analysis.heads[word] >= 0 else { return nil }
            word = analysis.heads[word]
        }
        return word
    }

    /// `syntaxes` (one per span) with the focus fit of each quantity candidate raised when its clause is stated
    /// of the present and lowered when it is dated to a year, for a question about the present (`asksNow`).
    static func applied(
        to syntaxes: [SyntaxEvidence], spans: [TypedSpan], heads: [Int?], question: [String],
        in analysis: SentenceAnalysis
    ) -> [SyntaxEvidence] {
        guard asksNow(question) else { return syntaxes }
        var syntaxes = syntaxes
        for (index, span) in spans.enumerated() where quantities.contains(span.type) {
            guard let head = heads[index], let factor = factor(of: head, in: analysis) else { continue }
            syntaxes[index].focusFit *= factor
        }
        return syntaxes
    }
}
