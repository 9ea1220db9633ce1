import Testing

@testable import InquireKit

@Suite("Compact weights")
struct CompactWeightsTests {
    /// A deterministic pseudo-random model: `count` features of 1 to 5 cells over `classes` classes.
    static func features(_ count: Int, classes: Int) -> [CompactWeights.Feature] {
        var generator = SeededGenerator(seed: 42)
        return (1...count).map { index in
            let key = UInt64(index) &* 0x9E37_79B9_7F4A_7C15 | 1
            let labels = (0..<classes).shuffled(using: &generator).prefix(1 + index % 5).sorted()
            let cells = labels.map { (UInt8($0), Int16.random(in: -30_000...30_000, using: &generator)) }
            return CompactWeights.Feature(key: key, cells: cells)
        }
    }

    /// The scores summed the plain way, from the features' cells.
    static func expected(_ features: [CompactWeights.Feature], keys: [UInt64], classes: Int) -> [Int32] {
        var scores = [Int32](repeating: 0, count: classes)
        let byKey = Dictionary(uniqueKeysWithValues: features.map { ($0.key, $0.cells) })
        for key in keys {
            for (label, weight) in byKey[key] ?? [] { scores[Int(label)] &+= Int32(weight) }
        }
        return scores
    }

    @Test("scores equal the plain sums of the cells, with inline and outlying cells, before and after a file")
    func scores() throws {
        let features = Self.features(3_000, classes: 17)
        let weights = CompactWeights(classCount: 17, scale: 0.5, features: features.reversed())
        var writer = ByteWriter()
        weights.write(to: &writer)
        var reader = ByteReader(writer.bytes)
        let reread = try CompactWeights(from: &reader)
        #expect(reader.isAtEnd)
        #expect(reread.featureCount == 3_000 && reread.cellCount == weights.cellCount && reread.scale == 0.5)
        var generator = SeededGenerator(seed: 7)
        for _ in 0..<200 {
            // Some stored keys, some absent ones (odd keys the model does not hold).
            let keys = (0..<35).map { _ in
                Bool.random(using: &generator)
                    ? features.randomElement(using: &generator)!.key
                    : UInt64.random(in: 1...UInt64.max, using: &generator)
            }
            let expected = Self.expected(features, keys: keys, classes: 17)
            #expect(weights.scores(keys) == expected)
            #expect(reread.scores(keys) == expected)
        }
    }

    @Test("writing back a model read from bytes gives the same bytes")
    func rewrite() throws {
        var writer = ByteWriter()
        CompactWeights(classCount: 7, scale: 1, features: Self.features(500, classes: 7)).write(to: &writer)
        var reader = ByteReader(writer.bytes)
        var again = ByteWriter()
        try CompactWeights(from: &reader).write(to: &again)
        #expect(again.bytes == writer.bytes)
    }

    @Test("an empty model scores zero")
    func empty() {
        let weights = CompactWeights(classCount: 3, scale: 1, features: [])
        #expect(weights.scores([1, 2, 3]) == [0, 0, 0])
        #expect(weights.predict([]) == 0)
    }
}
