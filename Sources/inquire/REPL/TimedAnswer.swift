import InquireKit

/// An answer with the time each stage of the engine took, for `:timer on`.
///
/// The stages are run here one by one, as `Engine.answer` runs them, so each can be timed without timing code in
/// the engine; the stages are a list of named durations, so a stage the engine gains (parsing the retrieved
/// sentences) is one more entry. `ShellPartsTests` checks that the answer is the engine's own.
struct TimedAnswer: Sendable {
    /// The answer.
    let answer: Answer
    /// Each stage's name and duration, in pipeline order (empty when the stages were not timed).
    let stages: [(name: String, duration: Duration)]
    /// The time from the first stage's start to the last stage's end, on the thread that answered.
    let total: Duration

    /// Answers `question` with `engine` untimed.
    static func untimed(
        _ question: String, engine: Engine, alternatives: Int, cancellation: Cancellation? = nil
    ) -> TimedAnswer {
        TimedAnswer(
            answer: engine.answer(question, alternatives: alternatives, cancellation: cancellation), stages: [],
            total: .zero)
    }

    /// Answers `question` with `engine`, timing each stage: classify (question classification), retrieve (the
    /// index search), analyse (tagging, parsing and entities of the question and the top sentences) and extract
    /// (candidates, ranking, confidence).
    static func timed(
        _ question: String, engine: Engine, alternatives: Int, cancellation: Cancellation? = nil
    ) -> TimedAnswer {
        let clock = ContinuousClock()
        var stages: [(name: String, duration: Duration)] = []
        let start = clock.now
        var mark = start
        func lap(_ name: String) {
            let now = clock.now
            stages.append((name, mark.duration(to: now)))
            mark = now
        }
        let analysis = engine.classifier.classify(question)
        lap("classify")
        var terms = analysis.keywords.compactMap { Analyzer.term(forWord: $0) }
        for phrase in analysis.phrases { terms += Analyzer.terms(phrase) }
        let hits = engine.index.search(terms: terms, top: engine.retrieved, ranking: engine.ranking)
        lap("retrieve")
        // The question's parse and the parses of the sentences extraction reads first (cached by the analyzer).
        let analyses = engine.analyses(of: question)
        if let analyses {
            for hit in hits.prefix(engine.extractor.sentencesSearched) {
                _ = analyses.sentence(hit.sentence, engine.corpus.sentences[hit.sentence].text)
            }
        }
        lap("analyse")
        let answer = engine.extractor.answer(
            analysis, hits: hits, corpus: engine.corpus, index: engine.index, alternatives: alternatives,
            analyses: analyses, cancellation: cancellation)
        lap("extract")
        return TimedAnswer(answer: answer, stages: stages, total: start.duration(to: mark))
    }

    /// "classify 0.052 ms · retrieve 0.013 ms · extract 0.734 ms · total 0.811 ms", `total` being the question's
    /// wall time as the shell measured it (the stages plus handing the question to a worker thread and back).
    func line(total: Duration) -> String {
        (stages.map { "\($0.name) \(Self.milliseconds($0.duration))" } + ["total \(Self.milliseconds(total))"])
            .joined(separator: " · ")
    }

    /// A duration in milliseconds with three decimals.
    static func milliseconds(_ duration: Duration) -> String {
        let (seconds, attoseconds) = duration.components
        return String(format: "%.3f ms", Double(seconds) * 1000 + Double(attoseconds) / 1e15)
    }
}
