import Foundation
import Testing

@testable import InquireKit

@Suite("Confidence over whole texts: weighted rows, each kind's declines, gold files with their own corpus")
struct WholeTextConfidenceTests {
    @Test("a row of weight 2 fits as two copies of it; weight 1 is the unweighted fit")
    func weightsCountAsCopies() {
        let base: [(features: [Double], right: Bool)] = [
            ([1, 0], false), ([1, 0], true), ([1, 1], true), ([1, 1], false), ([1, 1], true),
        ]
        let copied = base + [([1, 0], false)]
        let weighted = base.enumerated().map { index, example in
            (features: example.features, right: example.right, weight: index == 0 ? 2.0 : 1.0)
        }
        let fitter = LogisticRegression(penalty: 0.5)
        let byCopies = fitter.fit(copied)
        let byWeight = fitter.fit(weighted: weighted)
        #expect(zip(byCopies, byWeight).allSatisfy { abs($0 - $1) < 1e-9 })
        #expect(fitter.fit(base) == fitter.fit(weighted: base.map { ($0.features, $0.right, 1) }))
    }

    @Test("heavier whole-text rows pull the fit toward them")
    func heavierRowsPull() {
        // Paragraph rows right half the time at the signal 1; whole-text rows at the signal 1 always right.
        var rows: [ConfidenceFit.Row] = (0..<40).map { .init(features: [1, 1], right: $0 % 2 == 0, answerable: true) }
        rows += (0..<10).map { _ in .init(features: [1, 1], right: true, answerable: true, wholeText: true) }
        let even = ConfidenceFit(rows: rows, penalty: 1)
        let heavy = ConfidenceFit(
            rows: rows.map {
                .init(
                    features: $0.features, right: $0.right, answerable: $0.answerable, wholeText: $0.wholeText,
                    weight: $0.wholeText ? 4 : 1)
            }, penalty: 1)
        #expect(heavy.model.probability([1, 1]) > even.model.probability([1, 1]))
    }

    @Test("the threshold declines the target share of each kind's unanswerable questions, not of both pooled")
    func eachKindDeclined() {
        // The signal is the confidence's only feature: answerable rows high, paragraph near misses low, and
        // whole-text unanswerable rows in between, so declining 80% of them needs a higher threshold.
        var rows: [ConfidenceFit.Row] = []
        for step in 0..<50 {
            let x = Double(step) / 50
            rows.append(.init(features: [1, 2 + x], right: step % 5 != 0, answerable: true))
            rows.append(.init(features: [1, -2 - x], right: false, answerable: false))
        }
        for step in 0..<10 {
            rows.append(
                .init(features: [1, Double(step) / 10], right: false, answerable: false, wholeText: true))
        }
        let fit = ConfidenceFit(rows: rows, penalty: 1, articleDeclineTarget: 0.8)
        #expect(fit.chosen.paragraphDeclined >= ConfidenceFit.declineTarget)
        #expect(fit.chosen.wholeTextDeclined >= 0.8)
        let lower = fit.settings.filter { $0.threshold < fit.chosen.threshold }
        #expect(lower.allSatisfy { $0.paragraphDeclined < 0.8 || $0.wholeTextDeclined < 0.8 })
        #expect(lower.contains { $0.paragraphDeclined >= 0.8 })
        // With no whole-text target the paragraph rule alone decides, at a threshold no higher.
        let loose = ConfidenceFit(rows: rows, penalty: 1, articleDeclineTarget: 0)
        #expect(loose.chosen.threshold < fit.chosen.threshold)
    }

    @Test("a gold file argument names its corpus after its last @")
    func goldSpec() {
        #expect(GoldSpec.split("sets/talks.tsv@texts/talks") == ("sets/talks.tsv", "texts/talks"))
        #expect(GoldSpec.split("sets/talks.tsv") == ("sets/talks.tsv", nil))
        #expect(GoldSpec.split("sets/talks.tsv@") == ("sets/talks.tsv", nil))
        #expect(GoldSpec.split("a@b/c.tsv@d") == ("a@b/c.tsv", "d"))
    }

    @Test("a list of gold files (--specs) holds one spec a line; blank lines and # comments are skipped")
    func specLines() {
        let text = "# made by a script\nsets/a/gold.tsv@sets/a/corpus\n\n  sets/b.tsv  \r\n#sets/c.tsv\n"
        #expect(GoldSpec.lines(of: text) == ["sets/a/gold.tsv@sets/a/corpus", "sets/b.tsv"])
        #expect(GoldSpec.lines(of: "").isEmpty)
    }

    @Test("the text-length features: 0 over a paragraph, the long-text products over an article")
    func textFeatures() {
        let names = ConfidenceModel.featureNames
        func value(_ name: String, _ vector: [Double]) -> Double { vector[names.firstIndex(of: name)!] }
        var parts = ScoreParts()
        (parts.role, parts.coverage, parts.lead, parts.predicateFound) = (0.8, 0.6, 0.3, true)
        parts.documentSentences = 6
        let paragraph = ConfidenceModel.features(parts, score: 0.5, type: .person)
        #expect(paragraph.count == names.count)
        #expect(value("long text", paragraph) == 0)
        #expect(value("long × role", paragraph) == 0)
        #expect(abs(value("text length", paragraph) - log(7) / log(1001)) < 1e-12)
        parts.documentSentences = 40
        let article = ConfidenceModel.features(parts, score: 0.5, type: .person)
        #expect(value("long text", article) == 1)
        #expect(value("long × role", article) == 0.8)
        #expect(value("long × predicate found", article) == 1)
        #expect(value("long × coverage", article) == 0.6)
        #expect(value("long × lead", article) == 0.3)
        #expect(value("text length", article) > value("text length", paragraph))
        #expect(value("thing answer", article) == 0)
        #expect(ConfidenceModel.textLength(5000) == 1)
        #expect(ConfidenceModel.textLength(0) == 0)
        let sentence = ConfidenceModel.sentenceFeatures(
            coverage: 0.5, retrieval: 1, relation: 1, documentSentences: 30)
        #expect(sentence.count == names.count)
        #expect(value("long text", sentence) == 1)
        #expect(value("long × coverage", sentence) == 0.5)
        #expect(value("long × role", sentence) == 0)
        #expect(value("thing answer", sentence) == 0)
    }

    @Test("a feature left out of the fit keeps the weight 0; the others are fitted as without it")
    func leftOutFeatures() {
        let names = ConfidenceModel.featureNames
        let long = names.firstIndex(of: "long text")!
        // The signal (the score column) tells right from wrong; the long-text column is noise that a fit would use.
        let rows: [ConfidenceFit.Row] = (0..<60).map { index in
            var vector = [Double](repeating: 0, count: names.count)
            vector[0] = 1
            vector[1] = Double(index % 3) / 2
            vector[long] = index % 4 == 0 ? 1 : 0
            return .init(features: vector, right: index % 3 != 0 || index % 4 == 0, answerable: true)
        }
        let all = ConfidenceFit(rows: rows, penalty: 1)
        let without = ConfidenceFit(rows: rows, penalty: 1, leftOut: ConfidenceModel.textFeatureNames)
        #expect(all.model.weights[long] != 0)
        #expect(without.model.weights[long] == 0)
        #expect(without.model.weights[1] > 0)
        // Leaving out columns that are always 0 changes nothing.
        let zeros = ConfidenceFit(rows: rows, penalty: 1, leftOut: ["sentence answer"])
        #expect(zip(zeros.model.weights, all.model.weights).allSatisfy { abs($0 - $1) < 1e-9 })
    }

    @Test("thing answers have their own weights: their rows are not fitted, but are scored with those weights")
    func thingRowsLeftOut() {
        let names = ConfidenceModel.featureNames
        func vector(score: Double, thing: Bool) -> [Double] {
            var vector = [Double](repeating: 0, count: names.count)
            (vector[0], vector[1], vector[names.count - 1]) = (1, score, thing ? 1 : 0)
            return vector
        }
        let spans: [ConfidenceFit.Row] = (0..<40).map {
            .init(features: vector(score: Double($0 % 2), thing: false), right: $0 % 2 == 1, answerable: true)
        }
        let things: [ConfidenceFit.Row] = (0..<20).map { _ in
            .init(features: vector(score: 1, thing: true), right: false, answerable: true)
        }
        let alone = ConfidenceFit(rows: spans, penalty: 1)
        let mixed = ConfidenceFit(rows: spans + things, penalty: 1)
        #expect(alone.model.weights == mixed.model.weights)
        #expect(ConfidenceModel.isThing(vector(score: 1, thing: true)))
        #expect(!ConfidenceModel.isThing(vector(score: 1, thing: false)))
        #expect(!ConfidenceModel.isThing([1, 1]))
    }
}
