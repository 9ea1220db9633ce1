import ArgumentParser
import Foundation
import InquireKit

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
