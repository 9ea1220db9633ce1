import Foundation
import Testing

@testable import InquireKit

@Suite("Posting blocks")
struct PostingBlocksTests {
    /// One term's postings as written and read back.
    typealias Postings = [(sentence: UInt32, count: UInt32)]

    /// Writes `terms` (each strictly ascending) and returns the blocks.
    static func pack(_ terms: [Postings]) throws -> PostingBlocks {
        var writer = PostingBlocksWriter()
        for term in terms { try writer.appendTerm(sentences: term.map(\.sentence), counts: term.map(\.count)) }
        return writer.finish()
    }

    static func same(_ lhs: Postings, _ rhs: Postings) -> Bool {
        lhs.count == rhs.count && zip(lhs, rhs).allSatisfy { $0.sentence == $1.sentence && $0.count == $1.count }
    }

    static let edgeCases: [(String, Postings)] = [
        ("one posting", [(7, 1)]),
        ("one posting at sentence 0", [(0, 3)]),
        ("exactly a block", (0..<128).map { (UInt32($0 * 3), 1) }),
        ("a block and one", (0..<129).map { (UInt32($0), UInt32($0 % 5 + 1)) }),
        ("two blocks and some, consecutive", (0..<300).map { (UInt32(1000 + $0), 1) }),
        ("large counts", [(1, 255), (2, 256), (3, 70_000), (4, UInt32.max), (9, 1)]),
        ("large gaps", [(0, 1), (1, 1), (UInt32.max / 2, 2), (UInt32.max - 1, 1)]),
        ("a gap of 2³² − 2 after a full block", (0..<128).map { (UInt32($0), 1) } + [(UInt32.max - 1, 4)]),
    ]

    @Test("round trip of one term", arguments: edgeCases.indices)
    func roundTrip(case index: Int) throws {
        let (name, postings) = Self.edgeCases[index]
        let blocks = try Self.pack([postings])
        #expect(blocks.termCount == 1)
        #expect(blocks.postingCount == postings.count)
        #expect(Int(blocks.offsets[1]) == blocks.data.count - PostingBlocks.padding, "\(name)")
        #expect(Self.same(blocks.postings(of: 0), postings), "\(name)")
    }

    @Test("round trip of every case after another, each term in its own blocks")
    func manyTerms() throws {
        let terms = Self.edgeCases.map(\.1)
        let blocks = try Self.pack(terms)
        #expect(blocks.termCount == terms.count)
        #expect(Int(blocks.offsets[terms.count]) == blocks.data.count - PostingBlocks.padding)
        for (term, postings) in terms.enumerated() { #expect(Self.same(blocks.postings(of: term), postings)) }
        #expect(blocks.postings(of: terms.count).isEmpty)
    }

    @Test("counts of one and consecutive sentences take no bits: two bytes a block beyond the skip entry")
    func compact() throws {
        let blocks = try Self.pack([(0..<256).map { (UInt32($0), 1) }])
        #expect(blocks.data.count == 2 * (PostingBlocks.skipEntrySize + 2) + PostingBlocks.padding)
    }

    @Test(
        "a term of up to 128 postings has no skip table: its first sentence, then one block",
        arguments: [1, 2, 127, 128, 129])
    func inlineLimit(postings count: Int) throws {
        // Consecutive sentences with counts of one: no bits, so only the first sentence, the skip table and the
        // widths take bytes.
        let postings: Postings = (0..<count).map { (UInt32(40 + $0), 1) }
        let blocks = try Self.pack([postings, [(3, 1)], postings])
        let expected: Int
        switch count {
        case 1: expected = 4 + 1  // the first sentence and the count width: no gap width for a single posting
        case 2...128: expected = 4 + 2  // the first sentence, the gap and count widths
        default: expected = 2 * (PostingBlocks.skipEntrySize + 2)  // two skip entries, two blocks' widths
        }
        #expect(Int(blocks.offsets[1]) == expected)
        #expect(Int(blocks.offsets[2] - blocks.offsets[1]) == 5)
        #expect(Int(blocks.offsets[3] - blocks.offsets[2]) == expected)
        #expect(Self.same(blocks.postings(of: 0), postings))
        #expect(Self.same(blocks.postings(of: 1), [(3, 1)]))
        #expect(Self.same(blocks.postings(of: 2), postings))
        // With counts and gaps that need bits, at the same sizes.
        let varied: Postings = (0..<count).map { index -> (sentence: UInt32, count: UInt32) in
            let sentence = UInt32(5 * index + 2)
            let occurrences = UInt32(index % 7 + 1)
            return (sentence, occurrences)
        }
        #expect(try Self.same(Self.pack([varied]).postings(of: 0), varied))
    }

    @Test("a cursor yields each posting once, in order, across the scoring bounds")
    func cursor() throws {
        let postings: Postings = (0..<1000).map { (UInt32($0 * 7), UInt32($0 % 3 + 1)) }
        let blocks = try Self.pack([postings])
        let buffer = UnsafeMutablePointer<UInt32>.allocate(capacity: 2 * PostingBlocks.blockSize)
        defer { buffer.deallocate() }
        var cursor = PostingCursor(blocks, term: 0, sentenceCount: 7000, buffer: buffer)
        var seen: Postings = []
        for bound in stride(from: 500, through: 7000, by: 500) {
            #expect(cursor.estimate(below: bound, blocks) >= postings.filter { $0.sentence < bound }.count - seen.count)
            cursor.consume(below: bound, blocks) { sentences, counts, range in
                for index in range { seen.append((sentences[index], counts?[index] ?? 1)) }
            }
            #expect(seen.allSatisfy { $0.sentence < bound })
        }
        #expect(Self.same(seen, postings))
        #expect(cursor.current(blocks) == nil)
    }

    @Test("damaged blocks decode to ascending sentences below the count, never out of bounds")
    func damaged() throws {
        let postings: Postings = (0..<400).map { (UInt32($0 * 5), UInt32($0 % 4 + 1)) }
        let blocks = try Self.pack([postings])
        var generator = SystemRandomNumberGenerator()
        for trial in 0..<300 {
            var data = blocks.data.array
            for _ in 0..<(1 + trial % 4) {
                let position = Int.random(in: 0..<(data.count - PostingBlocks.padding), using: &generator)
                data[position] ^= UInt8.random(in: 1...255, using: &generator)
            }
            var offsets = blocks.offsets.array
            if trial % 7 == 0 { offsets[1] = UInt32.random(in: 0...UInt32(data.count + 20), using: &generator) }
            if trial % 11 == 0 { offsets[0] = UInt32.random(in: 0...UInt32(data.count + 20), using: &generator) }
            var starts = blocks.starts.array
            if trial % 5 == 0 { starts[1] = UInt32.random(in: 0...600, using: &generator) }
            let damaged = PostingBlocks(starts: Column(starts), offsets: Column(offsets), data: Column(data))
            let buffer = UnsafeMutablePointer<UInt32>.allocate(capacity: 2 * PostingBlocks.blockSize)
            defer { buffer.deallocate() }
            var cursor = PostingCursor(damaged, term: 0, sentenceCount: 2000, buffer: buffer)
            var previous = -1
            var ascending = true
            cursor.consume(below: 2000, damaged) { sentences, _, range in
                for index in range {
                    ascending = ascending && Int(sentences[index]) > previous && sentences[index] < 2000
                    previous = Int(sentences[index])
                }
            }
            #expect(ascending)
        }
    }

    @Test("an index's postings are the sentences and counts of its terms")
    func fromIndex() throws {
        let index = try SentenceIndex(termsPerSentence: [["a", "b", "a"], ["b"], [], ["a"], ["c", "c", "c", "c"]])
        let a = Int(index.dictionary.id(of: "a") ?? 99)
        let c = Int(index.dictionary.id(of: "c") ?? 99)
        #expect(Self.same(index.postings.postings(of: a), [(0, 2), (3, 1)]))
        #expect(Self.same(index.postings.postings(of: c), [(4, 4)]))
    }
}
