/// A relation a long article states only apart from the question's other arguments, read over the whole article:
/// the retrieved sentences and the article's other sentences that hold the predicate.
extension RelationApart {
    /// The most sentences holding one stem of the predicate that are read (a stem in more is taken as stated with
    /// the arguments somewhere: a word that common tells nothing).
    static let sentencesRead = 256

    /// Whether the article states the predicate of `relation` only apart from its arguments. As
    /// `isApart(_:in:)` over the retrieved sentences `hits`, with the article's other sentences that hold a stem
    /// of the predicate (`others`, each with whether a verb of it states the predicate) read too: one that states
    /// it by a verb counts as a statement ("Who leads the group?" over an article where the group is only named
    /// and an air force *conducted* strikes, a sentence no word of the question retrieves), and any of them
    /// holding a word of an argument as well counts as a statement with the arguments. A noun of the predicate's
    /// row outside the retrieved sentences ("in mind" for *head*, "pilot seats" for *fly*) is too loose a
    /// paraphrase to count.
    static func isApart(_ relation: Relation, hits: [String], others: [(text: String, byVerb: Bool)]) -> Bool {
        let retrieved = hits.map { Set(Analyzer.terms($0)) }
        let read = others.map { (stems: Set(Analyzer.terms($0.text)), byVerb: $0.byVerb) }
        let stated =
            retrieved.contains { !relation.predicate.isDisjoint(with: $0) }
            || read.contains { $0.byVerb && !relation.predicate.isDisjoint(with: $0.stems) }
        return stated && !(retrieved + read.map(\.stems)).contains { states(relation, stems: $0) }
    }

    /// Whether the article of the best hit (`document`) states the predicate of `relation` only apart from its
    /// arguments, reading the retrieved sentences `hits` and the article's other sentences that hold a stem of the
    /// predicate (`isApart(_:hits:others:)`; each parsed by `analyses` to tell a verb's statement). Only for a
    /// question whose predicate is a verb (`verbPredicate`): a role noun ("Who is the head of …?") is stated in
    /// too many other senses by its verb's row ("maneuvering" for *head*). Without it, the retrieved sentences are
    /// read alone (`isApart(_:in:)`).
    static func isApart(
        _ relation: Relation, hits: [Int], document: Int, verbPredicate: Bool, corpus: Corpus, index: SentenceIndex,
        analyses: AnalysisSource?, relations: RelationLexicon
    ) -> Bool {
        let texts = hits.map { corpus.sentences[$0].text }
        guard verbPredicate, let analyses else { return isApart(relation, in: texts) }
        guard
            let others = sentences(
                stating: relation, in: document, besides: Set(hits), index: index,
                documentOf: { corpus.sentences[$0].document })
        else { return false }
        let read = others.map { sentence in
            let text = corpus.sentences[sentence].text
            let byVerb =
                analyses.sentence(sentence, text).map { parsed in
                    FrameAlignment.predicateOccurrences(of: relation.predicateName, in: parsed, relations: relations)
                        .contains { parsed.tags[$0] == .verb }
                } ?? false
            return (text: text, byVerb: byVerb)
        }
        return isApart(relation, hits: texts, others: read)
    }

    /// The sentences of document `document` (`documentOf` tells a sentence's document) other than `excluded` that
    /// hold a stem of the predicate of `relation`; nil when a stem is in more than `sentencesRead` sentences.
    static func sentences(
        stating relation: Relation, in document: Int, besides excluded: Set<Int>, index: SentenceIndex,
        documentOf: (Int) -> Int
    ) -> [Int]? {
        var found = Set<Int>()
        for stem in relation.predicate.sorted() {
            let frequency = index.documentFrequency(of: stem)
            guard frequency > 0 else { continue }
            if frequency > sentencesRead { return nil }
            for hit in index.search(terms: [stem], top: frequency)
            where documentOf(hit.sentence) == document && !excluded.contains(hit.sentence) {
                found.insert(hit.sentence)
            }
        }
        return found.sorted()
    }
}
