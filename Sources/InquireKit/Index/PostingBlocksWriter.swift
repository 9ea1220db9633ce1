/// Lays out `PostingBlocks` term by term: each term's postings (sentences ascending) are cut into blocks of 128,
/// each packed with the narrowest gap and count widths that hold it.
struct PostingBlocksWriter {
    private var starts: [UInt64] = [0]
    private var blockStarts: [UInt64] = [0]
    private var firstSentences: [UInt32] = []
    private var offsets: [UInt64] = [0]
    private var data: [UInt8] = []

    /// A writer expecting about `postings` postings over `terms` terms (capacity hints only).
    init(terms: Int = 0, postings: Int = 0) {
        starts.reserveCapacity(terms + 1)
        blockStarts.reserveCapacity(terms + 1)
        let blocks = terms + postings / PostingBlocks.blockSize
        firstSentences.reserveCapacity(blocks)
        offsets.reserveCapacity(blocks + 1)
        data.reserveCapacity(postings * 2)
    }

    /// Appends the next term's postings: `sentences` strictly ascending, `counts` (at least 1) aligned with them.
    mutating func appendTerm(sentences: UnsafeBufferPointer<UInt32>, counts: UnsafeBufferPointer<UInt32>) {
        var start = 0
        while start < sentences.count {
            let end = min(sentences.count, start + PostingBlocks.blockSize)
            appendBlock(
                sentences: UnsafeBufferPointer(rebasing: sentences[start..<end]),
                counts: UnsafeBufferPointer(rebasing: counts[start..<end]))
            start = end
        }
        starts.append(starts[starts.count - 1] + UInt64(sentences.count))
        blockStarts.append(UInt64(firstSentences.count))
    }

    /// Appends the next term's postings from arrays.
    mutating func appendTerm(sentences: [UInt32], counts: [UInt32]) {
        sentences.withUnsafeBufferPointer { sentences in
            counts.withUnsafeBufferPointer { appendTerm(sentences: sentences, counts: $0) }
        }
    }

    private mutating func appendBlock(sentences: UnsafeBufferPointer<UInt32>, counts: UnsafeBufferPointer<UInt32>) {
        var largestGap: UInt32 = 0
        for index in 1..<max(1, sentences.count) {
            largestGap = max(largestGap, sentences[index] &- sentences[index - 1] &- 1)
        }
        var largestCount: UInt32 = 0
        for count in counts { largestCount = max(largestCount, count &- 1) }
        let gapWidth = UInt32.bitWidth - largestGap.leadingZeroBitCount
        let countWidth = UInt32.bitWidth - largestCount.leadingZeroBitCount
        firstSentences.append(sentences[0])
        data.append(UInt8(gapWidth))
        data.append(UInt8(countWidth))
        var bits = BitPacker()
        for index in 1..<max(1, sentences.count) {
            bits.append(UInt64(sentences[index] &- sentences[index - 1] &- 1), width: gapWidth, to: &data)
        }
        for count in counts { bits.append(UInt64(count &- 1), width: countWidth, to: &data) }
        bits.flush(to: &data)
        offsets.append(UInt64(data.count))
    }

    /// The blocks written, with the final padding.
    consuming func finish() -> PostingBlocks {
        data.append(contentsOf: repeatElement(0, count: PostingBlocks.padding))
        return PostingBlocks(
            starts: Column(starts), blockStarts: Column(blockStarts), firstSentences: Column(firstSentences),
            offsets: Column(offsets), data: Column(data))
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
