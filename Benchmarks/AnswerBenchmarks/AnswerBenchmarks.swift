import Benchmark
import BenchmarkSupport

/// Whole answers on one core: every question of a gold file asked of its corpus (`AnswerWorkload.corpora`: the
/// default article, and two folders of five news articles each, where the answer stage chooses among documents
/// and reads the best hit's whole article for the question's predicate). Each iteration answers every question
/// once; the custom metric is the mean wall-clock time of one answer, in microseconds. Loading and indexing the
/// corpus and loading the models happen once, before the first benchmark (`inquire ask` times loading).
let benchmarks: @Sendable () -> Void = {
    Benchmark.defaultConfiguration = .init(
        metrics: [.wallClock, .mallocCountTotal, .peakMemoryResident, microsecondsPerQuestion],
        maxDuration: .seconds(10),
        maxIterations: 20
    )
    for workload in AnswerWorkload.load() {
        Benchmark("Answer every question (\(workload.name))") { benchmark in
            let start = ContinuousClock.now
            blackHole(workload.answerAll())
            let seconds = (ContinuousClock.now - start) / .seconds(1)
            benchmark.measurement(
                microsecondsPerQuestion, Int((seconds * 1_000_000 / Double(max(workload.questions.count, 1))).rounded())
            )
        }
    }
}

/// The mean wall-clock time of one answer in microseconds, lower is better.
let microsecondsPerQuestion = BenchmarkMetric.custom(
    "µs/question", polarity: .prefersSmaller, useScalingFactor: false)
