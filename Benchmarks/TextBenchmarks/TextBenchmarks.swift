import Benchmark
import Foundation
import InquireKit

/// Text-analysis throughput on the contexts of the SQuAD v1.1 development file: sentence splitting, tokenising
/// and full analysis (tokens, stopwords, stems), also with a fresh `CachedAnalyzer` per pass. Each iteration processes every context once; the custom
/// `MB/s` metric is the UTF-8 input size divided by the iteration's wall-clock time.
let benchmarks: @Sendable () -> Void = {
    Benchmark.defaultConfiguration = .init(
        metrics: [.wallClock, .throughput, .mallocCountTotal, TextCorpus.megabytesPerSecond],
        maxDuration: .seconds(5),
        maxIterations: 50
    )
    guard let corpus = TextCorpus.load() else { return }

    Benchmark("SentenceSplitter.split (SQuAD dev contexts)") { benchmark in
        benchmark.startMeasurement()
        let start = ContinuousClock.now
        for text in corpus.texts { blackHole(SentenceSplitter.split(text)) }
        corpus.report(since: start, to: benchmark)
    }

    Benchmark("Tokenizer.tokenize (SQuAD dev contexts)") { benchmark in
        benchmark.startMeasurement()
        let start = ContinuousClock.now
        for text in corpus.texts { blackHole(Tokenizer.tokenize(text)) }
        corpus.report(since: start, to: benchmark)
    }

    Benchmark("Analyzer.terms (SQuAD dev contexts)") { benchmark in
        benchmark.startMeasurement()
        let start = ContinuousClock.now
        for text in corpus.texts { blackHole(Analyzer.terms(text)) }
        corpus.report(since: start, to: benchmark)
    }

    Benchmark("CachedAnalyzer.terms (SQuAD dev contexts)") { benchmark in
        benchmark.startMeasurement()
        let start = ContinuousClock.now
        var analyzer = CachedAnalyzer()
        for text in corpus.texts { blackHole(analyzer.terms(text)) }
        corpus.report(since: start, to: benchmark)
    }
}

/// The benchmark input: every context of the SQuAD file, and its size in UTF-8 bytes.
struct TextCorpus: Sendable {
    /// The contexts, in file order.
    let texts: [String]
    /// Their total size in UTF-8 bytes.
    let bytes: Int

    /// Input megabytes (10^6 bytes) per second of wall-clock time, higher is better.
    static let megabytesPerSecond = BenchmarkMetric.custom("MB/s", polarity: .prefersLarger, useScalingFactor: false)

    /// Reads the contexts from `$INQUIRE_SQUAD`, or from `shared/data/squad/squad-v1.1-dev-even.json` in the
    /// nearest folder above this source file that has it; prints why and returns nil when it cannot.
    static func load() -> TextCorpus? {
        let relative = "shared/data/squad/squad-v1.1-dev-even.json"
        var path = ProcessInfo.processInfo.environment["INQUIRE_SQUAD"]
        var folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        while path == nil, folder.path != "/" {
            let candidate = folder.appendingPathComponent(relative).path
            if FileManager.default.fileExists(atPath: candidate) { path = candidate }
            folder.deleteLastPathComponent()
        }
        guard let path else {
            print("TextBenchmarks: \(relative) not found above \(#filePath); set INQUIRE_SQUAD")
            return nil
        }
        do {
            let file = try JSONDecoder().decode(SQuADFile.self, from: Data(contentsOf: URL(fileURLWithPath: path)))
            let texts = file.data.flatMap { $0.paragraphs.map(\.context) }
            return TextCorpus(texts: texts, bytes: texts.reduce(0) { $0 + $1.utf8.count })
        } catch {
            print("TextBenchmarks: \(error)")
            return nil
        }
    }

    /// Records the MB/s of one pass over the corpus that began at `start`.
    func report(since start: ContinuousClock.Instant, to benchmark: Benchmark) {
        let elapsed = ContinuousClock.now - start
        let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) * 1e-18
        benchmark.measurement(Self.megabytesPerSecond, Int((Double(bytes) / 1e6 / seconds).rounded()))
    }
}

/// The part of a SQuAD v1.1 file the benchmarks read: the paragraphs' contexts.
struct SQuADFile: Decodable {
    struct Article: Decodable { let paragraphs: [Paragraph] }
    struct Paragraph: Decodable { let context: String }
    let data: [Article]
}
