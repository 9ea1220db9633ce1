/// Lays out `PostingBlocks` term by term: each term's postings (sentences ascending) are cut into blocks of 128,
/// each packed with the narrowest gap and count widths that hold it; a term of at most 128 postings gets no skip
/// table.
struct PostingBlocksWriter {
    private var starts: [UInt32] = [0]
    private var offsets: [UInt32] = [0]
    private var data: [UInt8] = []
    /// The most postings, and the most bytes of blocks (padding included), the writer accepts.
    let limit: UInt64

    /// The format's limit: posting numbers and offsets into the blocks are 32-bit.
    static let formatLimit = UInt64(UInt32.max)

    /// A writer expecting about `postings` postings over `terms` terms (capacity hints only) that accepts at most
    /// `limit` postings and `limit` bytes of blocks (a smaller limit is for tests).
    init(terms: Int = 0, postings: Int = 0, limit: UInt64 = formatLimit) {
        self.limit = min(limit, Self.formatLimit)
        starts.reserveCapacity(terms + 1)
        offsets.reserveCapacity(terms + 1)
        data.reserveCapacity(terms * 5 + postings * 2)
    }

    /// Appends the next term's postings: `sentences` strictly ascending, `counts` (at least 1) aligned with them.
    /// Throws `IndexBuildError.tooLarge` when the postings of all terms, or their bytes, would pass `limit` (2³² − 1,
    /// over 20 GB of text: 10M sentences, 1.1 GB of text, make about 1.5 × 10⁸ postings in 0.3 GB of blocks).
    mutating func appendTerm(
        sentences: UnsafeBufferPointer<UInt32>, counts: UnsafeBufferPointer<UInt32>
    ) throws(IndexBuildError) {
        let termStart = data.count
        if sentences.count <= PostingBlocks.blockSize {
            if let first = sentences.first {
                appendWord(first)
                appendBlock(sentences: sentences, counts: counts, gapWidthByte: sentences.count > 1)
            }
        } else {
            let blocks = PostingBlocks.blockCount(postings: sentences.count)
            data.append(contentsOf: repeatElement(0, count: blocks * PostingBlocks.skipEntrySize))
            for block in 0..<blocks {
                let start = block * PostingBlocks.blockSize
                let end = min(sentences.count, start + PostingBlocks.blockSize)
                let entry = termStart + block * PostingBlocks.skipEntrySize
                storeWord(sentences[start], at: entry)
                storeWord(UInt32(data.count - termStart), at: entry + 4)
                appendBlock(
                    sentences: UnsafeBufferPointer(rebasing: sentences[start..<end]),
                    counts: UnsafeBufferPointer(rebasing: counts[start..<end]), gapWidthByte: true)
            }
        }
        let postings = UInt64(starts[starts.count - 1]) + UInt64(sentences.count)
        let bytes = UInt64(data.count + PostingBlocks.padding)
        guard postings <= limit, bytes <= limit else {
            throw .tooLarge(postings: postings, bytes: bytes, limit: limit)
        }
        starts.append(UInt32(postings))
        offsets.append(UInt32(data.count))
    }

    /// Appends the next term's postings from arrays.
    mutating func appendTerm(sentences: [UInt32], counts: [UInt32]) throws(IndexBuildError) {
        try sentences.withUnsafeBufferPointer { (sentences) throws(IndexBuildError) in
            try counts.withUnsafeBufferPointer { (counts) throws(IndexBuildError) in
                try appendTerm(sentences: sentences, counts: counts)
            }
        }
    }

    private mutating func appendWord(_ value: UInt32) {
        for shift in stride(from: 0, to: 32, by: 8) { data.append(UInt8(truncatingIfNeeded: value >> UInt32(shift))) }
    }

    private mutating func storeWord(_ value: UInt32, at position: Int) {
        for byte in 0..<4 { data[position + byte] = UInt8(truncatingIfNeeded: value >> UInt32(8 * byte)) }
    }

    private mutating func appendBlock(
        sentences: UnsafeBufferPointer<UInt32>, counts: UnsafeBufferPointer<UInt32>, gapWidthByte: Bool
    ) {
        var largestGap: UInt32 = 0
        for index in 1..<max(1, sentences.count) {
            largestGap = max(largestGap, sentences[index] &- sentences[index - 1] &- 1)
        }
        var largestCount: UInt32 = 0
        for count in counts { largestCount = max(largestCount, count &- 1) }
        let gapWidth = UInt32.bitWidth - largestGap.leadingZeroBitCount
        let countWidth = UInt32.bitWidth - largestCount.leadingZeroBitCount
        if gapWidthByte { data.append(UInt8(gapWidth)) }
        data.append(UInt8(countWidth))
        var bits = BitPacker()
        for index in 1..<max(1, sentences.count) {
            bits.append(UInt64(sentences[index] &- sentences[index - 1] &- 1), width: gapWidth, to: &data)
        }
        for count in counts { bits.append(UInt64(count &- 1), width: countWidth, to: &data) }
        bits.flush(to: &data)
    }

    /// The blocks written, with the final padding. The padding goes into the reserved capacity of the writer's own
    /// buffer, which the blocks then share (a consuming finish copied the buffer: 28 MB more at the 1M build's peak).
    mutating func finish() -> PostingBlocks {
        data.append(contentsOf: repeatElement(0, count: PostingBlocks.padding))
        return PostingBlocks(starts: Column(starts), offsets: Column(offsets), data: Column(data))
    }
}

/// Appends values of a given bit width to a little-endian bit stream of bytes.
private struct BitPacker {
    private var pending: UInt64 = 0
    private var pendingBits = 0

    @inline(__always)
    mutating func append(_ value: UInt64, width: Int, to bytes: inout [UInt8]) {
        guard width > 0 else { return }
        pending |= value << UInt64(pendingBits)
        pendingBits += width
        while pendingBits >= 8 {
            bytes.append(UInt8(truncatingIfNeeded: pending))
            pending >>= 8
            pendingBits -= 8
        }
    }

    /// Writes the last partial byte.
    mutating func flush(to bytes: inout [UInt8]) {
        if pendingBits > 0 { bytes.append(UInt8(truncatingIfNeeded: pending)) }
        pending = 0
        pendingBits = 0
    }
}
