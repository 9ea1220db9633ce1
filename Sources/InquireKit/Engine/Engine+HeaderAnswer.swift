extension Engine {
    /// The confidence of an answer read from the header of a corpus's only document, or of the document the
    /// question's other words retrieve alone. A header fact is read, not ranked, so the logistic model (fitted on
    /// ranked candidates) does not apply; the rate is what it was on the development questions about reports'
    /// dates and datelines (3 of 3 right), kept below certainty.
    static let headerConfidence = 0.9

    /// The answer to a question about the report itself (`HeaderQuestion`), read from its document's header, in
    /// place of `answer` when no sentence answered it (or when the question names the dateline); nil when the
    /// question is not such a question, the document is not clear, or its header lacks the fact.
    func headerAnswer(_ question: QuestionAnalysis, replacing answer: Answer) -> Answer? {
        guard let asked = HeaderQuestion(question), answer.kind != .span || asked.namesDateline,
            let (document, share) = headerDocument(asked)
        else { return nil }
        let header = DocumentHeader(document: document, corpus: corpus, recognizer: extractor.recognizer)
        guard let fact = asked.fact == .published ? header.date : header.place else { return nil }
        let evidence = Evidence(
            sentence: fact.sentence, text: corpus.sentences[fact.sentence].text,
            source: corpus.reference(of: fact.sentence), range: fact.range)
        var read = Answer(
            question: question, text: fact.text, kind: .span, confidence: Self.headerConfidence * share,
            evidence: evidence, alternatives: [], candidates: [], hits: answer.hits)
        read.header = asked.fact
        return read
    }

    /// The document a header question is about, with the share (0.5…1) of the retrieval score its best sentence
    /// holds against the best sentence of any other document: the only document of the corpus (share 1), or the
    /// one the question's topic words retrieve; nil when several documents and no topic word pick one.
    func headerDocument(_ asked: HeaderQuestion) -> (document: Int, share: Double)? {
        if corpus.documents.count == 1 { return (0, 1) }
        var terms: [String] = []
        for word in asked.topicWords { terms += Analyzer.terms(word) }
        let hits = index.search(terms: terms, top: retrieved, ranking: ranking)
        guard let best = hits.first, best.score > 0 else { return nil }
        let document = corpus.sentences[best.sentence].document
        let other = hits.first { corpus.sentences[$0.sentence].document != document }?.score ?? 0
        return (document, best.score / (best.score + other))
    }
}
