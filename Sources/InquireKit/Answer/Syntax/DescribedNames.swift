/// A description standing right before a name: "the British rock group Coldplay", "quarterback Cam Newton",
/// "San Francisco mayor Ed Lee". The name is what answers *who*, and it fills whatever role the description
/// fills: the parse often hangs the name off the description (or misreads it), so the role found for the
/// description is the name's too, and the description itself fits less.
enum DescribedNames {
    /// The pairs (description, name) among `spans` (indices into it): a person or group span whose head word
    /// (`heads`, in `analysis`) is a common noun, followed with nothing between by a person or group span
    /// whose head is a name word (`isName`).
    static func pairs(_ spans: [TypedSpan], heads: [Int?], in analysis: SentenceAnalysis, view: SentenceView)
        -> [(description: Int, name: Int)]
    {
        let names: Set<SpanType> = [.person, .group]
        var byStart: [Int: Int] = [:]
        for (index, span) in spans.enumerated() where names.contains(span.type) {
            if let head = heads[index], isName(head, in: analysis), byStart[span.tokens.lowerBound] == nil {
                byStart[span.tokens.lowerBound] = index
            }
        }
        var pairs: [(description: Int, name: Int)] = []
        for (index, span) in spans.enumerated() where names.contains(span.type) {
            guard let head = heads[index], analysis.tags[head] == .noun,
                let name = byStart[span.tokens.upperBound], !view.punctuated(after: span.tokens.upperBound - 1)
            else { continue }
            pairs.append((index, name))
        }
        return pairs
    }

    /// Whether the head word of a recognised name is a name word: a proper noun, or a capitalised word inside the
    /// sentence that the tagger took for another part of speech ("Coldplay" read as a verb).
    static func isName(_ head: Int, in analysis: SentenceAnalysis) -> Bool {
        if analysis.tags[head] == .propn { return true }
        let tagged: Set<UniversalTag> = [.noun, .verb, .adj]
        return head > 0 && tagged.contains(analysis.tags[head]) && analysis.words[head].text.first?.isUppercase == true
    }

    /// `syntaxes` (one per span of `spans`) with each pair applied: the description marked as describing a name
    /// (`SyntaxEvidence.describesName`), and the name given the description's alignment when that fills the
    /// asked role better than its own.
    static func applied(
        to syntaxes: [SyntaxEvidence], spans: [TypedSpan], heads: [Int?], in analysis: SentenceAnalysis,
        view: SentenceView
    ) -> [SyntaxEvidence] {
        var syntaxes = syntaxes
        for pair in pairs(spans, heads: heads, in: analysis, view: view) {
            syntaxes[pair.description].describesName = true
            let described = syntaxes[pair.description].alignment
            if described.role > syntaxes[pair.name].alignment.role { syntaxes[pair.name].alignment = described }
        }
        return syntaxes
    }
}
