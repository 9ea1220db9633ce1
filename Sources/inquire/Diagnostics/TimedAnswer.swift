import InquireKit

/// An answer with the time each stage of the engine took, for `:timer on`.
///
/// The engine reports the end of each of its stages (`Engine.answer(_:alternatives:cancellation:stage:)`) and the
/// clock is read here, so the engine holds no timing code and the timed answer is the engine's own; the stages are
/// a list of named durations, so a stage the engine gains is one more entry.
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

    /// Answers `question` with `engine`, timing each stage the engine reports: classify (question
    /// classification), retrieve (the index search), analyse (the question's tags, parse and entities) and extract
    /// (the retrieved sentences' parses, candidates, ranking, confidence).
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
        let answer = engine.answer(question, alternatives: alternatives, cancellation: cancellation, stage: lap)
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
