import Testing

@testable import InquireKit

@Suite("Parser parts: lifting, signatures, counts between words, move weights")
struct ParserPartsTests {
    @Test("lifting makes a crossing tree projective and leaves a projective one alone")
    func liftsCrossingArcs() throws {
        // Words 0…3, root = 4. Word 0 heads word 2 and word 1 heads word 3: the arcs 0→2 and 1→3 cross.
        let crossing: [Int32] = [1, 4, 0, 1]
        #expect(!ArcHybridOracle.isProjective(crossing))
        let lifted = try #require(ArcHybridOracle.projectivised(crossing))
        #expect(ArcHybridOracle.isProjective(lifted))
        // Only the inner arc moved, one step up: word 2 now hangs from word 0's head.
        #expect(lifted == [1, 4, 1, 1])
        let projective: [Int32] = [1, 4, 3, 1]
        #expect(ArcHybridOracle.projectivised(projective) == projective)
    }

    @Test("unknown words with the same ending and shape share a signature; shape and ending tell them apart")
    func signatures() {
        let vocabulary = ParserVocabulary(forms: ["the"], relations: ["root", "det"])
        let sentence = vocabulary.sentence(
            words: ["the", "zorbing", "blorbing", "Blorbing", "zorbed", "the"],
            tags: [.det, .verb, .verb, .propn, .verb, .det])
        #expect(sentence.words[0] == sentence.words[5])
        #expect(sentence.words[0] < ParserVocabulary.signatureBase)
        #expect(sentence.words[1] >= ParserVocabulary.signatureBase)
        #expect(sentence.words[1] == sentence.words[2])
        #expect(sentence.words[2] != sentence.words[3])
        #expect(sentence.words[1] != sentence.words[4])
        #expect(sentence.suffixes.allSatisfy { $0 != 0 })
    }

    @Test("verbs and punctuation between two positions, bucketed")
    func between() {
        let tags: [UniversalTag] = [.noun, .verb, .punct, .aux, .verb, .punct]
        let sentence = ParserSentence(words: [3, 4, 5, 6, 7, 8], tags: tags.map { $0.rawValue + 1 })
        #expect(sentence.between(0, 1) == 0)
        #expect(sentence.between(0, 2) == 1 << 2)  // one verb, no punctuation
        #expect(sentence.between(0, 3) == 1 << 2 | 1)
        #expect(sentence.between(0, 5) == 2 << 2 | 1)  // three verbs count as "2 or more"
        #expect(sentence.between(2, 6) == 2 << 2 | 1)  // up to the root
    }

    @Test("the move weights add each stored feature's levels once and nothing for absent features")
    func narrowWeights() {
        let features = (1...5000).map { key in
            ParserWeights.Feature(
                key: UInt32(key) &* 2_654_435_761, cells: [(0, Int16(key % 7)), (2, -Int16(key % 5) - 1)])
        }
        let weights = ParserWeights(width: 3, scale: 0.5, features: features)
        #expect(weights.features == features.sorted { $0.key < $1.key })
        let keys: [UInt64] = [UInt64(features[10].key), UInt64(features[4000].key), UInt64(features[10].key)]
        var scores: [Float] = [1, 1, 1]
        keys.withUnsafeBufferPointer { keys in
            scores.withUnsafeMutableBufferPointer { scores in
                weights.accumulate(keys.baseAddress!, count: keys.count, into: scores.baseAddress!)
            }
        }
        let first = Float(2 * (11 % 7) + 4001 % 7) * 0.5
        let third = Float(2 * -(11 % 5 + 1) - (4001 % 5 + 1)) * 0.5
        #expect(scores == [1 + first, 1, 1 + third])
        // Keys never stored: with 5,000 features in a table of 16,384 slots, a false match is very unlikely.
        let absent: [UInt64] = (0..<50).map { UInt64($0) &* 40503 &+ 7 << 20 }
        var zero: [Float] = [0, 0, 0]
        absent.withUnsafeBufferPointer { keys in
            zero.withUnsafeMutableBufferPointer { scores in
                weights.accumulate(keys.baseAddress!, count: keys.count, into: scores.baseAddress!)
            }
        }
        #expect(zero == [0, 0, 0])
    }
}
