import ArgumentParser
import Foundation
import InquireKit

/// `inquire index`: builds index files (and describes them), so that a large corpus is indexed once and then
/// loaded with `--index FILE` in milliseconds.
struct IndexCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "index",
        abstract: "Build and inspect index files.",
        subcommands: [IndexBuildCommand.self, IndexInfoCommand.self]
    )
}

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

    func validate() throws {
        guard options.corpus == nil else { throw ValidationError("name the corpus once, as the argument") }
        guard options.index == nil else { throw ValidationError("--index reads an index file; use -o to write one") }
    }

    mutating func run() throws {
        try OutputTarget.check(output, against: [corpus], option: "-o")
        let clock = Stopwatch()
        let loaded = try CorpusLoader.load(
            path: corpus, oneSentencePerLine: options.oneSentencePerLine, strictEncoding: options.strictEncoding)
        CorpusWarnings.report(loaded)
        let loadSeconds = clock.lap()
        let cpuBefore = Stopwatch.processCPUSeconds()
        let index = IndexBuild.index(of: loaded, progress: true)
        let buildSeconds = clock.lap()
        let buildCPUSeconds = Stopwatch.processCPUSeconds() - cpuBefore
        try IndexFileWriter.write(index, corpus: loaded, to: output)
        let writeSeconds = clock.lap()
        let fileBytes = (try? FileManager.default.attributesOfItem(atPath: output)[.size] as? Int) ?? 0
        if json {
            StandardOutput.writeLine(
                "{\"sentences\":\(index.sentenceCount),\"terms\":\(index.termCount),\"postings\":\(index.postingCount),"
                    + "\"load_s\":\(Stopwatch.format(loadSeconds)),\"build_s\":\(Stopwatch.format(buildSeconds)),"
                    + "\"build_cpu_s\":\(Stopwatch.format(buildCPUSeconds)),"
                    + "\"write_s\":\(Stopwatch.format(writeSeconds)),\"index_bytes\":\(index.memoryBytes),"
                    + "\"file_bytes\":\(fileBytes),\"windows_1252_files\":\(loaded.windows1252Files)}")
        } else {
            StandardOutput.writeLine(
                "indexed \(index.sentenceCount) sentences (\(index.termCount) terms, \(index.postingCount) postings) "
                    + "in \(String(format: "%.2f", buildSeconds)) s; wrote \(output) "
                    + "(\(String(format: "%.1f", Double(fileBytes) / 1e6)) MB)"
                    + (loaded.windows1252Files == 0
                        ? "" : "; \(loaded.windows1252Files) file(s) read as Windows-1252"))
        }
    }
}

/// `inquire index info FILE`: checks an index file and prints what it holds.
struct IndexInfoCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "info",
        abstract: "Load an index file (verifying it) and print its figures."
    )

    @Argument(help: "The index file.")
    var file: String

    @Flag(name: .long, help: "Print the figures as one JSON object.")
    var json = false

    mutating func run() throws {
        let clock = Stopwatch()
        let stored = try IndexFileReader.read(path: file)
        let loadSeconds = clock.lap()
        let index = stored.index
        if json {
            StandardOutput.writeLine(
                "{\"sentences\":\(index.sentenceCount),\"terms\":\(index.termCount),\"postings\":\(index.postingCount),"
                    + "\"load_s\":\(Stopwatch.format(loadSeconds)),\"index_bytes\":\(index.memoryBytes),"
                    + "\"windows_1252_files\":\(stored.windows1252Files)}")
        } else {
            StandardOutput.writeLine(
                "\(file): \(index.sentenceCount) sentences, \(index.termCount) terms, \(index.postingCount) postings; "
                    + "\(String(format: "%.1f", Double(index.memoryBytes) / 1e6)) MB in memory; loaded and verified "
                    + "in \(String(format: "%.3f", loadSeconds)) s"
                    + (stored.windows1252Files == 0
                        ? "" : "; \(stored.windows1252Files) file(s) read as Windows-1252 when built"))
        }
    }
}

/// Wall-clock laps.
final class Stopwatch {
    private var last = DispatchTime.now().uptimeNanoseconds

    /// Seconds since the previous lap (or creation).
    func lap() -> Double {
        let now = DispatchTime.now().uptimeNanoseconds
        defer { last = now }
        return Double(now - last) / 1e9
    }

    /// User and system CPU time of the process so far, over all threads.
    static func processCPUSeconds() -> Double {
        var usage = rusage()
        #if canImport(Glibc)
            getrusage(RUSAGE_SELF.rawValue, &usage)
        #else
            getrusage(RUSAGE_SELF, &usage)
        #endif
        let user = Double(usage.ru_utime.tv_sec) + Double(usage.ru_utime.tv_usec) / 1e6
        let system = Double(usage.ru_stime.tv_sec) + Double(usage.ru_stime.tv_usec) / 1e6
        return user + system
    }

    /// Seconds with four decimals.
    static func format(_ seconds: Double) -> String { String(format: "%.4f", seconds) }
}
