import Testing

@testable import InquireKit

/// The confidence model's "count answer" feature marks every quantity — a count, an amount of money, a share, a
/// distance or a duration — so that "$5 million" for *how much* is as sure as "five" for *how many* with the same
/// score parts.
@Suite("Confidence: quantity answers")
struct QuantityAnswerFeatureTests {
    @Test("every quantity type sets the count-answer feature; names and places do not")
    func quantityTypes() throws {
        let index = try #require(ConfidenceModel.featureNames.firstIndex(of: "count answer"))
        for type in [SpanType.count, .money, .percent, .distance, .duration] {
            #expect(ConfidenceModel.features(ScoreParts(), score: 0.5, type: type)[index] == 1)
        }
        for type in [SpanType.person, .group, .location, .date, .thing] {
            #expect(ConfidenceModel.features(ScoreParts(), score: 0.5, type: type)[index] == 0)
        }
    }

    @Test("an amount of money is as sure as a count with the same parts")
    func moneyAsSureAsCount() {
        var parts = ScoreParts()
        parts.type = 0.9
        parts.sentence = 0.8
        let model = ConfidenceModel.fitted
        let money = model.probability(ConfidenceModel.features(parts, score: 0.6, type: .money))
        let count = model.probability(ConfidenceModel.features(parts, score: 0.6, type: .count))
        #expect(abs(money - count) < 1e-12)
    }
}
