import ArgumentParser
import Foundation
import InquireKit

/// `inquire index build CORPUS -o FILE`.
struct IndexBuildCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "build",
        abstract: "Index a corpus and write the index, with the corpus text, to one file.",
        discussion: """
            The file holds the sentence index and the corpus (texts and sources), so `--index FILE` answers without \
            the original files; given with --corpus too, the corpus must be the one the file was built from.
            """
    )

    @Argument(help: "A text file, a folder of .txt/.md files, JSON Lines of {id,title,text}, or a SQuAD JSON file.")
    var corpus: String

    @Option(name: .shortAndLong, help: ArgumentHelp("The index file to write.", valueName: "file"))
    var output: String

    // The shared options carry --one-sentence-per-line (the root command declares them too, and a flag of the same
    // name declared here would be taken by the root).
    @OptionGroup var options: CorpusOptions

    @Flag(name: .long, help: "Print the figures of the build as one JSON object.")
    var json = false

    /// Inputs of at least this many bytes show a progress bar while indexed (on a terminal): about
    /// `CorpusOptions.progressThreshold` sentences.
    static let progressThreshold = 5_000_000

    func validate() throws {
        guard options.corpus == nil else { throw ValidationError("name the corpus once, as the argument") }
        guard options.index == nil else { throw ValidationError("--index reads an index file; use -o to write one") }
    }

    mutating func run() throws {
        try OutputTarget.check(output, against: [corpus], option: "-o")
        // The input is read a piece at a time as it is indexed, so reading and indexing are timed together.
        let started = DispatchTime.now().uptimeNanoseconds
        let startedCPU = Stopwatch.processCPUSeconds()
        let bar = ProgressBar(label: "indexing (MB read)")
        let build: StreamedIndexBuild
        do {
            defer { bar.finish() }
            build = try StreamedIndexBuild(
                corpus: CorpusOptions.fileURL(corpus), nextTo: output,
                oneSentencePerLine: options.oneSentencePerLine, strictEncoding: options.strictEncoding
            ) { done, total in
                if total >= Self.progressThreshold { bar.update(done: done / 1_000_000, total: total / 1_000_000) }
            }
        }
        let builtWall = DispatchTime.now().uptimeNanoseconds
        let buildCPUSeconds = Stopwatch.processCPUSeconds() - startedCPU
        CorpusWarnings.report(build.warnings)
        let index = build.index
        let loadSeconds = 0.0  // kept in the JSON figures: reading is now part of build_s
        let buildSeconds = Double(builtWall - started) / 1e9
        let clock = Stopwatch()
        try build.write(to: output)
        let writeSeconds = clock.lap()
        let fileBytes = (try? FileManager.default.attributesOfItem(atPath: output)[.size] as? Int) ?? 0
        let rate = buildSeconds > 0 ? Double(index.sentenceCount) / buildSeconds : 0
        let peak = PeakMemory.bytes
        if json {
            StandardOutput.writeLine(
                "{\"sentences\":\(index.sentenceCount),\"terms\":\(index.termCount),\"postings\":\(index.postingCount),"
                    + "\"load_s\":\(Stopwatch.format(loadSeconds)),\"build_s\":\(Stopwatch.format(buildSeconds)),"
                    + "\"build_cpu_s\":\(Stopwatch.format(buildCPUSeconds)),"
                    + "\"write_s\":\(Stopwatch.format(writeSeconds)),\"index_bytes\":\(index.memoryBytes),"
                    + "\"file_bytes\":\(fileBytes),\"sentences_per_s\":\(Int(rate.rounded())),"
                    + "\"peak_rss_bytes\":\(peak),\"windows_1252_files\":\(build.windows1252Files)}")
        } else {
            StandardOutput.writeLine(
                "indexed \(index.sentenceCount) sentences (\(index.termCount) terms, \(index.postingCount) postings) "
                    + "in \(String(format: "%.2f", buildSeconds)) s (\(Int(rate.rounded())) sentences/s); wrote \(output) "
                    + "(\(String(format: "%.1f", Double(fileBytes) / 1e6)) MB); peak memory "
                    + "\(String(format: "%.0f", Double(peak) / 1e6)) MB"
                    + (build.windows1252Files == 0
                        ? "" : "; \(build.windows1252Files) file(s) read as Windows-1252"))
        }
    }
}
