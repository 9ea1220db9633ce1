import Foundation

/// Picks the answer to an analysed question from retrieved sentences: typed spans of the expected type,
/// scored by sentence score, type fit, closeness to the question's keywords and agreement across sentences.
public struct AnswerExtractor: Sendable {
    /// Below this confidence the answer is withheld ("no answer found").
    public var threshold: Double
    /// How many retrieved sentences are searched for spans.
    public var sentencesSearched: Int
    /// The span recogniser.
    public let recognizer: SpanRecognizer

    /// Creates an extractor.
    public init(threshold: Double = 0.3, sentencesSearched: Int = 8, recognizer: SpanRecognizer = SpanRecognizer()) {
        self.threshold = threshold
        self.sentencesSearched = sentencesSearched
        self.recognizer = recognizer
    }

    /// Answers `question` from `hits` (best first) over `corpus`, whose terms have document frequencies in `index`.
    public func answer(
        _ question: QuestionAnalysis, hits: [SearchHit], corpus: Corpus, index: SentenceIndex, alternatives k: Int
    ) -> Answer {
        let queryTerms = Set(question.keywords.compactMap { Analyzer.term(forWord: $0) })
        guard let best = hits.first, best.score > 0 else {
            return Answer(
                question: question, text: nil, kind: .none, confidence: 0, evidence: nil, alternatives: [],
                candidates: [], hits: hits)
        }
        let expected = SpanType.expected(for: question.answerType)
        let coverageOfBest = coverage(of: queryTerms, in: best.sentence, corpus: corpus, index: index)
        if expected.isEmpty {
            let evidence = self.evidence(best.sentence, range: nil, corpus: corpus)
            let confidence = min(1, coverageOfBest * 0.8 + min(best.score, 1) * 0.2)
            return Answer(
                question: question, text: confidence >= threshold ? evidence.text : nil,
                kind: confidence >= threshold ? .sentence : .none, confidence: confidence, evidence: evidence,
                alternatives: [], candidates: [], hits: hits)
        }
        var candidates: [Candidate] = []
        for hit in hits.prefix(sentencesSearched) {
            candidates += spanCandidates(
                question, hit: hit, topScore: best.score, expected: expected, queryTerms: queryTerms,
                corpus: corpus, index: index)
        }
        let merged = merge(candidates)
        guard let winner = merged.first else {
            return Answer(
                question: question, text: nil, kind: .none, confidence: coverageOfBest * 0.2,
                evidence: evidence(best.sentence, range: nil, corpus: corpus), alternatives: [], candidates: [],
                hits: hits)
        }
        let confidence = winner.score
        let answered = confidence >= threshold
        return Answer(
            question: question, text: answered ? winner.text : nil, kind: answered ? .span : .none,
            confidence: confidence, evidence: winner.evidence, alternatives: Array(merged.dropFirst().prefix(k)),
            candidates: merged, hits: hits)
    }

    /// The candidates of one retrieved sentence.
    func spanCandidates(
        _ question: QuestionAnalysis, hit: SearchHit, topScore: Double, expected: [SpanType], queryTerms: Set<String>,
        corpus: Corpus, index: SentenceIndex
    ) -> [Candidate] {
        let sentence = corpus.sentences[hit.sentence].text
        let tokens = Tokenizer.tokenize(sentence)
        let matchedPositions = tokens.indices.filter { position in
            guard let term = Analyzer.term(for: tokens[position]) else { return false }
            return queryTerms.contains(term)
        }
        let covered = coverage(of: queryTerms, in: hit.sentence, corpus: corpus, index: index)
        let focus = (question.focusAsAsked ?? question.focus).map { SnowballStemmer.stem($0.lowercased()) }
        var result: [Candidate] = []
        for span in recognizer.spans(in: sentence) {
            guard let typeRank = expected.firstIndex(of: span.type) else { continue }
            // Spans made only of question words restate the question; they do not answer it.
            let spanTerms = tokens[span.tokens].compactMap { Analyzer.term(for: $0) }
            let repeated = spanTerms.filter { queryTerms.contains($0) }.count
            if !spanTerms.isEmpty, repeated == spanTerms.count { continue }
            var focusFit = 1.0
            if span.type == .count, let focus {
                focusFit = span.countedNoun == focus ? 1.0 : 0.15
            }
            let distance =
                matchedPositions.map { position in
                    position < span.tokens.lowerBound
                        ? span.tokens.lowerBound - position
                        : (position >= span.tokens.upperBound ? position - span.tokens.upperBound + 1 : 99)
                }.min() ?? 99
            let proximity = distance >= 99 ? 0.0 : 1.0 / (1.0 + Double(distance) / 4.0)
            let sentenceScore = hit.score / topScore
            let typeFit = (typeRank == 0 ? 1.0 : 0.6) * span.strength
            let repeatPenalty = spanTerms.isEmpty ? 1.0 : 1.0 - 0.5 * Double(repeated) / Double(spanTerms.count)
            let base = 0.35 * sentenceScore + 0.3 * typeFit + 0.2 * proximity + 0.15 * covered
            let score = base * focusFit * repeatPenalty * (0.5 + 0.5 * covered)
            result.append(
                Candidate(
                    text: span.text, type: span.type, score: score,
                    evidence: evidence(hit.sentence, range: span.range, corpus: corpus),
                    features: [
                        "sentence": sentenceScore, "type": typeFit, "proximity": proximity, "coverage": covered,
                        "focus": focusFit, "repeat": repeatPenalty,
                    ]))
        }
        return result
    }

    /// Merges candidates with the same normalised text: the best keeps its evidence, the others add agreement.
    func merge(_ candidates: [Candidate]) -> [Candidate] {
        var groups: [String: [Candidate]] = [:]
        var order: [String] = []
        for candidate in candidates {
            let key = candidate.text.lowercased().replacing("\u{2019}", with: "'")
            if groups[key] == nil { order.append(key) }
            groups[key, default: []].append(candidate)
        }
        var merged: [Candidate] = []
        for key in order {
            guard let group = groups[key]?.sorted(by: { $0.score > $1.score }), let top = group.first else { continue }
            let agreement = min(0.15, 0.05 * Double(Set(group.map(\.evidence.sentence)).count - 1))
            var features = top.features
            features["agreement"] = agreement
            merged.append(
                Candidate(
                    text: top.text, type: top.type, score: min(1, top.score + agreement), evidence: top.evidence,
                    features: features))
        }
        return merged.sorted {
            $0.score != $1.score ? $0.score > $1.score : $0.evidence.sentence < $1.evidence.sentence
        }
    }

    /// The idf-weighted share of the query's terms found in a sentence (terms unknown to the corpus count fully).
    func coverage(of queryTerms: Set<String>, in sentence: Int, corpus: Corpus, index: SentenceIndex) -> Double {
        guard !queryTerms.isEmpty else { return 0 }
        let present = Set(Analyzer.terms(corpus.sentences[sentence].text))
        var total = 0.0
        var found = 0.0
        for term in queryTerms {
            let weight = index.idf(of: term)
            total += weight
            if present.contains(term) { found += weight }
        }
        return total > 0 ? found / total : 0
    }

    /// The evidence record for a sentence.
    func evidence(_ sentence: Int, range: Range<Int>?, corpus: Corpus) -> Evidence {
        Evidence(
            sentence: sentence, text: corpus.sentences[sentence].text, source: corpus.reference(of: sentence),
            range: range)
    }
}
