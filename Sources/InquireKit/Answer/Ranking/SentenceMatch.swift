/// A retrieved sentence seen from the question: its words, where the question's terms occur in it, and how much
/// of the question (weighted by idf) it covers.
struct SentenceMatch: Sendable {
    /// The sentence's position in the corpus.
    let sentence: Int
    /// The tokenized sentence (or the window of a very long one, `SentenceWindow`).
    let view: SentenceView
    /// The byte offset of `view`'s text in the sentence (0 unless the sentence was cut to a window).
    let offset: Int
    /// The stem of each word (nil for stopwords); a compound also carries its parts' stems.
    let stems: [[String]]
    /// For each question term found in the sentence, the word positions where it occurs.
    let occurrences: [String: [Int]]
    /// The idf-weighted share of the question's terms that occur in the sentence (0…1).
    let coverage: Double
    /// The idf-weighted share of the question's relation terms (`QuestionShape.relationTerms`) that the sentence
    /// states, in any form `RelationLexicon` relates; 1 when there are none (the question only names things).
    let relation: Double
    /// The retrieval score relative to the best hit (0…1).
    let retrieval: Double
    /// Every stem → the word positions where it occurs, ascending (what `positions(of:)` looks up).
    let stemPositions: [String: [Int]]
    /// The idf-weighted share of the question's terms stated in the sentence or in the sentences around it in its
    /// document, as `ParagraphContext` read it; nil unless it was read (the hits come from several documents).
    var contextCoverage: Double?
    /// The context's coverage of the question once read, else the sentence's own `coverage`.
    var context: Double { contextCoverage ?? coverage }
    /// Whether the context was read.
    var contextRead: Bool { contextCoverage != nil }

    /// How well the sentence matches the question, as the ranking reads it (0…1): half its relative retrieval
    /// score and half its coverage of the question; once the context is read, `retrievalWeightInContext` of its
    /// retrieval score and the rest its context's coverage of the question.
    var strength: Double {
        guard let context = contextCoverage else { return 0.5 * retrieval + 0.5 * coverage }
        return Self.retrievalWeightInContext * retrieval + (1 - Self.retrievalWeightInContext) * context
    }

    /// How a sentence ranks among the best hits from several documents (`relationRanked`): its `strength` and
    /// `relationWeight` of its `relation`, the share of the question's relation words it states in any form
    /// `RelationLexicon` relates. A sentence that states what the question asks ("the strikes killed two children"
    /// for *How many children died?*) gains on one that only shares its other words.
    var relationKey: Double { strength + Self.relationWeight * relation }

    /// The weight of `relation` in `relationKey` (chosen on the SQuAD tuning half in open mode, the best 10
    /// reordered: 0.1 gave open EM 56.47, 0.05 56.32, 0.15 56.01, 0.2 55.86, against 55.71 without).
    static let relationWeight = 0.1

    /// `ranked` (best `strength` first) with its first `depth` matches reordered by `relationKey` (the earlier on a
    /// tie), the rest as they were.
    static func relationRanked(_ ranked: [SentenceMatch], depth: Int) -> [SentenceMatch] {
        let head = Array(ranked.prefix(depth))
        let order = head.indices.sorted { a, b in
            let (x, y) = (head[a].relationKey, head[b].relationKey)
            return x != y ? x > y : a < b
        }
        return order.map { head[$0] } + ranked.dropFirst(head.count)
    }

    /// The weight of the retrieval score in `strength` once the context is read (chosen on the SQuAD tuning
    /// half in open mode: 0.5 with the context at 0.25 and the sentence's own coverage at 0.25 gave less).
    static let retrievalWeightInContext = 0.35

    /// Matches `text` against the question terms, weighted by `weights` (term → idf). A word of a name of the
    /// question (`names`, lowercased words) matches a lower-case word only where the whole name stands in the
    /// sentence: "the United Nations" is not "neighboring nations", but "National Anthem" is "national anthem".
    init(
        sentence: Int, text: String, offset: Int = 0, terms: Set<String>, names: [[String]] = [],
        relationTerms: Set<String> = [], relations: RelationLexicon,
        weights: [String: Double], retrieval: Double
    ) {
        self.sentence = sentence
        self.offset = offset
        self.retrieval = retrieval
        view = SentenceView(text)
        var caseSensitive = Set<String>()
        for name in names where !Self.holds(view, name) {
            for word in name { if let term = Analyzer.term(forWord: word) { caseSensitive.insert(term) } }
        }
        let names = caseSensitive
        var stems = [[String]](repeating: [], count: view.words.count)
        var occurrences: [String: [Int]] = [:]
        for (index, token) in view.tokens.enumerated() {
            guard let term = Analyzer.term(for: token) else { continue }
            let position = view.wordOfToken[index]
            stems[position].append(term)
            if terms.contains(term), !names.contains(term) || token.isCapitalized,
                occurrences[term]?.last != position
            {
                occurrences[term, default: []].append(position)
            }
        }
        self.stems = stems
        self.occurrences = occurrences
        var stemPositions: [String: [Int]] = [:]
        for (position, words) in stems.enumerated() {
            for stem in words where stemPositions[stem]?.last != position {
                stemPositions[stem, default: []].append(position)
            }
        }
        self.stemPositions = stemPositions
        // Summed in term order: a dictionary's order differs from one instance to the next, and so would the last
        // binary digits of the sum, and with them a confidence.
        let total = weights.keys.sorted().reduce(0.0) { $0 + (weights[$1] ?? 0) }
        let found = occurrences.keys.sorted().reduce(0.0) { $0 + (weights[$1] ?? 0) }
        coverage = total > 0 ? found / total : 0
        relation = Self.support(of: relationTerms, in: stems, weights: weights, relations: relations)
    }

    /// The idf-weighted share of `relationTerms` that some word of the sentence states (1 when there are none).
    static func support(
        of relationTerms: Set<String>, in stems: [[String]], weights: [String: Double], relations: RelationLexicon
    ) -> Double {
        let ordered = relationTerms.sorted()
        let total = ordered.reduce(0.0) { $0 + (weights[$1] ?? 0) }
        guard total > 0 else { return 1 }
        let found = ordered.reduce(0.0) { sum, term in
            sum + (stems.contains { $0.contains { relations.matches($0, term) } } ? weights[term] ?? 0 : 0)
        }
        return found / total
    }

    /// Whether `view` holds the lowercased words `phrase` consecutively.
    static func holds(_ view: SentenceView, _ phrase: [String]) -> Bool {
        guard let first = phrase.first, phrase.count <= view.words.count else { return false }
        for start in 0...(view.words.count - phrase.count) where view.words[start].term == first {
            if phrase.indices.allSatisfy({ view.words[start + $0].term == phrase[$0] }) { return true }
        }
        return false
    }

    /// The word positions whose stems include `stem`, ascending; O(1).
    func positions(of stem: String) -> [Int] { stemPositions[stem] ?? [] }

    /// The distance in words from `position` to the nearest word of `span` (0 inside it).
    static func distance(_ position: Int, to span: Range<Int>) -> Int {
        if position < span.lowerBound { return span.lowerBound - position }
        if position >= span.upperBound { return position - span.upperBound + 1 }
        return 0
    }
}
