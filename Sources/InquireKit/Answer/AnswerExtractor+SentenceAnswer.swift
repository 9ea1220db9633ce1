/// The answer of a question no span answers: the best sentence, when its calibrated confidence reaches the
/// threshold.
extension AnswerExtractor {
    /// The best sentence `best` as the answer to `question`, given when its confidence reaches `threshold`; `absent`
    /// is the question's terms no sentence holds (`absentTerms`).
    func sentenceAnswer(
        _ question: QuestionAnalysis, best: SentenceMatch, shape: QuestionShape,
        absent: (count: Int, presentShare: Double), hits: [SearchHit], corpus: Corpus
    ) -> Answer {
        let features = ConfidenceModel.sentenceFeatures(
            coverage: best.coverage, retrieval: best.retrieval, relation: best.relation,
            absentTerms: absent.count, presentShare: absent.presentShare,
            missingTerms: CandidateScorer.missingTerms(of: shape, in: best),
            documentSentences: corpus.documentSentenceCount(of: best.sentence))
        let confidence = self.confidence.probability(features)
        let evidence = self.evidence(best.sentence, range: nil, corpus: corpus)
        let answered = confidence >= threshold
        var answer = Answer(
            question: question, text: answered ? evidence.text : nil, kind: answered ? .sentence : .none,
            confidence: confidence, evidence: evidence, alternatives: [], candidates: [], hits: hits)
        answer.confidenceFeatures = features
        return answer
    }
}
