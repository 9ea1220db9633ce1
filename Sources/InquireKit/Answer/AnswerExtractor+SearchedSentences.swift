/// The sentences an extractor searches for an answer: the question's weighted terms, the hits matched and
/// ranked, the ones kept with their neighbours, and the sentences read around one (antecedents, descriptions).
extension AnswerExtractor {
    /// How many of the question's terms no sentence of the corpus holds, and the idf-weighted share of them that
    /// some sentence holds (1 when the question has no terms).
    static func absentTerms(
        of shape: QuestionShape, weights: [String: Double], index: SentenceIndex
    ) -> (count: Int, presentShare: Double) {
        // Summed in term order, so the sums' last binary digits are the same on every run.
        let terms = shape.terms.sorted()
        let absent = terms.filter { index.documentFrequency(of: $0) == 0 }
        let total = terms.reduce(0) { $0 + (weights[$1] ?? 0) }
        guard total > 0 else { return (absent.count, 1) }
        return (absent.count, 1 - absent.reduce(0) { $0 + (weights[$1] ?? 0) } / total)
    }

    /// The texts of the sentences before `sentence` in its document, at most `DefiniteDescriptions.reach`,
    /// nearest last.
    func earlierSentences(before sentence: Int, corpus: Corpus) -> [String] {
        let document = corpus.sentences[sentence].document
        return (max(0, sentence - DefiniteDescriptions.reach)..<sentence).filter {
            corpus.sentences[$0].document == document
        }.map { corpus.sentences[$0].text }
    }

    /// The analyses of the sentences before `sentence` in its document (at most `DefiniteDescriptions.reach`,
    /// nearest last).
    func earlierAnalyses(of sentence: Int, corpus: Corpus, analyses: AnalysisSource) -> [SentenceAnalysis] {
        let document = corpus.sentences[sentence].document
        return (max(0, sentence - DefiniteDescriptions.reach)..<sentence).filter {
            corpus.sentences[$0].document == document
        }.compactMap { analyses.sentence($0, corpus.sentences[$0].text) }
    }

    /// The analysis of the sentence before `sentence` in its document, if any.
    func previousAnalysis(of sentence: Int, corpus: Corpus, analyses: AnalysisSource) -> SentenceAnalysis? {
        let before = sentence - 1
        guard before >= 0, corpus.sentences[before].document == corpus.sentences[sentence].document else {
            return nil
        }
        return analyses.sentence(before, corpus.sentences[before].text)
    }

    /// The sentences searched: every hit is matched against the question, the best `sentencesSearched` by
    /// retrieval score and idf-weighted coverage (`SentenceMatch.strength`) are kept, with the sentences right
    /// before and after the best three (a name often stands in the sentence before the one that matches). When
    /// the hits come from several documents, each sentence's coverage is read with the sentences around it
    /// (`ParagraphContext`), the best few are reordered by the question's relation words they state
    /// (`SentenceMatch.relationRanked`), and fewer are searched (`acrossDocuments`).
    func sentences(
        _ hits: [SearchHit], corpus: Corpus, shape: QuestionShape, weights: [String: Double],
        cancellation: Cancellation? = nil
    ) -> [SentenceMatch] {
        let top = hits[0].score
        func plainMatch(_ sentence: Int, _ retrieval: Double) -> SentenceMatch {
            let window = SentenceWindow(corpus.sentences[sentence].text, terms: shape.terms)
            return SentenceMatch(
                sentence: sentence, text: window.text, offset: window.offset, terms: shape.terms,
                names: shape.names, relationTerms: shape.relationTerms, relations: resources.relations,
                weights: weights,
                retrieval: retrieval)
        }
        var context =
            ParagraphContext.applies(to: hits, corpus: corpus)
            ? ParagraphContext(terms: shape.terms, weights: weights) : nil
        func match(_ sentence: Int, _ retrieval: Double) -> SentenceMatch {
            let found = plainMatch(sentence, retrieval)
            return context?.reading(around: found, corpus: corpus) ?? found
        }
        var ranked: [SentenceMatch] = []
        for hit in hits {
            if cancellation?.isCancelled == true { return [] }
            ranked.append(match(hit.sentence, hit.score / top))
        }
        ranked.sort { rankKey($0) > rankKey($1) }
        // Across documents, among the best few, the sentences stating the question's relation come first.
        if context != nil { ranked = SentenceMatch.relationRanked(ranked, depth: Self.acrossDocuments.reranked) }
        // Across documents the context has chosen the passage: fewer sentences, fewer candidates of other ones.
        let (searched, neighboured) =
            context == nil
            ? (sentencesSearched, 3)
            : (min(sentencesSearched, Self.acrossDocuments.searched), Self.acrossDocuments.neighboured)
        var chosen = Array(ranked.prefix(searched))
        var seen = Set(chosen.map(\.sentence))
        for best in ranked.prefix(neighboured) {
            let document = corpus.sentences[best.sentence].document
            for neighbour in [best.sentence - 1, best.sentence + 1]
            where corpus.sentences.indices.contains(neighbour) && corpus.sentences[neighbour].document == document
                && !seen.contains(neighbour)
            {
                seen.insert(neighbour)
                chosen.append(match(neighbour, 0.3 * best.retrieval))
            }
        }
        return chosen
    }

    /// The question's terms a sentence's match is weighed by, each with its idf: all of them but the unit a date
    /// question's focus names ("In which year did she leave?" is answered by "In 2007, she left", which does not
    /// write "year").
    static func termWeights(_ shape: QuestionShape, type: AnswerType, idf: (String) -> Double) -> [String: Double] {
        var weights: [String: Double] = [:]
        for term in shape.terms { weights[term] = idf(term) }
        if type == .date, let focus = shape.focus, timeUnits.contains(focus) { weights[focus] = nil }
        return weights
    }

    /// The stems of the units a date question's focus may name ("year", "month", "decade" …).
    static let timeUnits = Set(
        ["year", "month", "day", "date", "decade", "century", "time", "season", "week"].map { SnowballStemmer.stem($0) }
    )

    /// When the hits come from several documents: how many sentences are searched (at most `sentencesSearched`),
    /// and the neighbours of how many of the best are added. Chosen on the SQuAD tuning half in open mode (5 and 3,
    /// as within one document, gave open EM 49.8; 8 and 3 47.6; 3 and 3 51.0; 3 and 2 51.1; 2 and 3 51.6 but 45.4
    /// on the checking half, against 46.9 for 3 and 2).
    /// The best `reranked` hits are ordered by `SentenceMatch.relationKey` first (5, 6, 10 and 20 all gave open EM
    /// 56.47; 5 moves the fewest sentences).
    static let acrossDocuments = (searched: 3, neighboured: 2, reranked: 5)

    /// How a sentence ranks as evidence for a sentence answer.
    func rankKey(_ match: SentenceMatch) -> Double { match.strength }
}
