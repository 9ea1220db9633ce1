import Foundation
import Testing

@testable import InquireKit

@Suite("Confidence fit")
struct ConfidenceFitTests {
    /// A feature vector with the intercept, one signal at `score`, and every other feature 0.
    static func features(score: Double) -> [Double] {
        var vector = [Double](repeating: 0, count: ConfidenceModel.featureNames.count)
        vector[0] = 1
        vector[1] = score
        return vector
    }

    @Test("logistic regression recovers the weights of a known model from its expected outcomes")
    func recoversWeights() {
        // Outcomes drawn in exact proportion σ(−2 + 4x) at each x (100 rows per x): the unpenalised maximum
        // likelihood is exactly (−2, 4).
        var examples: [(features: [Double], right: Bool)] = []
        for step in 0...10 {
            let x = Double(step) / 10
            let rights = Int((100 * ConfidenceModel.sigmoid(-2 + 4 * x)).rounded())
            for row in 0..<100 { examples.append(([1, x], row < rights)) }
        }
        let weights = LogisticRegression(penalty: 0).fit(examples)
        #expect(abs(weights[0] + 2) < 0.05)
        #expect(abs(weights[1] - 4) < 0.1)
    }

    @Test("the penalty shrinks the slope but not the intercept; the fit is the same on every run")
    func penaltyShrinks() {
        var examples: [(features: [Double], right: Bool)] = []
        for index in 0..<40 {
            let x = Double(index % 2)
            examples.append(([1, x], index % 2 == 1 || index % 8 == 0))
        }
        let loose = LogisticRegression(penalty: 0.01).fit(examples)
        let tight = LogisticRegression(penalty: 10).fit(examples)
        #expect(tight[1] < loose[1])
        #expect(tight[1] > 0)
        #expect(LogisticRegression(penalty: 10).fit(examples) == tight)
    }

    @Test("a fit on a small made-up set is calibrated there, and the threshold trades answers for declines")
    func smallSet() {
        // Answerable questions right more often the higher the score; near misses with low scores.
        var rows: [ConfidenceFit.Row] = []
        for step in 0..<20 {
            let score = Double(step) / 20
            for copy in 0..<10 {
                rows.append(.init(features: Self.features(score: score), right: copy < step / 2, answerable: true))
            }
            rows.append(.init(features: Self.features(score: score / 2), right: false, answerable: false))
        }
        rows.append(.init(features: [], right: false, answerable: false))
        let fit = ConfidenceFit(rows: rows, penalty: 0.1)
        #expect(fit.model.weights[1] > 0)
        #expect(fit.ece < 0.05)
        #expect(fit.settings.count == 99)
        // The lowest threshold declining the target share of the unanswerable questions.
        #expect(fit.chosen.declined >= ConfidenceFit.declineTarget)
        #expect(
            fit.settings.filter { $0.threshold < fit.chosen.threshold }.allSatisfy {
                $0.declined < ConfidenceFit.declineTarget
            })
        // Raising the threshold never answers more right nor declines fewer.
        for (lower, higher) in zip(fit.settings, fit.settings.dropFirst()) {
            #expect(higher.answeredRight <= lower.answeredRight)
            #expect(higher.declined >= lower.declined)
        }
        let source = fit.source(command: ["inquire-train confidence", "a.json"])
        #expect(source.contains("static let threshold = \(String(format: "%.2f", fit.chosen.threshold))"))
        #expect(source.contains("//     a.json\n"))
    }

    @Test("the shipped model gives a probability: a well-supported candidate above a poorly supported one")
    func shippedModel() {
        var strong = ScoreParts()
        (strong.sentence, strong.type, strong.proximity, strong.slot, strong.role) = (1, 1, 1, 1, 1)
        (strong.coverage, strong.lead, strong.predicateFound, strong.arguments) = (1, 0.3, true, 1)
        var weak = ScoreParts()
        (weak.sentence, weak.type, weak.coverage, weak.relation) = (0.2, 0.3, 0.2, 0)
        let model = ConfidenceModel.fitted
        let high = model.probability(ConfidenceModel.features(strong, score: strong.base, type: .person))
        let low = model.probability(ConfidenceModel.features(weak, score: weak.base, type: .person))
        #expect(high > low)
        #expect((0...1).contains(low) && (0...1).contains(high))
    }
}
