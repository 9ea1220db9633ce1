/// One sentence returned by a search, with its score.
public struct SearchHit: Sendable, Equatable {
    /// The sentence's position in corpus order.
    public let sentence: Int
    /// The ranking score (cosine in 0…1 for TF-IDF; unbounded for BM25).
    public let score: Double

    /// Creates a hit.
    public init(sentence: Int, score: Double) {
        self.sentence = sentence
        self.score = score
    }
}
