/// One point of a risk–coverage table: answering only the `coverage` per cent of questions whose best candidates
/// have the highest confidence, how many of those best candidates are right.
///
/// The questions are sorted by the confidence of their best candidate, highest first (confidences are compared
/// to 10⁻⁹, `Calibration.units`, so that last-digit differences do not reorder them; ties keep the gold file's
/// order), whether or not the tool gave it; the first ⌈coverage · n / 100⌉ are kept and `accuracy` is the
/// share of them whose best candidate is right (`QuestionResult.bestCandidateIsRight`). At 100% coverage every
/// question is kept. A well-ordered confidence gives an accuracy that falls as coverage grows.
public struct RiskCoveragePoint: Codable, Sendable, Equatable {
    /// The share of questions kept, percent.
    public let coverage: Double
    /// The share of the kept questions whose best candidate is right, percent (0 when none is kept).
    public let accuracy: Double
    /// How many questions are kept.
    public let questions: Int

    /// Creates a point from its values.
    public init(coverage: Double, accuracy: Double, questions: Int) {
        self.coverage = coverage
        self.accuracy = accuracy
        self.questions = questions
    }

    /// The coverages `inquire eval` reports, percent.
    public static let reported: [Double] = [25, 50, 75, 100]

    /// The table for `outcomes` (a confidence and whether the best candidate is right) at `coverages` (percent,
    /// 0…100).
    public static func table(
        outcomes: [(confidence: Double, right: Bool)], at coverages: [Double] = reported
    ) -> [RiskCoveragePoint] {
        let keyed = outcomes.enumerated().map { (units: Calibration.units($1.confidence), order: $0, right: $1.right) }
        let ranked = keyed.sorted { $0.units != $1.units ? $0.units > $1.units : $0.order < $1.order }.map(\.right)
        return coverages.map { coverage in
            let share = min(max(coverage, 0), 100)
            let kept = min(ranked.count, Int((share * Double(ranked.count) / 100).rounded(.up)))
            let right = ranked.prefix(kept).count { $0 }
            return RiskCoveragePoint(
                coverage: coverage, accuracy: Metrics.percent(Double(right), of: kept), questions: kept)
        }
    }

    /// The table for the best candidates of `results`.
    public static func table(_ results: [QuestionResult], at coverages: [Double] = reported) -> [RiskCoveragePoint] {
        table(outcomes: results.map { ($0.prediction.confidence, $0.bestCandidateIsRight) }, at: coverages)
    }
}
