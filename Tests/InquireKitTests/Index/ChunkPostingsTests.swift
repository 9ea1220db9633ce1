import Testing

@testable import InquireKit

@Suite("Chunk postings: term ids and counts packed in one UInt32, and the wide path")
struct ChunkPostingsTests {
    /// A worker vocabulary holding `count` terms, with ids 0..<count.
    static func vocabulary(_ count: Int) -> WorkerVocabulary {
        var vocabulary = WorkerVocabulary()
        for id in 0..<count { _ = vocabulary.id(forTerm: "t\(id)") }
        return vocabulary
    }

    /// Sentences of repeated terms: counts around the 8-bit limit (254, 255, 256, 300) beside single ones.
    static let sentences: [[UInt32]] = [
        [0, 1, 0, 2],
        Array(repeating: 3, count: 254) + Array(repeating: 1, count: 255) + [4] + Array(repeating: 5, count: 256),
        Array(repeating: 6, count: 300) + [0, 6],
    ]

    /// Each sentence's distinct terms with counts, in first-occurrence order.
    static func expected(_ sentence: [UInt32]) -> [(UInt32, UInt32)] {
        var result: [(UInt32, UInt32)] = []
        for id in sentence {
            if let index = result.firstIndex(where: { $0.0 == id }) {
                result[index].1 += 1
            } else {
                result.append((id, 1))
            }
        }
        return result
    }

    static func entries(of chunk: ChunkPostings) -> [[(UInt32, UInt32)]] {
        var start = 0
        return chunk.termEnds.map { end in
            defer { start = Int(end) }
            return (start..<Int(end)).map { (chunk.termID(ofEntry: $0), chunk.count(ofEntry: $0)) }
        }
    }

    @Test("counts of 255 and more are exact, packed or wide", arguments: [ChunkPostings.packedIDLimit, 4, 1])
    func counts(idLimit: UInt32) {
        var vocabulary = Self.vocabulary(7)
        var chunk = ChunkPostings(worker: 0, sentences: 0..<Self.sentences.count, idLimit: idLimit)
        for sentence in Self.sentences { chunk.add(sentenceTerms: sentence, vocabulary: &vocabulary) }
        chunk.compact()
        #expect((chunk.wideIDs != nil) == (idLimit < 7))
        let found = Self.entries(of: chunk)
        let wanted = Self.sentences.map(Self.expected)
        #expect(found.count == wanted.count)
        for (got, want) in zip(found, wanted) {
            #expect(got.map(\.0) == want.map(\.0))
            #expect(got.map(\.1) == want.map(\.1))
        }
        #expect(chunk.lengths == Self.sentences.map { UInt32($0.count) })
    }

    @Test("ids of 2²⁴ and more go to the wide path, exactly")
    func largeIDs() {
        var chunk = ChunkPostings(worker: 0, sentences: 0..<1)
        chunk.entries = [5 << 8 | 2, 7 << 8 | 255]
        chunk.largeCounts = [1: 1000]
        chunk.termEnds = [2]
        let large = ChunkPostings.packedIDLimit
        chunk.renumber { $0 == 5 ? 9 : large + 3 }
        #expect(chunk.wideIDs == [9, large + 3])
        #expect(chunk.termID(ofEntry: 0) == 9 && chunk.count(ofEntry: 0) == 2)
        #expect(chunk.termID(ofEntry: 1) == large + 3 && chunk.count(ofEntry: 1) == 1000)
        chunk.renumber { $0 == 9 ? UInt32.max - 1 : 0 }
        #expect(chunk.wideIDs == [UInt32.max - 1, 0])
    }

    @Test("the merge widens a chunk whose global ids do not fit, though its own ids did")
    func mergeWidens() {
        // Worker 0 knows terms a, b, c, d (ids 0...3); worker 1 only e (id 0), which becomes global id 4.
        var first = WorkerVocabulary()
        for term in ["a", "b", "c", "d"] { _ = first.id(forTerm: term) }
        var second = WorkerVocabulary()
        _ = second.id(forTerm: "e")
        _ = second.id(forTerm: "a")
        var chunk0 = ChunkPostings(worker: 0, sentences: 0..<1, idLimit: 4)
        chunk0.add(sentenceTerms: [0, 1, 2, 3, 3], vocabulary: &first)
        var chunk1 = ChunkPostings(worker: 1, sentences: 1..<2, idLimit: 4)
        chunk1.add(sentenceTerms: [1, 0, 0, 1], vocabulary: &second)
        #expect(chunk1.wideIDs == nil)
        var chunks = [chunk0, chunk1]
        let merged = IndexBuilder.merge(&chunks, vocabularies: [first, second])
        #expect(merged.terms == ["a", "b", "c", "d", "e"])
        #expect(merged.documentFrequencies == [2, 1, 1, 1, 1])
        #expect(merged.chunks[0].wideIDs == nil)
        #expect(Self.entries(of: merged.chunks[0])[0].map(\.0) == [0, 1, 2, 3])
        #expect(Self.entries(of: merged.chunks[0])[0].map(\.1) == [1, 1, 1, 2])
        #expect(merged.chunks[1].wideIDs == [0, 4])
        #expect(Self.entries(of: merged.chunks[1])[0].map(\.0) == [0, 4])
        #expect(Self.entries(of: merged.chunks[1])[0].map(\.1) == [2, 2])
    }

    @Test("a build with the wide path equals the packed build", arguments: [UInt32(1), 5, 600])
    func wideBuildEqualsPacked(idLimit: UInt32) throws {
        var generator = SplitMix(seed: 3)
        var sentences: [[String]] = []
        for _ in 0..<(IndexBuilder.chunkSize * 2 + 31) {
            let length = Int(generator.next() % 9)
            sentences.append((0..<length).map { _ in "w\(generator.next() % generator.next(bound: 2000))" })
        }
        sentences.append(Array(repeating: "w1", count: 600) + ["w2"])
        let packed = try IndexBuilder.build(termsPerSentence: sentences)
        let wide = try IndexBuilder.build(termsPerSentence: sentences, idLimit: idLimit)
        #expect(wide.hasSameContents(as: packed))
        for query in [["w1", "w2"], ["w3"], ["w1999", "w0", "w7"]] {
            let hits = wide.search(terms: query, top: 10, ranking: .bm25)
            let expected = BruteForce.top(10, query: query, sentences: sentences, ranking: .bm25)
            #expect(hits.count == expected.count)
            #expect(zip(hits, expected).allSatisfy { abs($0.score - $1.score) < 1e-5 })
        }
    }
}
