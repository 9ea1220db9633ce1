/// Where evaluation questions are answered from.
public enum EvaluationCorpus: Sendable {
    /// One engine answers every question (a corpus given with `--corpus`, or all SQuAD contexts in open mode).
    case shared(Engine)
    /// Each question is asked of its own SQuAD paragraph alone (reading comprehension), with this ranking and
    /// these resources.
    case ownParagraph(Ranking, resources: Engine.Resources)
}

/// Runs gold questions through the engine and scores the answers. Pure: it prints nothing and reports progress
/// through a callback, so the command line can draw a progress bar.
public struct EvaluationRun: Sendable {
    /// How deep hit@k and MRR look: the answer and k−1 alternatives.
    public let k: Int

    /// Creates a run looking `k` (at least 1) answers deep.
    public init(k: Int = 5) {
        self.k = max(1, k)
    }

    /// Answers every question of `gold` from `corpus`, calling `progress(done, total)` after each.
    ///
    /// In `.ownParagraph` mode an engine is built for a paragraph when one of its questions comes up and reused
    /// while the following questions ask about the same paragraph (SQuAD files list a paragraph's questions
    /// together), so memory stays bounded by one paragraph; a question without a paragraph gets an abstention.
    public func predict(
        _ gold: GoldFile, from corpus: EvaluationCorpus, progress: (_ done: Int, _ total: Int) -> Void = { _, _ in }
    ) -> [Prediction] {
        var cached: (paragraph: Int, engine: Engine)?
        var predictions: [Prediction] = []
        predictions.reserveCapacity(gold.questions.count)
        for (done, question) in gold.questions.enumerated() {
            let engine: Engine?
            switch corpus {
            case .shared(let shared):
                engine = shared
            case .ownParagraph(let ranking, let resources):
                if let index = question.paragraph, gold.paragraphs.indices.contains(index) {
                    if let cached, cached.paragraph == index {
                        engine = cached.engine
                    } else {
                        let document = gold.paragraphs[index]
                        let paragraph = Corpus(name: document.id, documents: [document])
                        // One paragraph is far below an index's size limit (2³² postings); past it, an abstention.
                        if let paragraphIndex = try? SentenceIndex(corpus: paragraph) {
                            var built = Engine(
                                source: CorpusSource(paragraph), index: paragraphIndex, resources: resources)
                            built.ranking = ranking
                            cached = (index, built)
                            engine = built
                        } else {
                            engine = nil
                        }
                    }
                } else {
                    engine = nil
                }
            }
            if let engine {
                predictions.append(Prediction(engine.answer(question.question, alternatives: k - 1)))
            } else {
                predictions.append(Prediction(answer: nil, confidence: 0))
            }
            progress(done + 1, gold.questions.count)
        }
        return predictions
    }

    /// Scores predictions against the gold questions, pairwise in order (extra entries on either side are
    /// ignored).
    public func score(_ questions: [GoldQuestion], _ predictions: [Prediction]) -> [QuestionResult] {
        zip(questions, predictions).map { QuestionResult(gold: $0, prediction: $1, k: k) }
    }

    /// Answers and scores every question of `gold`.
    public func run(
        _ gold: GoldFile, from corpus: EvaluationCorpus, progress: (_ done: Int, _ total: Int) -> Void = { _, _ in }
    ) -> [QuestionResult] {
        score(gold.questions, predict(gold, from: corpus, progress: progress))
    }

    /// The official SQuAD prediction file's content: every question id mapped to the answer, "" for an
    /// abstention (the first answer wins when an id repeats).
    public static func officialPredictions(_ results: [QuestionResult]) -> [String: String] {
        var predictions: [String: String] = [:]
        for result in results where predictions[result.gold.id] == nil {
            predictions[result.gold.id] = result.prediction.officialText
        }
        return predictions
    }
}
