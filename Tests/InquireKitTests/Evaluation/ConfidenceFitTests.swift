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
        let noted = fit.source(command: ["inquire-train confidence", "a.json"], notes: ["a.json: made by a script."])
        #expect(noted.contains("//     a.json\n// a.json: made by a script.\n// Fit: "))
    }

    /// 100 rows with the signal 0 and 100 with the signal 1, `rightAt0` and `rightAt1` of them right; each row's
    /// features are the intercept and the signal alone (no column of zeros, so even the unpenalised fit is
    /// defined).
    static func twoGroups(rightAt0: Int, rightAt1: Int) -> [ConfidenceFit.Row] {
        (0..<200).map { row in
            let signal = row < 100 ? 0.0 : 1.0
            let right = row < 100 ? row < rightAt0 : row - 100 < rightAt1
            return .init(features: [1, signal], right: right, answerable: true)
        }
    }

    @Test("an unseparable set: the unpenalised fit gives each group its share right, so ECE is 0")
    func unseparable() {
        // 20 of 100 right at signal 0, 70 of 100 at signal 1: the maximum likelihood is σ(w) = 0.2 and 0.7 exactly.
        let fit = ConfidenceFit(rows: Self.twoGroups(rightAt0: 20, rightAt1: 70), penalty: 0)
        let low = fit.model.probability([1, 0])
        let high = fit.model.probability([1, 1])
        #expect(abs(low - 0.2) < 1e-6)
        #expect(abs(high - 0.7) < 1e-6)
        #expect(fit.ece < 1e-6)
        // With the penalty 1 on the slope, the two groups are pulled together, each by the same count of rows:
        // the intercept's gradient keeps the mean probability at the share right (0.45), so ECE is |p − share|.
        let pulled = ConfidenceFit(rows: Self.twoGroups(rightAt0: 20, rightAt1: 70), penalty: 1)
        let pulledLow = pulled.model.probability([1, 0])
        let pulledHigh = pulled.model.probability([1, 1])
        #expect(pulledLow > 0.2 && pulledHigh < 0.7)
        #expect(abs(pulledLow + pulledHigh - 0.9) < 1e-6)
        #expect(abs(pulled.ece - (pulledLow - 0.2)) < 1e-6)
        #expect(abs(pulledLow - 0.22018) < 1e-4)
    }

    @Test("a separable set: the penalty keeps the weights finite; probabilities and ECE solve a known equation")
    func separable() {
        // Every row at signal 1 right, none at 0. With the penalty λ = 1 the optimum has p(1) = 1 − p(0) (the
        // intercept's gradient) and 100 · p(0) = λ · w₁ = 2 · ln((1 − p(0)) / p(0)) (the slope's): p(0) ≈ 0.05636,
        // and ECE = p(0), both bins off by it.
        let fit = ConfidenceFit(rows: Self.twoGroups(rightAt0: 0, rightAt1: 100), penalty: 1)
        let low = fit.model.probability([1, 0])
        let high = fit.model.probability([1, 1])
        #expect(abs(low - 0.05636) < 1e-4)
        #expect(abs(high - (1 - low)) < 1e-9)
        #expect(abs(100 * low - 2 * log((1 - low) / low)) < 1e-6)
        #expect(abs(fit.ece - low) < 1e-9)
        // A heavier penalty pulls both toward the mean and the error grows.
        let heavier = ConfidenceFit(rows: Self.twoGroups(rightAt0: 0, rightAt1: 100), penalty: 10)
        #expect(heavier.ece > fit.ece)
        #expect(abs(heavier.model.probability([1, 0]) - 0.23550) < 1e-4)
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
