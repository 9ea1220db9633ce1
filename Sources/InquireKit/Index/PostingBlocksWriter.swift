/// Lays out `PostingBlocks` term by term: each term's postings (sentences ascending) are cut into blocks of 128,
/// each packed with the narrowest gap and count widths that hold it; a term of at most 128 postings gets no skip
/// table.
struct PostingBlocksWriter {
    private var starts: [UInt32] = [0]
    private var offsets: [UInt32] = [0]
    private var data: [UInt8] = []

    /// A writer expecting about `postings` postings over `terms` terms (capacity hints only).
    init(terms: Int = 0, postings: Int = 0) {
        starts.reserveCapacity(terms + 1)
        offsets.reserveCapacity(terms + 1)
        data.reserveCapacity(terms * 5 + postings * 2)
    }

    /// Appends the next term's postings: `sentences` strictly ascending, `counts` (at least 1) aligned with them.
    /// The postings of all terms must stay below 2³², and so must their bytes.
    mutating func appendTerm(sentences: UnsafeBufferPointer<UInt32>, counts: UnsafeBufferPointer<UInt32>) {
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
        // A size limit, not a check of the input's form: 2³² postings take 2³² tokens, and 4 GiB of blocks about 2³¹
        // postings: over 20 GB of text (the build of 10M sentences, 1.1 GB of text, already peaks at 3.6 GB).
        precondition(postings <= UInt64(UInt32.max), "over 2³² postings")  // safe: needs over 20 GB of text
        precondition(data.count + PostingBlocks.padding <= Int(UInt32.max), "over 4 GiB")  // safe: as above
        starts.append(UInt32(postings))
        offsets.append(UInt32(data.count))
    }

    /// Appends the next term's postings from arrays.
    mutating func appendTerm(sentences: [UInt32], counts: [UInt32]) {
        sentences.withUnsafeBufferPointer { sentences in
            counts.withUnsafeBufferPointer { appendTerm(sentences: sentences, counts: $0) }
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

    /// The blocks written, with the final padding.
    consuming func finish() -> PostingBlocks {
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
