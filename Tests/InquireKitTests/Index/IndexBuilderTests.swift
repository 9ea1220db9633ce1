import DefaultCorpus
import Foundation
import Testing

@testable import InquireKit

@Suite("Index builder")
struct IndexBuilderTests {
    /// Varied text: possessives (straight and curly), compounds, numbers with separators, contractions, stopwords,
    /// accents and other scripts, capitals, repeated words, punctuation runs.
    static let variedText = """
        Pakistan’s air force conducted retaliatory airstrikes; Iran's envoy didn't comment. The 900-kilometer \
        border, nuclear-armed neighbours and 1,200 troops (3.5 million dollars) were cited on 18 January 2024.
        Crème brûlée at the Café Zürich cost €4.50 — naïve tourists paid 12,5 or 1,2345 anyway!
        Москва and 東京 and ΑΘΗΝΑ: co-operation, re-entry, well-known state-of-the-art systems.
        O'Brien's dog's dogs' toys; rock 'n' roll. THE THE the the. Running runners ran, RUNS and running.
        Email me at test@example.com or visit https://example.org/a-b_c?x=1&y=2 … “Quoted” ‘words’ here.
        Numbers: 0.5, .5, 5., 1-2, 3--4, -7, 2020s, 1990’s, 21st, A1, x86-64, U.S., e.g., Dr. Smith Jr.
        """

    static func corpus(_ text: String, oneSentencePerLine: Bool = false) -> Corpus {
        Corpus(
            name: "t", documents: [Document(id: "t", source: "t", text: text)], oneSentencePerLine: oneSentencePerLine)
    }

    @Test("the build's analysis gives exactly Analyzer.terms for every sentence")
    func analysisMatchesAnalyzer() throws {
        let defaultText = try String(contentsOfFile: FixturePaths.defaultArticle, encoding: .utf8)
        for corpus in [
            Self.corpus(Self.variedText), Self.corpus(defaultText),
            Self.corpus(Self.variedText, oneSentencePerLine: true),
        ] {
            let fast = try SentenceIndex(corpus: corpus)
            let reference = try SentenceIndex(termsPerSentence: corpus.sentences.map { Analyzer.terms($0.text) })
            #expect(fast.hasSameContents(as: reference))
            #expect(fast.termCount > 10)
        }
    }

    @Test("a build over many chunks and workers equals the one-list build, term ids in first-occurrence order")
    func manyChunks() throws {
        var generator = SplitMix(seed: 7)
        let vocabulary = (0..<3000).map { "w\($0)" }
        var sentences: [[String]] = []
        for _ in 0..<(IndexBuilder.chunkSize * 3 + 17) {
            let length = Int(generator.next() % 12)
            sentences.append((0..<length).map { _ in vocabulary[Int(generator.next() % generator.next(bound: 3000))] })
        }
        let text = sentences.map { $0.joined(separator: " ") }.joined(separator: "\n")
        let corpus = Self.corpus(text, oneSentencePerLine: true)
        let fromCorpus = try SentenceIndex(corpus: corpus)
        let fromTerms = try SentenceIndex(termsPerSentence: corpus.sentences.map { Analyzer.terms($0.text) })
        #expect(fromCorpus.hasSameContents(as: fromTerms))
        var firstSeen: [String] = []
        var seen = Set<String>()
        for sentence in corpus.sentences {
            for term in Analyzer.terms(sentence.text) where seen.insert(term).inserted { firstSeen.append(term) }
        }
        #expect((0..<firstSeen.count).map { fromCorpus.dictionary.term(UInt32($0)) } == firstSeen)
    }

    @Test("progress reaches the total")
    func progress() throws {
        let text = (0..<(IndexBuilder.chunkSize + 5)).map { "line \($0) words" }.joined(separator: "\n")
        let seen = ProgressLog()
        _ = try SentenceIndex(corpus: Self.corpus(text, oneSentencePerLine: true)) { seen.record($0) }
        #expect(seen.last == BuildProgress(done: IndexBuilder.chunkSize + 5, total: IndexBuilder.chunkSize + 5))
    }

    /// 400 terms: sparse blocks (touched lists); 12 terms: dense blocks (scanned eight at a time).
    @Test(
        "search across scoring blocks equals a brute-force scorer",
        arguments: [(Ranking.tfidf, 400), (.bm25, 400), (.tfidf, 12), (.bm25, 12)])
    func blocks(ranking: Ranking, vocabulary: Int) throws {
        var generator = SplitMix(seed: 11 + UInt64(vocabulary))
        let count = SentenceIndex.blockSize * 2 + 300
        var sentences: [[String]] = []
        sentences.reserveCapacity(count)
        for _ in 0..<count {
            let length = 1 + Int(generator.next() % 6)
            sentences.append((0..<length).map { _ in "t\(generator.next() % UInt64(vocabulary))" })
        }
        let index = try SentenceIndex(termsPerSentence: sentences)
        for query in [["t1", "t2"], ["t7"], ["t3", "t3", "t399", "nope"], ["t0", "t1", "t2", "t3", "t4"]] {
            let hits = index.search(terms: query, top: 10, ranking: ranking)
            let expected = BruteForce.top(10, query: query, sentences: sentences, ranking: ranking)
            #expect(hits.count == expected.count)
            for (hit, want) in zip(hits, expected) {
                #expect(abs(hit.score - want.score) < 1e-5)
            }
            // Same sentences, allowing reordering among (near-)ties.
            #expect(Set(hits.map(\.sentence)) == Set(expected.map(\.sentence)) || hasTieAtCut(expected))
        }
    }

    func hasTieAtCut(_ hits: [SearchHit]) -> Bool {
        guard let last = hits.last else { return false }
        return hits.dropLast().contains { abs($0.score - last.score) < 1e-5 }
    }
}

/// A deterministic pseudo-random generator for test data.
struct SplitMix {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
    mutating func next(bound: UInt64) -> UInt64 { 1 + next() % bound }
}

/// Collects progress reports from any thread.
final class ProgressLog: @unchecked Sendable {
    private let lock = NSLock()
    private var reports: [BuildProgress] = []
    func record(_ report: BuildProgress) { lock.withLock { reports.append(report) } }
    var last: BuildProgress? { lock.withLock { reports.max { $0.done < $1.done } } }
}

/// Scores every sentence with the textbook formulas, in Double.
enum BruteForce {
    static func top(_ k: Int, query: [String], sentences: [[String]], ranking: Ranking) -> [SearchHit] {
        let n = Double(sentences.count)
        var df: [String: Double] = [:]
        for sentence in sentences { for term in Set(sentence) { df[term, default: 0] += 1 } }
        let queryCounts = Dictionary(query.filter { df[$0] != nil }.map { ($0, 1.0) }, uniquingKeysWith: +)
        let averageLength = Double(sentences.reduce(0) { $0 + $1.count }) / n
        var hits: [SearchHit] = []
        for (position, sentence) in sentences.enumerated() {
            let counts = Dictionary(sentence.map { ($0, 1.0) }, uniquingKeysWith: +)
            var score = 0.0
            switch ranking {
            case .tfidf:
                let idf = { (term: String) in log((1 + n) / (1 + (df[term] ?? 0))) + 1 }
                let norm = counts.reduce(0.0) { $0 + pow((1 + log($1.value)) * idf($1.key), 2) }.squareRoot()
                let queryNorm = queryCounts.reduce(0.0) { $0 + pow((1 + log($1.value)) * idf($1.key), 2) }.squareRoot()
                for (term, count) in queryCounts {
                    guard let tf = counts[term] else { continue }
                    score += (1 + log(count)) * idf(term) * (1 + log(tf)) * idf(term) / (norm * queryNorm)
                }
            case .bm25:
                for (term, count) in queryCounts {
                    guard let tf = counts[term], let frequency = df[term] else { continue }
                    let idf = log(1 + (n - frequency + 0.5) / (frequency + 0.5))
                    let lengthNorm = 1.2 * (0.25 + 0.75 * Double(sentence.count) / averageLength)
                    score += count * idf * tf * 2.2 / (tf + lengthNorm)
                }
            }
            if score > 0 { hits.append(SearchHit(sentence: position, score: score)) }
        }
        hits.sort { $0.score != $1.score ? $0.score > $1.score : $0.sentence < $1.sentence }
        return Array(hits.prefix(k))
    }
}
