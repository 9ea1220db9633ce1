import Synchronization

/// The per-query working memory of a search, for one scoring block at a time: one score accumulator per sentence of
/// the block (all zero between blocks) and the list of the block's sentences a query touched, so that selecting and
/// clearing cost O(touched), not O(sentences). Being one block's size, it stays in the core's cache across blocks
/// and queries.
final class ScoreScratch: @unchecked Sendable {
    /// One accumulator per sentence of the block, by position in the block.
    let scores: UnsafeMutablePointer<Float>
    /// The positions in the block of the sentences with a non-zero accumulator, in the order they were first reached.
    let touched: UnsafeMutablePointer<UInt16>
    /// The number of sentences covered (at most 2¹⁶, so that a position fits `touched`).
    let capacity: Int

    /// Zeroed scratch for `capacity` sentences (at most 2¹⁶: a larger request gets a block's worth).
    init(capacity requested: Int) {
        capacity = min(max(requested, 1), 1 << 16)
        scores = .allocate(capacity: capacity)
        scores.initialize(repeating: 0, count: capacity)
        touched = .allocate(capacity: capacity)
    }

    deinit {
        scores.deallocate()
        touched.deallocate()
    }
}

/// Reusable scratch buffers shared by every copy of an index, so concurrent searches each get their own and a
/// sequence of searches allocates nothing after the first.
final class ScratchPool: Sendable {
    private let free = Mutex<[ScoreScratch]>([])
    /// The number of sentences each scratch covers (one scoring block).
    let capacity: Int

    /// A pool of scratch for blocks of `capacity` sentences.
    init(capacity: Int) { self.capacity = capacity }

    /// Runs `body` with a scratch that no other search is using, and takes it back afterwards.
    func withScratch<R>(_ body: (ScoreScratch) -> R) -> R {
        let scratch = free.withLock { $0.popLast() } ?? ScoreScratch(capacity: capacity)
        let result = body(scratch)
        free.withLock { $0.append(scratch) }
        return result
    }
}
