import Foundation

/// Fits the confidence model on scored questions and chooses the abstention threshold: the weighted logistic
/// regression of "the best candidate is right" on the best candidate's features (`Prediction.confidenceFeatures`),
/// then the lowest threshold that declines at least `declineTarget` of the paragraph questions without an answer
/// (the SQuAD near misses) and at least `articleDeclineTarget` of the whole-text ones (the hand-written sets' questions
/// the text does not answer); when none does, the one with the highest sum of the answerable questions answered
/// rightly and the unanswerable declined.
package struct ConfidenceFit: Sendable {
    /// One scored question: its best candidate's features (empty when there was none), whether that candidate is
    /// right, whether the question has an answer, whether it was asked of a whole text, and how much it counts.
    package struct Row: Sendable, Equatable {
        /// The features (`ConfidenceModel.featureNames` order); empty when there was no candidate.
        package let features: [Double]
        /// Whether the best candidate is right.
        package let right: Bool
        /// Whether the question has an answer.
        package let answerable: Bool
        /// Whether the question was asked of a whole text (a hand-written set over its corpus) rather than of
        /// its own paragraph (SQuAD): the threshold must decline each kind's unanswerable questions on its own.
        package let wholeText: Bool
        /// How many questions the row counts as in the fit (1 by default).
        package let weight: Double

        /// Creates a row.
        package init(
            features: [Double], right: Bool, answerable: Bool, wholeText: Bool = false, weight: Double = 1
        ) {
            self.features = features
            self.right = right
            self.answerable = answerable
            self.wholeText = wholeText
            self.weight = weight
        }

        /// The row of a scored question.
        package init(_ result: QuestionResult, wholeText: Bool = false, weight: Double = 1) {
            self.init(
                features: result.prediction.confidenceFeatures, right: result.bestCandidateIsRight,
                answerable: result.gold.isAnswerable, wholeText: wholeText, weight: weight)
        }
    }

    /// What one threshold gives on the rows (each question counted once, whatever its weight).
    package struct Setting: Sendable, Equatable {
        /// The threshold.
        package let threshold: Double
        /// The share of answerable questions answered rightly (0…1).
        package let answeredRight: Double
        /// The share of unanswerable questions declined (0…1).
        package let declined: Double
        /// The share of the paragraph questions without an answer declined (0…1; 1 when there are none).
        package var paragraphDeclined: Double = 1
        /// The share of the whole-text questions without an answer declined (0…1; 1 when there are none).
        package var wholeTextDeclined: Double = 1
        /// The criterion: `answeredRight + declined`.
        package var sum: Double { answeredRight + declined }
    }

    /// The fitted model.
    package let model: ConfidenceModel
    /// Every threshold tried (0.01 to 0.99 in steps of 0.01), in order.
    package let settings: [Setting]
    /// The chosen setting: the lowest threshold declining at least `declineTarget` of the paragraph questions
    /// without an answer and `articleDeclineTarget` of the whole-text ones, or the best sum (the lowest threshold on
    /// a tie) when none does.
    package let chosen: Setting
    /// The share of paragraph questions without an answer (near misses) the chosen threshold must decline (0.8, the
    /// target of issue 14).
    package static let declineTarget = 0.8
    /// The share of whole-text questions without an answer the chosen threshold must decline.
    package let articleDeclineTarget: Double
    /// The expected calibration error of the fitted model on the rows with a candidate (10 bins).
    package let ece: Double

    /// Fits on `rows` (each counted by its weight) with the L2 `penalty`, choosing the lowest threshold that
    /// declines `declineTarget` of the paragraph questions without an answer and `articleDeclineTarget` of the
    /// whole-text ones.
    /// The features named in `leftOut` are not fitted: their weights stay 0.
    package init(rows: [Row], penalty: Double = 1, articleDeclineTarget: Double = 0.8, leftOut: Set<String> = []) {
        // A thing answer's confidence comes from its own weights (`ThingConfidenceWeights`): its rows are scored
        // with them below but not fitted here.
        let fitted = rows.filter { !$0.features.isEmpty && !ConfidenceModel.isThing($0.features) }
        let width = fitted.first?.features.count ?? 0
        let names = ConfidenceModel.featureNames
        let kept = (0..<width).filter { $0 >= names.count || !leftOut.contains(names[$0]) }
        let examples = fitted.map { row in
            (features: kept.map { row.features[$0] }, right: row.right, weight: row.weight)
        }
        var weights = [Double](repeating: 0, count: width)
        for (column, weight) in zip(kept, LogisticRegression(penalty: penalty).fit(weighted: examples)) {
            weights[column] = weight
        }
        self.articleDeclineTarget = articleDeclineTarget
        let model = ConfidenceModel(
            weights: weights.isEmpty ? [Double](repeating: 0, count: names.count) : weights)
        self.model = model
        let scored = rows.map { row in
            (probability: row.features.isEmpty ? 0 : model.probability(row.features), row: row)
        }
        let answerable = max(1, scored.count { $0.row.answerable })
        let unanswerable = max(1, scored.count { !$0.row.answerable })
        /// The share of the unanswerable rows of one kind (whole text or paragraph) declined at `threshold`.
        func declinedShare(wholeText: Bool, at threshold: Double) -> Double {
            let kind = scored.filter { !$0.row.answerable && $0.row.wholeText == wholeText }
            return kind.isEmpty ? 1 : Double(kind.count { $0.probability < threshold }) / Double(kind.count)
        }
        let settings = (1...99).map { step in
            let threshold = Double(step) / 100
            let right = scored.count { $0.row.answerable && $0.row.right && $0.probability >= threshold }
            let declined = scored.count { !$0.row.answerable && $0.probability < threshold }
            return Setting(
                threshold: threshold, answeredRight: Double(right) / Double(answerable),
                declined: Double(declined) / Double(unanswerable),
                paragraphDeclined: declinedShare(wholeText: false, at: threshold),
                wholeTextDeclined: declinedShare(wholeText: true, at: threshold))
        }
        self.settings = settings
        chosen =
            settings.first {
                $0.paragraphDeclined >= Self.declineTarget && $0.wholeTextDeclined >= articleDeclineTarget
            }
            ?? settings.reduce(settings[0]) { $1.sum > $0.sum + 1e-12 ? $1 : $0 }
        ece =
            Calibration(
                outcomes: scored.filter { !$0.row.features.isEmpty }.map { ($0.probability, $0.row.right) }
            ).ece
    }

    /// The Swift source of `ConfidenceWeights.swift` holding the fitted weights and the chosen threshold, with the
    /// command that produced them (its words, one argument a line) and `notes` (how its input files were made, one
    /// comment line each).
    package func source(command: [String], notes: [String] = []) -> String {
        var out = "// Generated by the command below (from the package folder); do not edit, run it again.\n"
        for (index, word) in command.enumerated() {
            out += "//   " + (index == 0 ? "" : "  ") + word + (index == command.count - 1 ? "" : " \\") + "\n"
        }
        for note in notes { out += "// " + note + "\n" }
        out += String(
            format: "// Fit: %d weights, ECE %.3f on the fitted rows; threshold %.2f.\n\n", model.weights.count, ece,
            chosen.threshold)
        out += "/// The fitted weights of `ConfidenceModel` and the abstention threshold chosen with them.\n"
        out += "enum ConfidenceWeights {\n"
        out += "    /// One weight per `ConfidenceModel.featureNames` entry.\n"
        out += "    static let values: [Double] = [\n"
        for (name, weight) in zip(ConfidenceModel.featureNames, model.weights) {
            out += "        \(String(format: "%.6f", weight)),  // \(name)\n"
        }
        out += "    ]\n"
        out += "    /// The confidence below which no answer is given.\n"
        out += "    static let threshold = \(String(format: "%.2f", chosen.threshold))\n"
        out += "}\n"
        return out
    }
}
