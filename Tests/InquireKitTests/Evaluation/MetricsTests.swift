import Testing

@testable import InquireKit

@Suite("Exact match, token F1 and ranks")
struct MetricsTests {
    @Test("exact match compares normalised answers")
    func exactMatch() {
        #expect(Metrics.exactMatch("The Marrow Bay Trust", "marrow bay trust!"))
        #expect(!Metrics.exactMatch("Marrow Bay", "Marrow Bay Trust"))
    }

    @Test(
        "token F1 by hand",
        arguments: [
            // [cat, sat] against [cat, sat, down]: 2 shared, P = 1, R = 2/3, F1 = 2·(2/3)/(5/3) = 0.8.
            ("the cat sat", "cat sat down", 0.8),
            // Repeated tokens count as often as both sides hold them: dog 1 + cat 1 = 2 shared of 3 and 3.
            ("dog dog cat", "dog cat cat", 2.0 / 3.0),
            ("Gull Point", "Marrow Bay", 0),
            ("", "Gull Point", 0),
            // SQuAD v1.1 gives 0 when both sides are empty.
            ("the", "a", 0),
            ("Three keepers", "three", 2.0 / 3.0),
        ])
    func f1(prediction: String, gold: String, expected: Double) {
        #expect(abs(Metrics.f1(prediction, gold) - expected) < 1e-12)
    }

    @Test("the best gold answer counts")
    func maximum() {
        #expect(Metrics.exactMatch("engineer Ada Linden", golds: ["Ada Linden", "the engineer Ada Linden"]) == 1)
        #expect(abs(Metrics.f1("Three keepers", golds: ["3", "three"]) - 2.0 / 3.0) < 1e-12)
        #expect(Metrics.exactMatch("Ada", golds: ["Ada Linden", "Linden"]) == 0)
        #expect(abs(Metrics.f1("Ada", golds: ["Ada Linden", "Linden"]) - 2.0 / 3.0) < 1e-12)
    }

    @Test("a question without answer is right only for an abstention (SQuAD 2.0)")
    func unanswerable() {
        #expect(Metrics.exactMatch("", golds: []) == 1)
        #expect(Metrics.f1("", golds: []) == 1)
        #expect(Metrics.exactMatch("Ada Linden", golds: []) == 0)
        #expect(Metrics.f1("Ada Linden", golds: []) == 0)
    }

    @Test("the rank is the position of the first correct entry")
    func rank() {
        #expect(Metrics.rank(of: ["Gull Point"], in: ["Marrow Bay", "gull point", "Gull Point"]) == 2)
        #expect(Metrics.rank(of: ["Gull Point"], in: ["Marrow Bay"]) == nil)
        #expect(Metrics.rank(of: [], in: ["", "Marrow Bay"]) == 1)
        #expect(Metrics.reciprocalRank(4) == 0.25)
        #expect(Metrics.reciprocalRank(nil) == 0)
    }

    @Test("percentages of an empty set are 0, not NaN")
    func percent() {
        #expect(Metrics.percent(3, of: 4) == 75)
        #expect(Metrics.percent(0, of: 0) == 0)
    }
}
