/// How well confidences match how often the answers are right: the expected calibration error (ECE) over
/// equal-width confidence bins, and the reliability table behind it.
///
/// Each question contributes one pair: the confidence of its best candidate (whether or not it was given) and
/// whether that candidate is right (`QuestionResult.bestCandidateIsRight`). A bin holds the confidences in
/// [lower, upper) (the last bin also holds 1); ECE = Σ over bins of (count / total) · |accuracy − mean
/// confidence|, so it is 0 when every bin's accuracy equals its mean confidence. Confidences and accuracies are
/// fractions (0…1), so they compare directly.
public struct Calibration: Codable, Sendable, Equatable {
    /// One confidence bin of the reliability table.
    public struct Bin: Codable, Sendable, Equatable {
        /// The bin's lowest confidence.
        public let lower: Double
        /// The bin's upper bound (excluded, except for the last bin, which holds 1).
        public let upper: Double
        /// How many questions' best candidates fall in the bin.
        public let count: Int
        /// Their mean confidence; null for an empty bin.
        public let meanConfidence: Double?
        /// The share of them that are right (0…1); null for an empty bin.
        public let accuracy: Double?

        /// Writes every key, with null for an empty bin's means.
        public func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(lower, forKey: .lower)
            try container.encode(upper, forKey: .upper)
            try container.encode(count, forKey: .count)
            try container.encode(meanConfidence, forKey: .meanConfidence)
            try container.encode(accuracy, forKey: .accuracy)
        }

        enum CodingKeys: String, CodingKey {
            case lower, upper, count, accuracy
            case meanConfidence = "mean_confidence"
        }
    }

    /// How many questions were binned.
    public let questions: Int
    /// The expected calibration error, 0…1 (0 for no questions).
    public let ece: Double
    /// The bins, lowest confidence first (empty ones included).
    public let bins: [Bin]

    /// Bins `outcomes` (a confidence in 0…1, clamped, and whether the answer was right) into `binCount` (at
    /// least 1) equal-width bins.
    public init(outcomes: [(confidence: Double, right: Bool)], binCount: Int = 10) {
        let binCount = max(1, binCount)
        var counts = [Int](repeating: 0, count: binCount)
        var confidenceSums = [Double](repeating: 0, count: binCount)
        var rightCounts = [Int](repeating: 0, count: binCount)
        for outcome in outcomes {
            let bin = Self.bin(of: outcome.confidence, binCount: binCount)
            counts[bin] += 1
            confidenceSums[bin] += min(max(outcome.confidence, 0), 1)
            if outcome.right { rightCounts[bin] += 1 }
        }
        var bins: [Bin] = []
        var error = 0.0
        for bin in 0..<binCount {
            let count = counts[bin]
            let mean = count == 0 ? nil : confidenceSums[bin] / Double(count)
            let accuracy = count == 0 ? nil : Double(rightCounts[bin]) / Double(count)
            if let mean, let accuracy { error += Double(count) / Double(outcomes.count) * abs(accuracy - mean) }
            bins.append(
                Bin(
                    lower: Double(bin) / Double(binCount), upper: Double(bin + 1) / Double(binCount), count: count,
                    meanConfidence: mean, accuracy: accuracy))
        }
        questions = outcomes.count
        ece = error
        self.bins = bins
    }

    /// The calibration of the best candidates of `results`.
    public init(_ results: [QuestionResult], binCount: Int = 10) {
        self.init(outcomes: results.map { ($0.prediction.confidence, $0.bestCandidateIsRight) }, binCount: binCount)
    }

    /// The bin a confidence falls in: ⌊confidence · binCount⌋ computed on the confidence rounded to
    /// `resolution` (so a confidence that differs from 0.9 in its last binary digits, as sums taken in another
    /// order do, still falls in the bin of 0.9), with 1 (and above) in the last bin and negative values in the
    /// first.
    public static func bin(of confidence: Double, binCount: Int) -> Int {
        min(units(confidence) * binCount / resolution, binCount - 1)
    }

    /// How finely confidences are told apart when binned and ranked: 10⁻⁹.
    public static let resolution = 1_000_000_000

    /// A confidence clamped to 0…1 in whole `1 / resolution` units (NaN as 0).
    public static func units(_ confidence: Double) -> Int {
        guard confidence.isFinite, confidence > 0 else { return 0 }
        return Int((min(confidence, 1) * Double(resolution)).rounded())
    }
}
