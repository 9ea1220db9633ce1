import ArgumentParser
import Foundation
import InquireKit

/// `inquire index info FILE`: checks an index file and prints what it holds.
struct IndexInfoCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "info",
        abstract: "Open an index file (checking its structure) and print its figures.",
        discussion: """
            Opening maps the file and checks the header, the section table, and the checksum and structure of every \
            section but the posting blocks and the corpus text; `inquire index verify` hashes those too.
            """
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
                    + "\"mapped\":\(index.isMapped),"
                    + "\"windows_1252_files\":\(stored.windows1252Files)}")
        } else {
            StandardOutput.writeLine(
                "\(file): \(index.sentenceCount) sentences, \(index.termCount) terms, \(index.postingCount) postings; "
                    + "\(String(format: "%.1f", Double(index.memoryBytes) / 1e6)) MB of index, read in place; opened and "
                    + "checked in \(String(format: "%.3f", loadSeconds)) s"
                    + (stored.windows1252Files == 0
                        ? "" : "; \(stored.windows1252Files) file(s) read as Windows-1252 when built"))
        }
    }
}
