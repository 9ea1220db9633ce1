import Testing

@testable import InquireKit

@Suite("Averaged perceptron and compact weights")
struct AveragedPerceptronTests {
    /// Three classes, each marked by its own feature, plus a shared noise feature.
    let examples: [(features: [UInt64], label: Int)] = (0..<30).map { index in
        let label = index % 3
        return ([FeatureHash.of(1, label), FeatureHash.of(2, "noise"), FeatureHash.of(3, index % 5)], label)
    }

    func trained() -> AveragedPerceptron {
        var model = AveragedPerceptron(classCount: 3)
        for _ in 0..<5 {
            for example in examples {
                let guess = model.predict(example.features)
                model.update(truth: example.label, guess: guess, features: example.features)
            }
        }
        return model
    }

    @Test("learns a separable problem, and the compact model predicts the same")
    func learns() {
        let model = trained()
        let compact = model.compacted()
        for example in examples {
            #expect(model.predict(example.features) == example.label)
            #expect(compact.predict(example.features) == example.label)
        }
        #expect(compact.featureCount > 0 && compact.featureCount <= model.featureCount)
    }

    @Test("pruning drops small weights")
    func pruning() {
        let model = trained()
        #expect(model.compacted(minimumWeight: 1000).featureCount == 0)
        #expect(model.compacted(minimumWeight: 0.01).cellCount <= model.compacted().cellCount)
    }

    @Test("feature hashes are stable, never zero, and keep values apart")
    func hashes() {
        #expect(FeatureHash.of(7, "ab", "c") != FeatureHash.of(7, "a", "bc"))
        #expect(FeatureHash.of(7, "word") != FeatureHash.of(8, "word"))
        #expect(FeatureHash.of(7, "word") == FeatureHash.of(7, "word"[...]))
        // FNV-1a 64 of the empty input is the offset basis; of "a" a known constant.
        #expect(FeatureHash.checksum([]) == 0xcbf2_9ce4_8422_2325)
        #expect(FeatureHash.checksum(Array("a".utf8)) == 0xaf63_dc4c_8601_ec8c)
    }

    @Test("a feature table finds what it stored after growing")
    func table() {
        var table = FeatureTable(capacity: 4)
        for index in 1...1000 { table.insert(UInt64(index) &* 0x1234_5678_9ABC_DEF1, row: index) }
        #expect(table.count == 1000)
        #expect(table.row(of: UInt64(777) &* 0x1234_5678_9ABC_DEF1) == 777)
        #expect(table.row(of: 42) == nil)
    }
}
