import Benchmark
import BenchmarkSupport
@_spi(Benchmarks) import InquireKit

/// Analysis throughput on one core: the sentences of the default corpus article (or `$INQUIRE_ANALYSIS_TEXT`, see
/// `AnalysisSentences`) through each stage alone and through all of them, as a question or a retrieved sentence is
/// analysed (tokenizer → tagger and lemmatizer → parser → entity tagger). Each iteration runs the stage over every
/// sentence `repeats` times; the custom metrics are sentences and words per second of the iteration's wall-clock
/// time. The models load once, before the first benchmark (not timed here; `inquire ask` times it).
let benchmarks: @Sendable () -> Void = {
    Benchmark.defaultConfiguration = .init(
        metrics: [.wallClock, .mallocCountTotal, sentencesPerSecond, wordsPerSecond],
        maxDuration: .seconds(5),
        maxIterations: 50
    )
    guard let sentences = AnalysisSentences.load() else { return }
    let workload: AnalysisWorkload
    do {
        workload = try AnalysisWorkload(sentences: sentences.texts)
    } catch {
        print("benchmarks: the analysis models cannot be loaded: \(error)")
        return
    }
    // About 2,000 sentences an iteration, whatever the input's size.
    let repeats = max(1, 2_000 / max(workload.sentenceCount, 1))
    let stages: [(String, @Sendable () -> Int)] = [
        ("tokenize", workload.tokenize), ("tag + lemmatise", workload.tag), ("parse", workload.parse),
        ("entities", workload.findEntities), ("all: tokenize + tag + parse + entities", workload.analyse),
    ]
    for (name, stage) in stages {
        Benchmark("Analysis \(name) (\(workload.sentenceCount) sentences × \(repeats))") { benchmark in
            let start = ContinuousClock.now
            for _ in 0..<repeats { blackHole(stage()) }
            let seconds = (ContinuousClock.now - start) / .seconds(1)
            let sentenceCount = Double(workload.sentenceCount * repeats)
            benchmark.measurement(sentencesPerSecond, Int((sentenceCount / seconds).rounded()))
            benchmark.measurement(wordsPerSecond, Int((Double(workload.wordCount * repeats) / seconds).rounded()))
        }
    }
}

/// Sentences analysed per second of wall-clock time, higher is better.
let sentencesPerSecond = BenchmarkMetric.custom("sentences/s", polarity: .prefersLarger, useScalingFactor: false)
/// Words analysed per second of wall-clock time, higher is better.
let wordsPerSecond = BenchmarkMetric.custom("words/s", polarity: .prefersLarger, useScalingFactor: false)
