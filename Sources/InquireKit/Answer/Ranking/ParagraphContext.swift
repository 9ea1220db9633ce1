/// The question's words stated around a retrieved sentence: in it and in the sentences within `reach` of it in its
/// document. Over one index of many documents (articles, paragraphs) the sentence that answers is usually one of a
/// passage about what the question asks, whose other sentences state the question's other words; a sentence of
/// another document that shares as many words with the question alone stands without that support. Read only when
/// the hits come from more than one document: within one document every sentence has the same document around it.
struct ParagraphContext {
    /// How many sentences before and after a sentence are read with it.
    static let reach = 2
    /// The longest neighbour read, in UTF-8 bytes (a longer one is a table or a list, not prose around the
    /// sentence).
    static let longest = 4_096

    /// The question's stemmed terms.
    let terms: Set<String>
    /// Question term → idf weight.
    let weights: [String: Double]
    /// The sum of `weights`.
    private let total: Double
    /// The question terms each neighbour read so far holds, by sentence.
    private var found: [Int: Set<String>] = [:]

    /// Reads around sentences for a question with stemmed `terms` weighted by `weights`.
    init(terms: Set<String>, weights: [String: Double]) {
        self.terms = terms
        self.weights = weights
        total = weights.keys.sorted().reduce(0.0) { $0 + (weights[$1] ?? 0) }
    }

    /// Whether the hits come from more than one document of `corpus`, so that their context tells them apart.
    static func applies(to hits: [SearchHit], corpus: Corpus) -> Bool {
        guard let first = hits.first else { return false }
        let document = corpus.sentences[first.sentence].document
        return hits.contains { corpus.sentences[$0.sentence].document != document }
    }

    /// `match` with its `context` set: the idf-weighted share of the question's terms that it or a sentence
    /// within `reach` of it in its document states.
    mutating func reading(around match: SentenceMatch, corpus: Corpus) -> SentenceMatch {
        guard total > 0 else { return match }
        var stated = Set(match.occurrences.keys)
        let document = corpus.sentences[match.sentence].document
        for neighbour in (match.sentence - Self.reach)...(match.sentence + Self.reach)
        where neighbour != match.sentence && corpus.sentences.indices.contains(neighbour)
            && corpus.sentences[neighbour].document == document
        {
            stated.formUnion(terms(of: neighbour, corpus: corpus))
        }
        var read = match
        read.contextCoverage = stated.sorted().reduce(0.0) { $0 + (weights[$1] ?? 0) } / total
        return read
    }

    /// The question terms sentence `sentence` holds (none for a sentence longer than `longest`), read once.
    private mutating func terms(of sentence: Int, corpus: Corpus) -> Set<String> {
        if let known = found[sentence] { return known }
        let text = corpus.sentences[sentence].text
        let held = text.utf8.count <= Self.longest ? Set(Analyzer.terms(text)).intersection(terms) : []
        found[sentence] = held
        return held
    }
}
