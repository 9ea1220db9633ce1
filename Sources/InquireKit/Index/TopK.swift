/// A bounded heap keeping the `k` best (score, sentence) pairs seen: better means a higher score, and for equal
/// scores the earlier sentence. O(log k) per insertion, and most candidates are rejected by one comparison with
/// the current k-th best.
struct TopK {
    /// The capacity.
    let k: Int
    /// A min-heap on "goodness": the root is the worst pair kept.
    private(set) var scores: [Float] = []
    /// Sentence ids aligned with `scores`.
    private(set) var sentences: [UInt32] = []

    /// An empty selection of at most `k` pairs.
    init(k: Int) {
        self.k = k
        scores.reserveCapacity(k)
        sentences.reserveCapacity(k)
    }

    /// The score a new candidate must exceed to enter: 0 until k pairs are kept (only positive scores count),
    /// then the worst kept score (an equal score enters only with an earlier sentence than the worst kept one).
    var threshold: Float { scores.count < k ? 0 : scores[0] }

    /// Whether (a, sa) ranks below (b, sb).
    @inline(__always)
    static func worse(_ a: Float, _ sa: UInt32, _ b: Float, _ sb: UInt32) -> Bool {
        a < b || (a == b && sa > sb)
    }

    /// Offers one candidate.
    @inline(__always)
    mutating func insert(_ score: Float, _ sentence: UInt32) {
        if scores.count < k {
            scores.append(score)
            sentences.append(sentence)
            siftUp(scores.count - 1)
        } else if Self.worse(scores[0], sentences[0], score, sentence) {
            scores[0] = score
            sentences[0] = sentence
            siftDown(0)
        }
    }

    /// The pairs kept, best first.
    func sorted() -> [(score: Float, sentence: UInt32)] {
        zip(scores, sentences).map { (score: $0, sentence: $1) }.sorted {
            Self.worse($1.score, $1.sentence, $0.score, $0.sentence)
        }
    }

    private mutating func siftUp(_ start: Int) {
        var child = start
        while child > 0 {
            let parent = (child - 1) / 2
            guard Self.worse(scores[child], sentences[child], scores[parent], sentences[parent]) else { return }
            scores.swapAt(child, parent)
            sentences.swapAt(child, parent)
            child = parent
        }
    }

    private mutating func siftDown(_ start: Int) {
        var parent = start
        while true {
            let left = 2 * parent + 1
            guard left < scores.count else { return }
            var worst = left
            let right = left + 1
            if right < scores.count, Self.worse(scores[right], sentences[right], scores[left], sentences[left]) {
                worst = right
            }
            guard Self.worse(scores[worst], sentences[worst], scores[parent], sentences[parent]) else { return }
            scores.swapAt(worst, parent)
            sentences.swapAt(worst, parent)
            parent = worst
        }
    }
}
