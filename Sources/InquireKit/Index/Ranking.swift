/// The scoring function used to rank sentences against a query.
public enum Ranking: String, Sendable, CaseIterable, Codable {
    /// TF-IDF cosine as scikit-learn's `TfidfVectorizer(sublinear_tf=True)`: tf = 1 + ln(count),
    /// idf = ln((1 + n) / (1 + df)) + 1, L2-normalised sentence and query vectors.
    case tfidf
    /// Okapi BM25 in Lucene's variant (k1 = 1.2, b = 0.75, idf = ln(1 + (n − df + 0.5) / (df + 0.5))).
    case bm25
}
