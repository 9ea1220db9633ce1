/// *Which religion …?* over "neo-pagan religions such as Wicca", *Which guest …?* over "guests like Ann Roe and Bo
/// Tan": a name given as an example of the focus noun ("N such as X", "N like X", "N including X", and the names
/// coordinated with it) is of the focus noun's kind.
extension FocusNames {
    /// The case markers that make a noun's nominal modifier an example of it.
    static let exampleMarkers: Set<String> = ["like", "including", "such", "especially", "notably"]

    /// The noun the word `index` is an example of: the noun it modifies as a nominal marked by "such as", "like",
    /// "including" … (directly, or as a later conjunct of such a modifier); nil when it is no example.
    static func exampleNoun(of index: Int, in analysis: SentenceAnalysis) -> Int? {
        var word = index
        // "like Ann Roe, Bo Tan and Cy Lee": the later conjuncts hang on the first.
        if analysis.baseRelation(word) == "conj", analysis.heads[word] >= 0 { word = analysis.heads[word] }
        let noun = analysis.heads[word]
        guard noun >= 0, analysis.baseRelation(word) == "nmod",
            analysis.children[word].contains(where: {
                $0 < word && analysis.baseRelation($0) == "case"
                    && exampleMarkers.contains(analysis.words[$0].text.lowercased())
            })
        else { return nil }
        return noun
    }

    /// Whether the word `index` is an example of the noun `noun` (`exampleNoun`).
    static func isExample(_ index: Int, of noun: Int, in analysis: SentenceAnalysis) -> Bool {
        exampleNoun(of: index, in: analysis) == noun
    }

    /// Spans of type `type` over the names given as examples of a focus noun of `analysis`: each example's head
    /// with the name words next to it that it dominates ("Wicca", "Stan Lee").
    func exampleSpans(in analysis: SentenceAnalysis, view: SentenceView, type: SpanType) -> [TypedSpan] {
        var spans: [TypedSpan] = []
        for noun in 0..<analysis.count where isFocus(noun, in: analysis) {
            for example in analysis.subtree(of: noun) where example != noun {
                guard Self.isProperWord(example, in: analysis), Self.isExample(example, of: noun, in: analysis)
                else { continue }
                var lower = example
                while lower > 0, analysis.dominates(example, lower - 1), Self.isNameWord(lower - 1, in: analysis) {
                    lower -= 1
                }
                var upper = example + 1
                while upper < analysis.count, analysis.dominates(example, upper), Self.isNameWord(upper, in: analysis) {
                    upper += 1
                }
                guard let words = SyntaxSpans.viewWords(analysis.byteRange(of: lower..<upper), in: view) else {
                    continue
                }
                let span = TypedSpan(view: view, type: type, words: words, strength: 0.8)
                if !spans.contains(span) { spans.append(span) }
            }
        }
        return spans
    }
}
