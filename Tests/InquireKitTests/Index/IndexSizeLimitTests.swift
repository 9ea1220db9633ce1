import Testing

@testable import InquireKit

@Suite("Index size limit")
struct IndexSizeLimitTests {
    @Test("postings past the limit stop the writer with tooLarge, naming the totals")
    func postingLimit() throws {
        var writer = PostingBlocksWriter(limit: 300)
        try writer.appendTerm(sentences: (0..<200).map { UInt32($0) }, counts: Array(repeating: 1, count: 200))
        try writer.appendTerm(sentences: (0..<100).map { UInt32($0) }, counts: Array(repeating: 1, count: 100))
        #expect(throws: IndexBuildError.tooLarge(postings: 301, bytes: 39, limit: 300)) {
            try writer.appendTerm(sentences: [5], counts: [1])
        }
    }

    @Test("bytes of blocks past the limit stop the writer, though the postings fit")
    func byteLimit() throws {
        var writer = PostingBlocksWriter(limit: 40)
        // Twenty postings a million sentences apart: a first sentence and two widths (6 bytes), 19 gaps of 20 bits
        // (48 bytes), 8 bytes of padding.
        let sentences = (0..<20).map { UInt32($0 * 1_000_000) }
        do throws(IndexBuildError) {
            try writer.appendTerm(sentences: sentences, counts: Array(repeating: 1, count: 20))
            Issue.record("a term of 54 bytes and 8 of padding was accepted under a limit of 40")
        } catch .tooLarge(let postings, let bytes, let limit) {
            #expect(postings == 20)
            #expect(bytes == 62)
            #expect(limit == 40)
        }
    }

    @Test("the build throws tooLarge past its limit, with one line for the user")
    func buildLimit() throws {
        let sentences = Array(repeating: ["alpha", "beta", "gamma"], count: 40)
        let index = try IndexBuilder.build(termsPerSentence: sentences, limit: 1_000)
        #expect(index.postingCount == 120)
        do throws(IndexBuildError) {
            _ = try IndexBuilder.build(termsPerSentence: sentences, limit: 100)
            Issue.record("120 postings were built under a limit of 100")
        } catch {
            #expect(error.description.hasPrefix("index too large: "))
            #expect(!error.description.contains("\n"))
        }
    }

    @Test("the format's limit is the largest 32-bit number, and a larger limit is cut to it")
    func formatLimit() {
        #expect(PostingBlocksWriter.formatLimit == UInt64(UInt32.max))
        #expect(PostingBlocksWriter(limit: .max).limit == UInt64(UInt32.max))
    }
}
