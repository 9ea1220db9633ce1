import Synchronization

/// The per-query working memory of a search: one score accumulator per sentence (all zero between queries) and the
/// list of sentences a query touched, so that selecting and clearing cost O(touched), not O(sentences).
final class ScoreScratch: @unchecked Sendable {
    /// One accumulator per sentence.
    let scores: UnsafeMutablePointer<Float>
    /// The sentences with a non-zero accumulator, in the order they were first reached.
    let touched: UnsafeMutablePointer<UInt32>
    /// The number of sentences covered.
    let capacity: Int

    /// Zeroed scratch for `capacity` sentences.
    init(capacity: Int) {
        self.capacity = capacity
        scores = .allocate(capacity: max(capacity, 1))
        scores.initialize(repeating: 0, count: max(capacity, 1))
        touched = .allocate(capacity: max(capacity, 1))
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
    /// The number of sentences each scratch covers.
    let capacity: Int

    /// A pool for an index of `capacity` sentences.
    init(capacity: Int) { self.capacity = capacity }

    /// Runs `body` with a scratch that no other search is using, and takes it back afterwards.
    func withScratch<R>(_ body: (ScoreScratch) -> R) -> R {
        let scratch = free.withLock { $0.popLast() } ?? ScoreScratch(capacity: capacity)
        let result = body(scratch)
        free.withLock { $0.append(scratch) }
        return result
    }
}
