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
        let scoreKeys: Set = [
            "questions", "answered", "exact_match", "f1", "hit_at_k", "mrr", "abstention", "exact_match_forced",
            "f1_forced",
        ]
        #expect(
            Set(json.keys)
                == scoreKeys.union(["by_type", "k", "classifier", "calibration", "risk_coverage", "answerable"]))
        let calibration = try #require(json["calibration"] as? [String: Any])
        #expect(Set(calibration.keys) == ["questions", "ece", "bins"])
        let bins = try #require(calibration["bins"] as? [[String: Any]])
        #expect(bins.count == 10)
        #expect(bins.allSatisfy { Set($0.keys) == ["lower", "upper", "count", "mean_confidence", "accuracy"] })
        let points = try #require(json["risk_coverage"] as? [[String: Any]])
        #expect(points.map { $0["coverage"] as? Double } == [25, 50, 75, 100])
        #expect(points.allSatisfy { Set($0.keys) == ["coverage", "accuracy", "questions"] })
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

    @Test("a SQuAD miss names its paragraph: title, position in the article and opening words")
    func squadMiss() throws {
        let context = "The lighthouse on Gull Point was designed by Ada Linden and first lit in 1871, after a storm."
        let paragraphs = [
            Document(id: "Gull_Point#1", title: "Gull_Point", source: "s.json#Gull_Point/1", text: "First."),
            Document(id: "Gull_Point#2", title: "Gull_Point", source: "s.json#Gull_Point/2", text: context),
        ]
        let gold = GoldQuestion(
            id: "q7", question: "Who designed the lighthouse?", answers: ["Ada Linden"], line: 40, paragraph: 1)
        let results = EvaluationRun().score([gold], [Prediction(answer: "Gull Point")])
        let report = EvaluationReport(results, k: 5, misses: true, paragraphs: paragraphs)
        let miss = try #require(report.misses?.first)
        #expect(miss.id == "q7")
        #expect(
            miss.paragraph
                == ParagraphReference(
                    title: "Gull_Point", index: 2,
                    excerpt: "The lighthouse on Gull Point was designed by Ada Linden and…"))
        let json = try Self.object(report)
        let listed = try #require((json["misses"] as? [[String: Any]])?.first?["paragraph"] as? [String: Any])
        #expect(listed["title"] as? String == "Gull_Point" && listed["index"] as? Int == 2)
        // TSV and JSON Lines questions have no paragraph, and no key for one.
        let tsv = try Self.object(EvaluationReport(Self.results(), k: 5, misses: true))
        #expect((tsv["misses"] as? [[String: Any]])?.first?.keys.contains("paragraph") == false)
    }

    @Test("a withheld answer's miss carries the best candidate and its confidence; a given one's is the answer")
    func withheldMiss() throws {
        let golds = [
            GoldQuestion(id: "a", question: "Who designed the lighthouse?", answers: ["Ada Linden"], line: 1),
            GoldQuestion(id: "b", question: "Who lit the lighthouse?", answers: ["Bo Ek"], line: 2),
        ]
        let predictions = [
            Prediction(answer: nil, confidence: 0.21, forcedAnswer: "Ada Linden"),
            Prediction(answer: "Gull Point", confidence: 0.6),
        ]
        let report = EvaluationReport(EvaluationRun().score(golds, predictions), k: 5, misses: true)
        let misses = try #require(report.misses)
        #expect(misses.map(\.given) == [nil, "Gull Point"])
        #expect(misses.map(\.best) == ["Ada Linden", "Gull Point"])
        #expect(misses.map(\.confidence) == [0.21, 0.6])
        let json = try Self.object(report)
        let listed = try #require(json["misses"] as? [[String: Any]])
        #expect(listed.first?["best"] as? String == "Ada Linden")
    }

    @Test("an excerpt is cut at a word boundary and keeps short texts whole")
    func excerpt() {
        #expect(ParagraphReference.excerpt(of: "Short  text\nhere.") == "Short text here.")
        let long = String(repeating: "a", count: 80)
        #expect(ParagraphReference.excerpt(of: long) == String(repeating: "a", count: 60) + "…")
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
