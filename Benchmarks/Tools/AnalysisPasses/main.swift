import BenchmarkSupport
import Foundation
@_spi(Benchmarks) import InquireKit

// Runs one analysis stage over the benchmark's sentences (the default corpus article, or $INQUIRE_ANALYSIS_TEXT: the
// `# text` lines of a CoNLL-U file such as EWT dev) a given number of times, on one thread, and prints the
// throughput and a checksum; `load` prints each model's load time (thread CPU) instead. A driver for quick figures,
// instruction counts and profiles:
//
//     swift build -c release --product AnalysisPasses
//     INQUIRE_ANALYSIS_TEXT=../../shared/data/treebanks/ud-english-ewt/en_ewt-ud-dev.conllu \
//         .build/release/AnalysisPasses all 5
//     perf record -g .build/release/AnalysisPasses parse 20
/// The CPU time this thread has used, in seconds: the figure that depends least on other processes' load.
func threadCPUSeconds() -> Double {
    var time = timespec()
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &time)
    return Double(time.tv_sec) + Double(time.tv_nsec) * 1e-9
}

let arguments = CommandLine.arguments
let stages = ["tokenize", "tag", "parse", "entities", "all", "load"]
guard arguments.count == 3, stages.contains(arguments[1]), let passes = Int(arguments[2]), passes >= 0 else {
    FileHandle.standardError.write(Data("usage: AnalysisPasses \(stages.joined(separator: "|")) PASSES\n".utf8))
    exit(2)
}
do {
    if arguments[1] == "load" {
        for _ in 0..<passes {
            let times = try AnalysisWorkload.modelLoadTimes()
            let parts = times.map { "\($0.model) \($0.duration / .milliseconds(1)) ms" }
            print(parts.joined(separator: ", ") + " (thread CPU)")
        }
        exit(0)
    }
    guard let sentences = AnalysisSentences.load() else { exit(1) }
    let workload = try AnalysisWorkload(sentences: sentences.texts)
    let stage: () -> Int =
        switch arguments[1] {
        case "tokenize": workload.tokenize
        case "tag": workload.tag
        case "parse": workload.parse
        case "entities": workload.findEntities
        default: workload.analyse
        }
    var checksum = 0
    let start = ContinuousClock.now
    let startCPU = threadCPUSeconds()
    for _ in 0..<passes { checksum &+= stage() }
    let seconds = (ContinuousClock.now - start) / .seconds(1)
    let cpu = threadCPUSeconds() - startCPU
    let sentenceCount = Double(workload.sentenceCount * passes)
    let words = Double(workload.wordCount * passes)
    print(
        String(
            format: "%@ × %d over %d sentences, %d words: wall %.3f s, %.0f sentences/s, %.0f words/s, "
                + "%.1f µs/sentence; thread CPU %.3f s, %.0f sentences/s, %.0f words/s, %.1f µs/sentence (checksum %d)",
            arguments[1], passes, workload.sentenceCount, workload.wordCount, seconds, sentenceCount / seconds,
            words / seconds, seconds * 1e6 / sentenceCount, cpu, sentenceCount / cpu, words / cpu,
            cpu * 1e6 / sentenceCount, checksum))
} catch {
    FileHandle.standardError.write(Data("AnalysisPasses: \(error)\n".utf8))
    exit(1)
}
