import Testing

@testable import InquireKit

@Suite("Evaluation runs through the engine")
struct EvaluationRunTests {
    @Test("paragraph mode asks each question of its own paragraph and reports progress")
    func paragraphMode() throws {
        let gold = try GoldFile.load(path: FixturePaths.fixture("eval/squad-v1.json"))
        var calls: [(Int, Int)] = []
        let results = EvaluationRun(k: 3).run(gold, from: .ownParagraph(.tfidf, resources: .forTests)) {
            calls.append(($0, $1))
        }
        #expect(results.count == 4)
        #expect(calls.map(\.0) == [1, 2, 3, 4])
        #expect(calls.allSatisfy { $0.1 == 4 })
        for result in results {
            // Evidence can only come from the question's own paragraph.
            if let evidence = result.prediction.evidence {
                let paragraph = try #require(result.gold.paragraph)
                #expect(gold.paragraphs[paragraph].text.contains(evidence.text))
            }
            #expect(result.prediction.alternatives.count <= 2)
        }
        // The answers as measured: the fourth is right but scored 0 against the fixture's deliberately wrong gold
        // answer. (The first was "Gull Point" before the syntax-based answers, the pronoun antecedents and the
        // BILOU entity tagger.)
        #expect(results.map(\.prediction.answer) == ["Ada Linden", "Gull Point", "Three", "Marrow Bay Trust"])
        #expect(results.map(\.exactMatch) == [1, 1, 1, 0])
        #expect(results.map(\.f1) == [1, 1, 1, 0])
    }

    @Test("a shared engine answers every question; the scores are the measured ones")
    func sharedEngine() throws {
        let gold = try GoldFile.load(path: FixturePaths.fixture("eval/gold.tsv"))
        let corpus = try CorpusLoader.load(path: FixturePaths.fixture("eval/lighthouse.txt"))
        let results = EvaluationRun().run(gold, from: .shared(try Engine(corpus: corpus)))
        #expect(results.map(\.gold) == gold.questions)
        // The designer, Ada Linden, is the best candidate since the syntax-based answers (Gull Point, a place,
        // before), and above the threshold since the BILOU entity tagger.
        #expect(results.map(\.prediction.answer) == ["Ada Linden", "Gull Point", "Three", "Marrow Bay Trust", nil])
        #expect(
            results.map(\.prediction.forcedAnswer) == [
                "Ada Linden", "Gull Point", "Three", "Marrow Bay Trust", "Marrow Bay Trust",
            ])
        #expect(results.map(\.exactMatch) == [1, 1, 1, 0, 1])
        let report = EvaluationReport(results, k: 5)
        #expect(report.questions == 5)
        #expect(report.answered == 4)
        #expect(abs(report.exactMatch - 80) < 1e-9)
        #expect(abs(report.f1 - 80) < 1e-9)
        #expect(abs(report.hitAtK - 80) < 1e-9)
    }

    @Test("a question without a paragraph in paragraph mode gets an abstention")
    func missingParagraph() {
        let gold = GoldFile(
            path: "x", format: .squad, questions: [GoldQuestion(id: "1", question: "Who?", answers: ["Ada"], line: 1)])
        let predictions = EvaluationRun().predict(gold, from: .ownParagraph(.tfidf, resources: .forTests))
        #expect(predictions == [Prediction(answer: nil, confidence: 0)])
    }
}
