import Benchmark
import BenchmarkSupport
import Foundation
import InquireKit

/// Text-analysis throughput on the contexts of the SQuAD v1.1 development file: sentence splitting, tokenising
/// and full analysis (tokens, stopwords, stems), also with a fresh `CachedAnalyzer` per pass. Each iteration
/// processes every context once; the custom `MB/s` metric is the input size divided by the iteration's
/// wall-clock time.
let benchmarks: @Sendable () -> Void = {
    Benchmark.defaultConfiguration = .init(
        metrics: [.wallClock, .throughput, .mallocCountTotal, megabytesPerSecond],
        maxDuration: .seconds(5),
        maxIterations: 50
    )
    guard let corpus = SQuADContexts.load() else { return }

    Benchmark("SentenceSplitter.split (SQuAD dev contexts)") { benchmark in
        let start = ContinuousClock.now
        for text in corpus.texts { blackHole(SentenceSplitter.split(text)) }
        report(corpus, since: start, to: benchmark)
    }

    Benchmark("Tokenizer.tokenize (SQuAD dev contexts)") { benchmark in
        let start = ContinuousClock.now
        for text in corpus.texts { blackHole(Tokenizer.tokenize(text)) }
        report(corpus, since: start, to: benchmark)
    }

    Benchmark("Analyzer.terms (SQuAD dev contexts)") { benchmark in
        let start = ContinuousClock.now
        for text in corpus.texts { blackHole(Analyzer.terms(text)) }
        report(corpus, since: start, to: benchmark)
    }

    Benchmark("CachedAnalyzer.terms (SQuAD dev contexts)") { benchmark in
        let start = ContinuousClock.now
        var analyzer = CachedAnalyzer()
        for text in corpus.texts { blackHole(analyzer.terms(text)) }
        report(corpus, since: start, to: benchmark)
    }
}

/// Input megabytes (10^6 bytes) per second of wall-clock time, higher is better.
let megabytesPerSecond = BenchmarkMetric.custom("MB/s", polarity: .prefersLarger, useScalingFactor: false)

/// Records the MB/s of one pass over `corpus` that began at `start`.
func report(_ corpus: SQuADContexts, since start: ContinuousClock.Instant, to benchmark: Benchmark) {
    let elapsed = ContinuousClock.now - start
    let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) * 1e-18
    benchmark.measurement(megabytesPerSecond, Int((Double(corpus.bytes) / 1e6 / seconds).rounded()))
}
