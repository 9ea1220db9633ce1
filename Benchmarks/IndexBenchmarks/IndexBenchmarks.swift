import Benchmark
import Foundation
import InquireKit

// Index benchmarks: building the sentence index (analysis included), searching it with TF-IDF and BM25, and
// writing and loading index files. The corpus is a deterministic synthetic one (Zipf-distributed words, 20,000
// sentences) unless INQUIRE_BENCH_CORPUS names a file of one sentence a line (such as the peer benchmark's
// corpora); the queries are 2–4 words drawn from its sentences.

/// The corpus and queries every benchmark uses.
let fixture = IndexFixture.make()

let benchmarks: @Sendable () -> Void = {
    Benchmark.defaultConfiguration = .init(
        metrics: [.wallClock, .cpuTotal, .mallocCountTotal, .peakMemoryResident],
        maxDuration: .seconds(5), maxIterations: 1000)

    Benchmark("Build index", configuration: .init(scalingFactor: .one)) { benchmark in
        for _ in benchmark.scaledIterations {
            blackHole(try SentenceIndex(corpus: fixture.corpus))
        }
    }

    guard let index = try? SentenceIndex(corpus: fixture.corpus) else {
        fatalError("the benchmark corpus is too large for one index")
    }
    for ranking in Ranking.allCases {
        Benchmark("Search top 10 (\(ranking.rawValue))", configuration: .init(scalingFactor: .kilo)) { benchmark in
            var position = 0
            for _ in benchmark.scaledIterations {
                blackHole(index.search(fixture.queries[position], top: 10, ranking: ranking))
                position = (position + 1) % fixture.queries.count
            }
        }
    }

    let path = FileManager.default.temporaryDirectory.appendingPathComponent("inquire-bench-\(getpid()).idx").path
    Benchmark("Write index file") { benchmark in
        for _ in benchmark.scaledIterations {
            try IndexFileWriter.write(index, corpus: fixture.corpus, to: path)
        }
    }

    Benchmark("Load index file") { benchmark in
        try IndexFileWriter.write(index, corpus: fixture.corpus, to: path)
        benchmark.startMeasurement()
        for _ in benchmark.scaledIterations {
            blackHole(try IndexFileReader.read(path: path))
        }
        benchmark.stopMeasurement()
        try? FileManager.default.removeItem(atPath: path)
    }
}

/// A corpus and its queries.
struct IndexFixture: Sendable {
    let corpus: Corpus
    let queries: [String]

    static func make() -> IndexFixture {
        let text: String
        if let path = ProcessInfo.processInfo.environment["INQUIRE_BENCH_CORPUS"],
            let loaded = try? String(contentsOfFile: path, encoding: .utf8)
        {
            text = loaded
        } else {
            text = synthetic(sentences: 20_000)
        }
        let corpus = Corpus(
            name: "bench", documents: [Document(id: "bench", source: "bench", text: text)], oneSentencePerLine: true)
        var generator = Generator(seed: 42)
        var queries: [String] = []
        while queries.count < 1000 {
            let words = corpus.sentences[Int(generator.next() % UInt64(corpus.sentences.count))].text
                .split(separator: " ").filter { $0.count > 3 }
            guard words.count >= 2 else { continue }
            let count = min(words.count, 2 + Int(generator.next() % 3))
            queries.append(
                (0..<count).map { _ in String(words[Int(generator.next() % UInt64(words.count))]) }
                    .joined(separator: " "))
        }
        return IndexFixture(corpus: corpus, queries: queries)
    }

    /// Sentences of 5–30 words drawn from a Zipf-like vocabulary of 30,000 made-up words and common English words.
    static func synthetic(sentences: Int) -> String {
        var generator = Generator(seed: 7)
        let syllables = ["ka", "lo", "mi", "ren", "tas", "vo", "bel", "dri", "nu", "sam", "tor", "qui", "pla", "gen"]
        let common = ["the", "of", "and", "to", "in", "is", "was", "for", "with", "that", "on", "as", "by", "it"]
        let vocabulary = (0..<30_000).map { rank in
            (0..<(2 + rank % 3)).map { syllables[(rank / (1 + $0 * 7) + $0) % syllables.count] }.joined()
                + "\(rank % 97)"
        }
        var lines: [String] = []
        lines.reserveCapacity(sentences)
        for _ in 0..<sentences {
            let length = 5 + Int(generator.next() % 26)
            var words: [String] = []
            for _ in 0..<length {
                if generator.next() % 2 == 0 {
                    words.append(common[Int(generator.next() % UInt64(common.count))])
                } else {
                    // Zipf-like: rank = floor(n^u) for uniform u.
                    let u = Double(generator.next() % 1_000_000) / 1_000_000
                    words.append(vocabulary[min(vocabulary.count - 1, Int(pow(Double(vocabulary.count), u)) - 1)])
                }
            }
            lines.append(words.joined(separator: " ") + ".")
        }
        return lines.joined(separator: "\n")
    }
}

/// SplitMix64, for deterministic data.
struct Generator {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
