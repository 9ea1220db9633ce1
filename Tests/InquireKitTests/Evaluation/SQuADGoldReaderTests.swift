import Testing

@testable import InquireKit

@Suite("SQuAD gold files")
struct SQuADGoldReaderTests {
    @Test("v1.1: questions with all their answers, paragraphs as documents")
    func readsV1() throws {
        let gold = try GoldFile.load(path: FixturePaths.fixture("eval/squad-v1.json"))
        #expect(gold.format == .squad)
        #expect(gold.version == "1.1")
        #expect(gold.questions.map(\.id) == ["h1", "h2", "h3", "h4"])
        #expect(gold.questions.map(\.paragraph) == [0, 0, 1, 1])
        #expect(gold.questions[0].answers == ["Ada Linden", "the engineer Ada Linden"])
        #expect(gold.questions[0].line == 10)
        #expect(gold.paragraphs.count == 2)
        #expect(gold.paragraphs[1].id == "Harwick_Lighthouse#2")
        #expect(gold.paragraphs[1].text.hasPrefix("Three keepers"))
        #expect(gold.paragraphs[0].source.hasSuffix("squad-v1.json#Harwick_Lighthouse/1"))
    }

    @Test("v1.1 scores of hand-chosen answers, computed by hand")
    func handScoresV1() throws {
        let gold = try GoldFile.load(path: FixturePaths.fixture("eval/squad-v1.json"))
        let predictions = [
            // Multi-answer question; "Linden" against "Ada Linden": P 1, R 1/2, F1 2/3; against the longer
            // answer F1 = 2·1·(1/3)/(4/3) = 1/2. Best: 2/3. EM 0.
            Prediction(answer: "Linden"),
            // EM 1.
            Prediction(answer: "Gull Point"),
            // EM 1 ("Three" against "Three").
            Prediction(answer: "three"),
            // The gold answer is wrong on purpose: "The Marrow Bay Trust" shares no token with it. EM 0, F1 0.
            Prediction(answer: "The Marrow Bay Trust"),
        ]
        let results = EvaluationRun().score(gold.questions, predictions)
        let report = EvaluationReport(results, k: 5)
        #expect(report.exactMatch == 50)
        #expect(abs(report.f1 - 100 * (2.0 / 3 + 1 + 1 + 0) / 4) < 1e-9)
        #expect(report.abstention.unanswerable == 0)
        #expect(report.abstention.recall == nil)
        #expect(report.abstention.precision == nil)
        #expect(report.classifier == nil)
        #expect(
            EvaluationRun.officialPredictions(results)
                == ["h1": "Linden", "h2": "Gull Point", "h3": "three", "h4": "The Marrow Bay Trust"])
    }

    @Test("v2.0: is_impossible questions have no answers; abstaining on them scores 1")
    func handScoresV2() throws {
        let gold = try GoldFile.load(path: FixturePaths.fixture("eval/squad-v2.json"))
        #expect(gold.version == "v2.0")
        #expect(gold.questions.map(\.isAnswerable) == [true, false, true])
        let predictions = [
            // "Three keepers" matches the second gold answer: EM 1, F1 1.
            Prediction(answer: "Three keepers"),
            // Unanswerable, abstained: EM 1, F1 1.
            Prediction(answer: nil),
            // Answerable, abstained: EM 0, F1 0.
            Prediction(answer: nil, alternatives: ["1962"]),
        ]
        let results = EvaluationRun().score(gold.questions, predictions)
        let report = EvaluationReport(results, k: 5)
        #expect(abs(report.exactMatch - 200.0 / 3) < 1e-9)
        #expect(abs(report.f1 - 200.0 / 3) < 1e-9)
        // Ranks: 1, 1 (the abstention), 2 (the alternative).
        #expect(results.map(\.rank) == [1, 1, 2])
        #expect(report.abstention.abstained == 2)
        #expect(report.abstention.correct == 1)
        #expect(report.abstention.precision == 50)
        #expect(report.abstention.recall == 100)
        #expect(EvaluationRun.officialPredictions(results) == ["k1": "Three keepers", "k2": "", "k3": ""])
    }

    @Test(
        "a broken file is named with the line of the problem",
        arguments: [
            ("{\"version\": \"1.1\",\n \"data\": [\n  {\"title\": \"T\", \"paragraphs\": [}\n]}", 3, "broken JSON"),
            ("{\"version\": \"1.1\"}", 1, "missing array \"data\""),
            ("{\"data\": [\n {\"title\": \"T\"}\n]}", 2, "missing array \"paragraphs\""),
            (
                "{\"data\": [{\"title\": \"T\", \"paragraphs\": [\n  {\"qas\": []}\n]}]}", 2,
                "missing string \"context\""
            ),
            (
                "{\"data\": [{\"paragraphs\": [{\"context\": \"C\",\n \"qas\": [\n  {\"id\": \"x\", \"question\": \"Q?\"}\n]}]}]}",
                3,
                "question x is missing array \"answers\""
            ),
            (
                "{\"data\": [{\"paragraphs\": [{\"context\": \"C\", \"qas\": [\n {\"question\": \"Q?\", \"answers\": []}]}]}]}",
                2,
                "missing \"id\""
            ),
            (
                "{\"data\": [{\"paragraphs\": [{\"context\": \"C\", \"qas\": [{\"id\": \"x\", \"question\": \"Q?\",\n \"answers\": [\n {\"answer_start\": 0}]}]}]}]}",
                3,
                "answer of x is missing string \"text\""
            ),
        ])
    func errors(text: String, line: Int, message: String) {
        #expect {
            _ = try GoldFile.parse(text, path: "bad.json")
        } throws: { error in
            guard let error = error as? GoldFileError else { return false }
            return error.line == line && error.description.hasPrefix("bad.json:\(line): ")
                && error.description.contains(message)
        }
    }
}
