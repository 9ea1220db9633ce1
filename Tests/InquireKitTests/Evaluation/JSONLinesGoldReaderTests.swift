import Testing

@testable import InquireKit

@Suite("JSON Lines gold files")
struct JSONLinesGoldReaderTests {
    static let path = FixturePaths.fixture("eval/gold.jsonl")

    @Test("reads ids, questions, answers and types; blank lines skipped")
    func reads() throws {
        let gold = try GoldFile.load(path: Self.path)
        #expect(gold.format == .jsonLines)
        #expect(gold.questions.map(\.id) == ["q1", "q2", "q3", "q4"])
        #expect(gold.questions.map(\.line) == [1, 2, 4, 5])
        #expect(gold.questions[0].answers.count == 2)
        #expect(gold.questions.map(\.type) == ["HUM:ind", "NUM:date", "HUM", nil])
        #expect(!gold.questions[3].isAnswerable)
    }

    @Test("scores of hand-chosen answers, computed by hand")
    func handScores() throws {
        let gold = try GoldFile.load(path: Self.path)
        let predictions = [
            // Multi-answer line: "Ada Linden" is the first gold answer. EM 1, F1 1, rank 1.
            Prediction(answer: "Ada Linden", answerType: "HUM:ind"),
            // "in 1871" against "1871": P 1/2, R 1, F1 2/3; EM 0; the second alternative is right: rank 3.
            Prediction(answer: "in 1871", alternatives: ["1962", "1871"], answerType: "NUM:date"),
            // The gold answer is wrong on purpose; the tool abstains: EM 0, F1 0, no rank.
            Prediction(answer: nil, alternatives: ["Marrow Bay Trust"], answerType: "HUM:gr"),
            // Unanswerable, but the tool answers: EM 0, F1 0, no rank.
            Prediction(answer: "Ada Linden", answerType: "HUM:ind"),
        ]
        let report = EvaluationReport(EvaluationRun(k: 3).score(gold.questions, predictions), k: 3)
        #expect(report.answered == 3)
        #expect(report.exactMatch == 25)
        #expect(abs(report.f1 - 100 * (1 + 2.0 / 3) / 4) < 1e-9)
        #expect(report.hitAtK == 50)
        #expect(abs(report.mrr - (1 + 1.0 / 3) / 4) < 1e-9)
        // One abstention, on an answerable question; one unanswerable question, answered.
        #expect(report.abstention.abstained == 1)
        #expect(report.abstention.correct == 0)
        #expect(report.abstention.precision == 0)
        #expect(report.abstention.recall == 0)
        // Three typed questions; two fine labels, both right; coarse: HUM:gr against HUM is right too.
        #expect(report.classifier?.questions == 3)
        #expect(report.classifier?.fineQuestions == 2)
        #expect(report.classifier?.fine == 100)
        #expect(report.classifier?.coarse == 100)
        // "In which year…" opens with which, after the preposition.
        #expect(report.byType["which"]?.questions == 1)
        #expect(report.byType["who"]?.questions == 3)
        // With k = 2 the right alternative of question 2 (third place) is out of reach.
        let top2 = EvaluationReport(EvaluationRun(k: 2).score(gold.questions, predictions), k: 2)
        #expect(top2.hitAtK == 25)
    }

    @Test(
        "a bad line is named with its number",
        arguments: [
            (
                "{\"question\": \"Who?\", \"answers\": [\"Ada\"]}\n{\"question\": \"Who?\", \"answers\": [\n", 2,
                "broken JSON line"
            ),
            ("{\"question\": \"Who?\", \"answers\": [\"Ada\"]}\n\n[1, 2]\n", 3, "expected a JSON object"),
            ("{\"question\": \"Who?\"}\n", 1, "missing array \"answers\""),
            ("{\"answers\": []}\n", 1, "missing string \"question\""),
            ("{\"question\": \"Who?\", \"answers\": [1]}\n", 1, "must hold strings"),
            ("{\"question\": \"Who?\", \"answers\": [], \"type\": \"human\"}\n", 1, "unknown type label \"human\""),
            ("{\"question\": \"Who?\", \"answers\": [], \"type\": 3}\n", 1, "\"type\" must be a string"),
        ])
    func errors(text: String, line: Int, message: String) {
        #expect {
            _ = try GoldFile.parse(text, path: "bad.jsonl")
        } throws: { error in
            guard let error = error as? GoldFileError else { return false }
            return error.line == line && error.description.hasPrefix("bad.jsonl:\(line): ")
                && error.description.contains(message)
        }
    }

    @Test("numeric ids are kept as text; missing ids become the line number")
    func ids() throws {
        let gold = try GoldFile.parse(
            "{\"id\": 7, \"question\": \"Who?\", \"answers\": []}\n{\"question\": \"Where?\", \"answers\": []}\n",
            path: "ids.jsonl")
        #expect(gold.questions.map(\.id) == ["7", "2"])
    }
}
