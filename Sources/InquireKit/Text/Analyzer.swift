/// Turns text into index terms: the tokenizer's tokens (words, numbers, compounds whole and their parts), minus
/// the Snowball English stopwords, stemmed with the English Snowball (Porter2) stemmer.
///
/// The same analysis runs on sentences and on queries, so their terms meet in the index. It is for retrieval
/// only: answer spans are cut from the original text by token ranges and keep their stopwords.
/// `inquire text terms` prints exactly these terms, one sentence a line.
public enum Analyzer {
    /// The index terms of `text`, in order (a term repeats as often as it occurs).
    public static func terms(_ text: String) -> [String] {
        terms(of: Tokenizer.tokenize(text))
    }

    /// The index terms of already tokenised text.
    public static func terms(of tokens: [Token]) -> [String] {
        var terms: [String] = []
        terms.reserveCapacity(tokens.count)
        for token in tokens {
            if let term = term(for: token) { terms.append(term) }
        }
        return terms
    }

    /// The index term of one token, or nil when the token is a stopword.
    public static func term(for token: Token) -> String? {
        term(forWord: token.term)
    }

    /// The index term of one lowercased word, or nil when it is a stopword.
    public static func term(forWord word: String) -> String? {
        if Stopwords.contains(word) { return nil }
        return SnowballStemmer.stem(word)
    }
}
