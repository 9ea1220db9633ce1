import Testing

@testable import InquireKit

@Suite("TSV gold files")
struct TSVGoldReaderTests {
    static let path = FixturePaths.fixture("eval/gold.tsv")

    @Test("reads questions, answers, types and lines, skipping comments and blank lines")
    func reads() throws {
        let gold = try GoldFile.load(path: Self.path)
        #expect(gold.format == .tsv)
        #expect(gold.questions.count == 5)
        #expect(gold.questions[0].answers == ["Ada Linden", "the engineer Ada Linden"])
        #expect(gold.questions[0].type == "HUM:ind")
        #expect(gold.questions[0].line == 3)
        #expect(gold.questions[2].line == 6)
        #expect(gold.questions[4].question == "Who painted the tower?")
        #expect(gold.questions[4].answers.isEmpty)
        #expect(!gold.questions[4].isAnswerable)
        #expect(gold.unanswerableCount == 1)
    }

    @Test("scores of hand-chosen answers, computed by hand")
    func handScores() throws {
        let gold = try GoldFile.load(path: Self.path)
        let predictions = [
            // Matches the second gold answer once "the" is dropped: EM 1, F1 1, rank 1.
            Prediction(answer: "engineer Ada Linden", alternatives: ["Harwick Lighthouse"], answerType: "HUM:ind"),
            // Wrong, no shared token with "Gull Point": EM 0, F1 0; the first alternative is right: rank 2.
            Prediction(answer: "Marrow Bay", alternatives: ["Gull Point"], answerType: "LOC:other"),
            // "three keepers" against "three": P 1/2, R 1, F1 2/3; against "3": 0. EM 0, no rank.
            Prediction(answer: "Three keepers", answerType: "NUM:count"),
            // Right by the text, but the gold answer is wrong on purpose: EM 0, F1 0, no rank. Type HUM:ind
            // against gold HUM:gr: fine wrong, coarse right.
            Prediction(answer: "the Marrow Bay Trust", alternatives: ["Ada Linden"], answerType: "HUM:ind"),
            // Unanswerable, and the tool abstains: EM 1, F1 1, rank 1.
            Prediction(answer: nil, answerType: "HUM:ind"),
        ]
        let results = EvaluationRun(k: 5).score(gold.questions, predictions)
        let report = EvaluationReport(results, k: 5)
        #expect(report.questions == 5)
        #expect(report.answered == 4)
        #expect(abs(report.exactMatch - 100 * 2 / 5) < 1e-9)
        #expect(abs(report.f1 - 100 * (1 + 0 + 2.0 / 3 + 0 + 1) / 5) < 1e-9)
        #expect(abs(report.hitAtK - 100 * 3 / 5) < 1e-9)
        #expect(abs(report.mrr - (1 + 0.5 + 0 + 0 + 1) / 5) < 1e-9)
        #expect(report.abstention.unanswerable == 1)
        #expect(report.abstention.abstained == 1)
        #expect(report.abstention.correct == 1)
        #expect(report.abstention.precision == 100)
        #expect(report.abstention.recall == 100)
        #expect(report.classifier?.questions == 5)
        #expect(report.classifier?.fine == 80)
        #expect(report.classifier?.fineCorrect == 4)
        #expect(report.classifier?.coarseCorrect == 5)
        #expect(report.classifier?.coarse == 100)
        // who: questions 1, 4, 5 → EM (1 + 0 + 1) / 3; where: question 2 → hit, MRR 1/2; how-many: F1 2/3.
        let who = try #require(report.byType["who"])
        #expect(who.questions == 3)
        #expect(abs(who.exactMatch - 200.0 / 3) < 1e-9)
        #expect(abs(who.mrr - 2.0 / 3) < 1e-9)
        #expect(report.byType["where"]?.hitAtK == 100)
        #expect(report.byType["where"]?.mrr == 0.5)
        #expect(abs((report.byType["how-many"]?.f1 ?? 0) - 200.0 / 3) < 1e-9)
        // With k = 1 only the answers count: hits on questions 1 and 5.
        let top1 = EvaluationReport(EvaluationRun(k: 1).score(gold.questions, predictions), k: 1)
        #expect(abs(top1.hitAtK - 40) < 1e-9)
        #expect(abs(top1.mrr - 0.4) < 1e-9)
        // The misses are the three questions with EM 0.
        let misses = EvaluationReport(results, k: 5, misses: true).misses ?? []
        #expect(misses.map(\.line) == [4, 6, 7])
        #expect(misses.last?.expected == ["The Harwick Society"])
        #expect(misses.last?.given == "the Marrow Bay Trust")
    }

    @Test(
        "a bad line is named with its number",
        arguments: [
            ("Who?\tAda\tHUM:ind\n# c\nWho designed it?\n", 3, "expected 2 or 3 tab-separated columns"),
            ("Who?\tAda\tHUM:ind\textra\n", 1, "found 4"),
            ("\n\nWho?\tAda\tHUM:person\n", 3, "unknown type label \"HUM:person\""),
            ("Who?\tAda\tPERSON\n", 1, "unknown type label"),
            ("Who?\tAda\n \tAda\n", 2, "empty question"),
        ])
    func errors(text: String, line: Int, message: String) {
        #expect {
            _ = try GoldFile.parse(text, path: "bad.tsv")
        } throws: { error in
            guard let error = error as? GoldFileError else { return false }
            return error.line == line && error.description.hasPrefix("bad.tsv:\(line): ")
                && error.description.contains(message)
        }
    }

    @Test("CRLF line ends, coarse labels, an empty type column and empty alternatives are accepted")
    func lenient() throws {
        let gold = try GoldFile.parse("Who?\tAda||Linden \tHUM\r\nWhere?\tGull Point\t\r\n", path: "ok.tsv")
        #expect(gold.questions.map(\.answers) == [["Ada", "Linden"], ["Gull Point"]])
        #expect(gold.questions.map(\.type) == ["HUM", nil])
    }

    @Test("a file without questions is refused")
    func empty() {
        #expect(throws: GoldFileError(path: "e.tsv", line: nil, reason: "no questions")) {
            _ = try GoldFile.parse("# only a comment\n\n", path: "e.tsv")
        }
    }
}
