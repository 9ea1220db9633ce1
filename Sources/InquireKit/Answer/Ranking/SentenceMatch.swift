/// A retrieved sentence seen from the question: its words, where the question's terms occur in it, and how much
/// of the question (weighted by idf) it covers.
struct SentenceMatch: Sendable {
    /// The sentence's position in the corpus.
    let sentence: Int
    /// The tokenized sentence.
    let view: SentenceView
    /// The stem of each word (nil for stopwords); a compound also carries its parts' stems.
    let stems: [[String]]
    /// For each question term found in the sentence, the word positions where it occurs.
    let occurrences: [String: [Int]]
    /// The idf-weighted share of the question's terms that occur in the sentence (0…1).
    let coverage: Double
    /// The retrieval score relative to the best hit (0…1).
    let retrieval: Double

    /// Matches `text` against the question terms, weighted by `weights` (term → idf).
    init(sentence: Int, text: String, terms: Set<String>, weights: [String: Double], retrieval: Double) {
        self.sentence = sentence
        self.retrieval = retrieval
        view = SentenceView(text)
        var stems = [[String]](repeating: [], count: view.words.count)
        for (index, token) in view.tokens.enumerated() {
            if let term = Analyzer.term(for: token) { stems[view.wordOfToken[index]].append(term) }
        }
        self.stems = stems
        var occurrences: [String: [Int]] = [:]
        for (position, wordStems) in stems.enumerated() {
            for stem in wordStems where terms.contains(stem) { occurrences[stem, default: []].append(position) }
        }
        self.occurrences = occurrences
        let total = weights.values.reduce(0, +)
        let found = occurrences.keys.reduce(0.0) { $0 + (weights[$1] ?? 0) }
        coverage = total > 0 ? found / total : 0
    }

    /// Whether the sentence holds `phrase` (lowercased terms) as consecutive words.
    func contains(_ phrase: [String]) -> Bool {
        guard let first = phrase.first, phrase.count <= view.words.count else { return false }
        for start in 0...(view.words.count - phrase.count) where view.words[start].term == first {
            if phrase.indices.allSatisfy({ view.words[start + $0].term == phrase[$0] }) { return true }
        }
        return false
    }

    /// The distance in words from `position` to the nearest word of `span` (0 inside it).
    static func distance(_ position: Int, to span: Range<Int>) -> Int {
        if position < span.lowerBound { return span.lowerBound - position }
        if position >= span.upperBound { return position - span.upperBound + 1 }
        return 0
    }
}
