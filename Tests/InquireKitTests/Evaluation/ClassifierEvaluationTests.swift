import Foundation
import Testing

@testable import InquireKit

/// Classification metrics.
struct ClassifierEvaluationTests {
    @Test func accuraciesPerClassMetricsAndConfusion() throws {
        let gold: [AnswerType] = [.individual, .individual, .group, .city, .date]
        let predicted: [AnswerType] = [.individual, .group, .group, .country, .date]
        let evaluation = ClassifierEvaluation(gold: gold, predicted: predicted)
        #expect(evaluation.questions == 5)
        #expect(evaluation.fineAccuracy == 60)
        #expect(evaluation.coarseAccuracy == 100)
        let individual = try #require(evaluation.perClass.first { $0.label == "HUM:ind" })
        #expect(individual.precision == 100)
        #expect(individual.recall == 50)
        #expect(individual.support == 2)
        let group = try #require(evaluation.perClass.first { $0.label == "HUM:gr" })
        #expect(group.precision == 50)
        #expect(group.recall == 100)
        let country = try #require(evaluation.perClass.first { $0.label == "LOC:country" })
        #expect(country.support == 0)
        #expect(country.recall == 0)
        #expect(evaluation.confusion["HUM"]?["HUM"] == 3)
        #expect(evaluation.confusion["LOC"]?["LOC"] == 1)
        #expect(evaluation.confusion["ABBR"]?["NUM"] == 0)
        #expect(evaluation.confusion.count == 6)
    }

    @Test func encodesWithTheDocumentedKeys() throws {
        let evaluation = ClassifierEvaluation(gold: [.city], predicted: [.state])
        let data = try JSONEncoder().encode(evaluation)
        let object = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        #expect(Set(object.keys) == ["questions", "coarse_accuracy", "fine_accuracy", "per_class", "confusion"])
        let decoded = try JSONDecoder().decode(ClassifierEvaluation.self, from: data)
        #expect(decoded == evaluation)
    }

    @Test func emptyInputGivesZeroes() {
        let evaluation = ClassifierEvaluation(gold: [], predicted: [])
        #expect(evaluation.questions == 0)
        #expect(evaluation.fineAccuracy == 0)
        #expect(evaluation.perClass.isEmpty)
    }

    @Test func evaluateRunsTheClassifierAndListsMisses() {
        let entries: [(label: AnswerType, question: String)] = [
            (.date, "When did the bridge open ?"), (.city, "When did the bridge open ?"),
        ]
        let (evaluation, misses) = ClassifierEvaluation.evaluate(
            entries, with: QuestionClassifier(resources: .forTests))
        #expect(evaluation.questions == 2)
        #expect(evaluation.fineAccuracy == 50)
        #expect(
            misses == [ClassifierEvaluation.Miss(question: "When did the bridge open ?", gold: .city, predicted: .date)]
        )
    }
}
