/// The question's dependency tree where the patterns only guess: when no pattern found a head noun that decides
/// the class, the tree names the noun the question phrase is about — the noun *what*/*which* determines ("What
/// prize did she win …"), or the subject of a copular *what* or the copular noun *what* is the subject of
/// ("What is the tallest mountain …") — and the lexicon classes that noun.
extension QuestionParse {
    /// The outcome the tree of `analysis` gives the question phrase at token `wh`, or nil when its noun is not in
    /// the lexicon (or the tree offers none).
    func treeOutcome(_ analysis: SentenceAnalysis, wh: Int) -> RuleOutcome? {
        guard analysis.count > 0, let whWord = tokens[wh].words.first, whWord < analysis.count else { return nil }
        for noun in Self.askedNouns(analysis, wh: whWord) {
            guard let token = tokens.firstIndex(where: { $0.words.contains(noun) && $0.isWord }), token < end,
                !tokens[token].isQuoted,
                let found = lexicon.noun(in: words, from: max(wh + 1, token - 2), endingAt: token),
                let type = found.entry.type
            else { continue }
            let head = HeadMatch(range: found.start..<(token + 1), key: found.key, type: type)
            return RuleOutcome(type: type, confidence: RuleOutcome.defaultConfidence, head: head)
        }
        return nil
    }

    /// The nouns the question word at UD word `wh` asks about, most direct first: the noun it determines, the
    /// subject of the copular predicate it is, and the copular noun it is the subject of.
    static func askedNouns(_ analysis: SentenceAnalysis, wh: Int) -> [Int] {
        var nouns: [Int] = []
        let head = analysis.heads[wh]
        let relation = analysis.baseRelation(wh)
        if relation == "det", head >= 0, analysis.tags[head] == .noun { nouns.append(head) }
        if !analysis.dependents(of: wh, "cop").isEmpty {
            nouns += analysis.dependents(of: wh, "nsubj").filter { analysis.tags[$0] == .noun }
        }
        if relation == "nsubj", head >= 0, !analysis.dependents(of: head, "cop").isEmpty, analysis.tags[head] == .noun {
            nouns.append(head)
        }
        return nouns
    }
}
