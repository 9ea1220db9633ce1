/// Candidates merged across sentences: one per normalised text, ranked, a whole span before the span it holds,
/// each with its lead and calibrated confidence.
extension AnswerExtractor {
    /// Merges candidates with the same normalised text: the best keeps its evidence, the others add agreement.
    /// The merged candidates are ranked by score (the earlier sentence first on a tie), each gets its lead over
    /// the best other and its calibrated confidence (a runner-up's at most that of the one above it).
    func merge(_ candidates: [Candidate]) -> [Candidate] {
        var groups: [String: [Candidate]] = [:]
        var order: [String] = []
        for candidate in candidates {
            let key = Self.key(candidate.text)
            if groups[key] == nil { order.append(key) }
            groups[key, default: []].append(candidate)
        }
        var merged: [Candidate] = []
        for key in order {
            guard let group = groups[key]?.sorted(by: { $0.score > $1.score }), let top = group.first else { continue }
            let others = Set(group.map(\.evidence.sentence)).subtracting([top.evidence.sentence]).sorted()
            // Support from other sentences counts by how well they match the question, so a name that merely
            // recurs across the corpus gains little. Summed in sentence order, so the total is the same every run.
            let support = others.compactMap { sentence in
                group.first { $0.evidence.sentence == sentence }.map { $0.score * $0.parts.coverage }
            }
            var parts = top.parts
            parts.agreement = min(0.1, support.reduce(0) { $0 + 0.25 * $1 })
            merged.append(
                Candidate(
                    text: top.text, type: top.type, score: top.score + parts.agreement, evidence: top.evidence,
                    parts: parts))
        }
        merged.sort { $0.score != $1.score ? $0.score > $1.score : $0.evidence.sentence < $1.evidence.sentence }
        merged = Self.wholeSpansFirst(merged)
        let scored = merged.enumerated().map { rank, candidate in
            var parts = candidate.parts
            let rival = rank == 0 ? (merged.count > 1 ? merged[1].score : 0) : merged[0].score
            parts.lead = candidate.score - rival
            return Candidate(
                text: candidate.text, type: candidate.type, score: candidate.score, evidence: candidate.evidence,
                parts: parts,
                confidence: confidence.probability(
                    ConfidenceModel.features(parts, score: candidate.score, type: candidate.type)))
        }
        // The model is fitted on the answers given (the best candidates), not on runners-up: a runner-up is shown
        // no more confident than the candidate ranked above it, so `:top`'s order and confidences agree.
        var ceiling = 1.0
        return scored.map { candidate in
            ceiling = min(ceiling, candidate.confidence)
            return Candidate(
                text: candidate.text, type: candidate.type, score: candidate.score, evidence: candidate.evidence,
                parts: candidate.parts, confidence: ceiling)
        }
    }

    /// How close two scores must be for the span holding the other to rank first.
    static let nestedTie = 0.05

    /// `ranked` (best first) with each candidate moved above the one right before it, at that one's score, when
    /// its span, in the same sentence, holds that one's and scores within `nestedTie` of it: "Pakistan's Foreign
    /// Ministry" over "Foreign Ministry", which differ only by the strength of their recognition (whole names).
    static func wholeSpansFirst(_ ranked: [Candidate]) -> [Candidate] {
        var ranked = ranked
        var index = 0
        while index + 1 < ranked.count {
            let (first, second) = (ranked[index], ranked[index + 1])
            if first.evidence.sentence == second.evidence.sentence, let inner = first.evidence.range,
                let outer = second.evidence.range, outer != inner, outer.lowerBound <= inner.lowerBound,
                outer.upperBound >= inner.upperBound, first.score - second.score < nestedTie
            {
                // The two tie: the whole span takes the higher score, so its lead is 0, not negative.
                ranked[index] = Candidate(
                    text: second.text, type: second.type, score: first.score, evidence: second.evidence,
                    parts: second.parts)
                ranked[index + 1] = first
            }
            index += 1
        }
        return ranked
    }

    /// The merge key of an answer text: lowercased, apostrophes straightened, a leading article dropped.
    static func key(_ text: String) -> String {
        var key = text.lowercased().replacing("\u{2019}", with: "'")
        for article in ["the ", "a ", "an "] where key.hasPrefix(article) {
            key.removeFirst(article.count)
            break
        }
        return key
    }

    /// An answer text without trailing punctuation.
    static func trimmed(_ text: String) -> String {
        var text = text
        while let last = text.last, ",;:".contains(last) { text.removeLast() }
        return text
    }
}
