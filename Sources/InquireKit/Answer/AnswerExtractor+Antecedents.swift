/// Candidates standing in the evidence sentence as a pronoun: "She later sold it to the city" answers "Who sold
/// the painting?" with the subject of the sentence before, when the pronoun fills the asked role and that subject
/// is a name of a kind the pronoun can stand for.
extension AnswerExtractor {
    /// The candidates for the subject pronouns of `match` (analysed as `parsed`) that fill the asked role, taken
    /// from the subject of the sentence before (analysed as `previous`). Each is scored in its own sentence, then
    /// given the pronoun's role and arguments and the evidence sentence's match with the question; the evidence
    /// is the sentence that states the relation (with no range: the name stands in the sentence before). When the
    /// text does not state the question's relation (`relationUnstated`: over a long text, its predicate stated
    /// nowhere or only apart from the other arguments), a pronoun in a sentence that does not state the predicate
    /// is no candidate: the subject of an unstated agent stands for no one there, as a name in no asked role is
    /// ruled out (`UnstatedRelation`).
    func antecedentCandidates(
        of match: SentenceMatch, parsed: SentenceAnalysis, previous: SentenceAnalysis, frame: QuestionFrame,
        scorer: CandidateScorer, corpus: Corpus, shape: QuestionShape, weights: [String: Double],
        relationUnstated: Bool = false
    ) -> [Candidate] {
        let pronouns = Antecedent.subjectPronouns(in: parsed)
        guard !pronouns.isEmpty, let subject = Antecedent.subject(of: previous), match.sentence > 0 else { return [] }
        let antecedent = Antecedent.lemmas(ofSubjectOf: previous)
        let before = match.sentence - 1
        let previousMatch = SentenceMatch(
            sentence: before, text: corpus.sentences[before].text, terms: shape.terms, names: shape.names,
            relationTerms: shape.relationTerms, relations: resources.relations, weights: weights,
            retrieval: 0.3 * match.retrieval)
        let spans = recognizer.spans(in: previousMatch.view).map {
            SyntaxSpans.widened($0, in: previous, view: previousMatch.view)
        }
        var found: [Candidate] = []
        for pronoun in pronouns {
            let kinds = Antecedent.pronounTypes[parsed.lemmas[pronoun].lowercased()] ?? []
            var alignment = FrameAlignment.align(
                frame, with: parsed, candidate: pronoun, antecedent: antecedent, relations: resources.relations)
            if relationUnstated, !alignment.predicateFound { continue }
            if alignment.role < 0.7, Antecedent.subjectOfUnstatedAgent(pronoun, frame: frame, in: parsed, alignment) {
                alignment.role = Antecedent.unstatedAgentRole
            }
            guard alignment.role >= Antecedent.unstatedAgentRole,
                let span = spans.first(where: { span in
                    kinds.contains(span.type)
                        && previous.headWord(coveringBytes: span.range).map {
                            Antecedent.names($0, subject, in: previous)
                        } ?? false
                })
            else { continue }
            let entityKind = previous.words(coveringBytes: span.range).flatMap { words in
                previous.headWord(coveringBytes: span.range).flatMap {
                    SyntaxSpans.kind(of: words, head: $0, in: previous)
                }
            }
            let syntax = SyntaxEvidence(alignment: alignment, entityKind: entityKind, acts: true)
            guard var parts = scorer.score(span, in: previousMatch, syntax: syntax) else { continue }
            parts.sentence = match.strength
            parts.coverage = match.coverage
            parts.relation = match.relation
            parts.missingTerms = CandidateScorer.missingTerms(of: shape, in: match)
            found.append(
                Candidate(
                    text: Self.trimmed(span.text), type: span.type, score: parts.base,
                    evidence: evidence(match.sentence, range: nil, corpus: corpus), parts: parts))
        }
        return found
    }
}
