/// The `Analyzer`'s terms, with each word's term remembered: the same output, faster over a large corpus, where
/// a few thousand words make up most tokens and stemming is the costly step.
///
/// A value type holding its own cache: make one per indexing task (it is `Sendable` but not shared). The cache
/// stops growing at `capacity` distinct words; later new words are analysed without being remembered.
public struct CachedAnalyzer: Sendable {
    /// Each content word seen and its term.
    private var cache: [String: String] = [:]
    /// The most distinct words remembered.
    public let capacity: Int

    /// Creates an analyzer that remembers up to `capacity` distinct words.
    public init(capacity: Int = 1 << 18) {
        self.capacity = capacity
    }

    /// The index terms of `text`, in order: exactly `Analyzer.terms(text)`.
    public mutating func terms(_ text: String) -> [String] {
        terms(of: Tokenizer.tokenize(text))
    }

    /// The index terms of already tokenised text: exactly `Analyzer.terms(of:)`.
    public mutating func terms(of tokens: [Token]) -> [String] {
        var terms: [String] = []
        terms.reserveCapacity(tokens.count)
        for token in tokens {
            if let term = term(forWord: token.term) { terms.append(term) }
        }
        return terms
    }

    /// The index term of one lowercased word, or nil when it is a stopword: exactly `Analyzer.term(forWord:)`.
    public mutating func term(forWord word: String) -> String? {
        if Stopwords.contains(word) { return nil }  // cheaper than a dictionary lookup
        if let known = cache[word] { return known }
        let term = SnowballStemmer.stem(word)
        if cache.count < capacity { cache[word] = term }
        return term
    }
}
