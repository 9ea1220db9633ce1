import ArgumentParser
import Foundation
import InquireKit

/// `inquire-train speed`: how fast the trained models annotate the words of a CoNLL-U file (one thread).
struct SpeedMeasurement: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "speed", abstract: "Measure sentences and words a second of tagger + parser + entities.")

    @OptionGroup var options: TrainingOptions

    @Option(help: "The CoNLL-U file whose words are annotated (relative to --data).")
    var file = "ud-english-ewt/en_ewt-ud-test.conllu"

    @Option(help: "Passes over the file.")
    var passes = 3

    mutating func run() throws {
        let loadStart = Date()
        let annotator = try Annotator(directory: URL(fileURLWithPath: options.out))
        let loadTime = Date().timeIntervalSince(loadStart)
        let sentences = try CoNLLUReader.read(contentsOf: options.dataFile(file)).map { $0.words.map(\.form) }
        let words = sentences.reduce(0) { $0 + $1.count }
        var checksum = 0
        let start = Date()
        let startCPU = Self.threadCPUSeconds()
        for _ in 0..<passes {
            for sentence in sentences { checksum &+= annotator.annotate(sentence).heads.count }
        }
        let seconds = Date().timeIntervalSince(start)
        let cpu = Self.threadCPUSeconds() - startCPU
        report(
            String(
                format: "speed: %d sentences, %d words × %d passes in %.2f s: %.0f sentences/s, %.0f words/s "
                    + "(thread CPU %.2f s: %.0f sentences/s, %.0f words/s; models loaded in %.0f ms; %d)",
                sentences.count, words, passes, seconds, Double(sentences.count * passes) / seconds,
                Double(words * passes) / seconds, cpu, Double(sentences.count * passes) / cpu,
                Double(words * passes) / cpu, loadTime * 1000, checksum))
    }

    /// The CPU time this thread has used, in seconds: the figure other processes' load moves least.
    static func threadCPUSeconds() -> Double {
        var time = timespec()
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &time)
        return Double(time.tv_sec) + Double(time.tv_nsec) * 1e-9
    }
}
