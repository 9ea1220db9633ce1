/// A search's position in one term's postings: the block decoded last (sentences and counts, in a buffer the search
/// lends) and how far it has been consumed. The sentences it yields are strictly ascending and below the sentence
/// count whatever the file holds (`PostingBlocks.decode` cuts a damaged block), which the scoring blocks rely on.
struct PostingCursor {
    /// The decoded block's sentences (`PostingBlocks.blockSize` entries of the lent buffer).
    let sentences: UnsafeMutablePointer<UInt32>
    /// The decoded block's counts.
    let counts: UnsafeMutablePointer<UInt32>
    /// The term, its number of postings, the next block to decode and the number of its blocks.
    private let term: Int
    private let frequency: Int
    private var block = 0
    private let endBlock: Int
    /// The smallest sentence the next block may start with.
    private var lower: UInt64 = 0
    /// The sentence count (every sentence yielded is below it).
    private let upper: UInt64
    /// The next entry of the decoded block, and its number of entries.
    var position = 0
    var filled = 0
    /// Whether every count of the decoded block is 1 (`counts` then holds nothing of it).
    var unitCounts = false

    /// A cursor at the start of term `term`'s postings, decoding into `buffer` (2 × `blockSize` entries).
    init(_ postings: PostingBlocks, term: Int, sentenceCount: Int, buffer: UnsafeMutablePointer<UInt32>) {
        sentences = buffer
        counts = buffer + PostingBlocks.blockSize
        self.term = term
        frequency = postings.frequency(of: term)
        endBlock = PostingBlocks.blockCount(postings: frequency)
        upper = UInt64(sentenceCount)
    }

    /// The next sentence, decoding the next block when the current one is consumed; nil at the end.
    @inline(__always)
    mutating func current(_ postings: PostingBlocks) -> Int? {
        if position == filled, !refill(postings) { return nil }
        return Int(sentences[position])
    }

    /// Decodes the next block that yields postings; false at the end of the term.
    mutating func refill(_ postings: PostingBlocks) -> Bool {
        while block < endBlock {
            // Every block holds `blockSize` postings but the last.
            let count = min(frequency - block * PostingBlocks.blockSize, PostingBlocks.blockSize)
            let kept = postings.decode(
                term: term, frequency: frequency, block: block, count: count, atLeast: lower, below: upper,
                sentences: sentences, counts: counts,
                unitCounts: &unitCounts)
            block += 1
            if kept > 0 {
                position = 0
                filled = kept
                lower = UInt64(sentences[kept - 1]) + 1
                return true
            }
        }
        position = 0
        filled = 0
        return false
    }

    /// Moves to the first posting at or after sentence `start` (a search over part of the sentences starts there):
    /// whole blocks that end before it are passed over by the skip table without decoding (a block ends before the
    /// next one's first sentence), then the postings below `start` of the block it lands in.
    mutating func skip(to start: Int, _ postings: PostingBlocks) {
        if position == filled {
            while block &+ 1 < endBlock,
                Int(postings.firstSentence(term: term, count: frequency, block: block &+ 1)) <= start
            {
                block += 1
            }
        }
        while let sentence = current(postings), sentence < start { position += 1 }
    }

    /// About how many of the postings left lie below sentence `bound`: those of the decoded block, plus a full
    /// block for each further block that starts below it (the scoring uses it to choose a dense or sparse pass).
    func estimate(below bound: Int, _ postings: PostingBlocks) -> Int {
        var total = 0
        if position < filled {
            if Int(sentences[filled &- 1]) < bound {
                total = filled &- position
            } else {
                // The bound falls inside the decoded block: binary search for it.
                var low = position
                var high = filled &- 1
                while low < high {
                    let middle = (low &+ high) &>> 1
                    if Int(sentences[middle]) < bound { low = middle &+ 1 } else { high = middle }
                }
                return low &- position
            }
        }
        var next = block
        while next < endBlock, Int(postings.firstSentence(term: term, count: frequency, block: next)) < bound {
            total += PostingBlocks.blockSize
            next += 1
        }
        return total
    }

    /// Calls `body(sentences, counts, range)` with each run of the postings left below sentence `bound`, in order,
    /// and moves past them; `counts` is nil for a run whose counts are all 1.
    @inline(__always)
    mutating func consume(
        below bound: Int, _ postings: PostingBlocks,
        _ body: (UnsafeMutablePointer<UInt32>, UnsafeMutablePointer<UInt32>?, Range<Int>) -> Void
    ) {
        let limit = UInt32(truncatingIfNeeded: min(bound, Int(upper)))
        while true {
            if position == filled, !refill(postings) { return }
            var end = filled
            if sentences[filled - 1] >= limit {
                // The bound falls inside this block: binary search for it.
                var low = position
                var high = filled - 1
                while low < high {
                    let middle = (low + high) / 2
                    if sentences[middle] < limit { low = middle + 1 } else { high = middle }
                }
                end = low
            }
            if end > position { body(sentences, unitCounts ? nil : counts, position..<end) }
            position = end
            if end < filled { return }
        }
    }
}
