/// A fallback for a misparse: when a sentence states the question's predicate as a verb but its parse puts none
/// of the sentence's name candidates in the asked role (the tree took a name for a verb, read a passive as an
/// active, or hung the name off a list or a parenthesis), the name nearest the verb on the side where that role
/// is written fills it part-way: an active verb's agent before it and its patient after it, a passive verb's
/// patient before it and its agent after it, past "by".
enum RoleFallback {
    /// The role score the nearest name gets (a name the parse does place in the role gets up to 1).
    static let fit = 0.8
    /// The most words between the name and the verb.
    static let reach = 6

    /// `syntaxes` (one per span of `spans`, with head words `heads` in `analysis`) with the fallback applied: when
    /// no person or group span fills the asked role of `frame`, the one nearest an occurrence of the predicate on
    /// the role's side, with no punctuation and no other verb between, gets the role score `fit`.
    static func applied(
        to syntaxes: [SyntaxEvidence], spans: [TypedSpan], heads: [Int?], frame: QuestionFrame,
        in analysis: SentenceAnalysis, relations: RelationLexicon
    ) -> [SyntaxEvidence] {
        guard let asked = frame.role, asked == .agent || asked == .patient, let lemma = frame.predicateLemma else {
            return syntaxes
        }
        let names: Set<SpanType> = [.person, .group]
        let candidates = spans.indices.filter { names.contains(spans[$0].type) && heads[$0] != nil }
        guard !candidates.isEmpty, !candidates.contains(where: { syntaxes[$0].alignment.role > 0 }) else {
            return syntaxes
        }
        let verbs = FrameAlignment.predicateOccurrences(of: lemma, in: analysis, relations: relations).filter {
            analysis.tags[$0] == .verb
        }
        var best: (candidate: Int, distance: Int)?
        for verb in verbs {
            let passive = analysis.isPassive(verb) || isPassiveParticiple(verb, in: analysis)
            let before = (asked == .agent) != passive
            for candidate in candidates {
                guard let words = analysis.words(coveringBytes: spans[candidate].range) else { continue }
                let (start, end) = before ? (words.upperBound, verb) : (verb + 1, words.lowerBound)
                guard start <= end, end - start <= reach else { continue }
                let between = start..<end
                guard clear(between, in: analysis) else { continue }
                if !before, asked == .agent, !between.contains(where: { analysis.lemmas[$0].lowercased() == "by" }) {
                    continue
                }
                if between.count < best?.distance ?? .max { best = (candidate, between.count) }
            }
        }
        guard let chosen = best?.candidate else { return syntaxes }
        var result = syntaxes
        result[chosen].alignment.predicateFound = true
        result[chosen].alignment.role = fit
        return result
    }

    /// Whether `verb` is a past participle with "by" right after it ("a drive spearheaded by X"): a passive the
    /// parse may not have marked.
    static func isPassiveParticiple(_ verb: Int, in analysis: SentenceAnalysis) -> Bool {
        verb + 1 < analysis.count && analysis.lemmas[verb + 1].lowercased() == "by"
            && analysis.words[verb].text.lowercased() != analysis.lemmas[verb].lowercased()
    }

    /// Whether the words `between` hold no punctuation and no verb (another clause).
    static func clear(_ between: Range<Int>, in analysis: SentenceAnalysis) -> Bool {
        !between.contains { analysis.tags[$0] == .punct || analysis.tags[$0] == .verb }
    }
}
