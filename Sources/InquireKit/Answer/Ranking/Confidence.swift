/// Turns ranking evidence into a confidence in 0…1. The main signal is how much of the question (by idf) the
/// evidence sentence covers: a corpus that never mentions the question's rare words cannot answer it.
enum Confidence {
    /// The confidence of a span answer from the winner's score, its margin over the runner-up, the coverage of
    /// its sentence and the fit of its type.
    static func span(score: Double, runnerUp: Double, coverage: Double, typeFit: Double) -> Double {
        let margin = max(0, score - runnerUp)
        let value = 0.55 * coverage + 0.25 * min(1, score / 0.6) + 0.1 * min(1, margin / 0.1) + 0.1 * typeFit
        return min(1, max(0, value))
    }

    /// The confidence of a sentence answer from the sentence's coverage and retrieval score.
    static func sentence(coverage: Double, retrieval: Double) -> Double {
        min(1, max(0, 0.8 * coverage + 0.2 * retrieval))
    }
}
