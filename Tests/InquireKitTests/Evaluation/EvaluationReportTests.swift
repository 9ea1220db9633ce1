import Foundation
import Testing

@testable import InquireKit

@Suite("Evaluation report")
struct EvaluationReportTests {
    static func results() -> [QuestionResult] {
        let questions = [
            GoldQuestion(id: "1", question: "Who designed it?", answers: ["Ada Linden"], type: "HUM:ind", line: 1),
            GoldQuestion(id: "2", question: "Where is it?", answers: [], line: 2),
        ]
        let predictions = [
            Prediction(answer: "Ada Linden", answerType: "HUM:ind"),
            Prediction(answer: "Gull Point", answerType: "LOC:other"),
        ]
        return EvaluationRun().score(questions, predictions)
    }

    static func object(_ report: EvaluationReport) throws -> [String: Any] {
        let data = try JSONEncoder().encode(report)
        return try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
    }

    @Test("the JSON object has the specified keys, per type too")
    func keys() throws {
        let json = try Self.object(EvaluationReport(Self.results(), k: 5))
        let scoreKeys: Set = ["questions", "answered", "exact_match", "f1", "hit_at_k", "mrr", "abstention"]
        #expect(Set(json.keys) == scoreKeys.union(["by_type", "k", "classifier"]))
        let byType = try #require(json["by_type"] as? [String: [String: Any]])
        #expect(Set(byType.keys) == ["who", "where"])
        #expect(Set(byType["who"]?.keys.map { $0 } ?? []) == scoreKeys)
        let abstention = try #require(json["abstention"] as? [String: Any])
        #expect(Set(abstention.keys) == ["unanswerable", "abstained", "correct", "precision", "recall"])
        // Undefined rates are null, not missing: the tool never abstained.
        #expect(abstention["precision"] is NSNull)
        #expect(abstention["recall"] as? Double == 0)
        #expect(json["exact_match"] as? Double == 50)
    }

    @Test("misses are listed only when asked for, with null for an abstention")
    func misses() throws {
        #expect(try Self.object(EvaluationReport(Self.results(), k: 5))["misses"] == nil)
        let json = try Self.object(EvaluationReport(Self.results(), k: 5, misses: true))
        let misses = try #require(json["misses"] as? [[String: Any]])
        #expect(misses.count == 1)
        #expect(misses.first?["given"] as? String == "Gull Point")
        #expect((misses.first?["expected"] as? [String])?.isEmpty == true)
        #expect(misses.first?["evidence"] is NSNull)
    }

    @Test("the report decodes back to itself")
    func roundTrip() throws {
        let report = EvaluationReport(Self.results(), k: 3, misses: true)
        let decoded = try JSONDecoder().decode(EvaluationReport.self, from: JSONEncoder().encode(report))
        #expect(decoded == report)
    }

    @Test("an empty result set gives zeros, not NaN")
    func empty() {
        let report = EvaluationReport([], k: 5)
        #expect(report.questions == 0)
        #expect(report.exactMatch == 0)
        #expect(report.mrr == 0)
        #expect(report.classifier == nil)
    }
}
