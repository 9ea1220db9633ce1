import ArgumentParser
import Foundation
import InquireKit

/// `inquire index verify FILE`: hashes every section of an index file, the posting blocks and corpus text included.
struct IndexVerifyCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "verify",
        abstract: "Check every checksum of an index file, the posting blocks and corpus text included.",
        discussion: """
            Opening an index file (with --index or `index info`) checks everything but the posting blocks and the \
            corpus text, the bulk of the file; this reads the whole file. A damaged file is one line on standard error and exit status 1.
            """
    )

    @Argument(help: "The index file.")
    var file: String

    mutating func run() throws {
        let clock = Stopwatch()
        let stored = try IndexFileReader.read(path: file, checking: .everything)
        let seconds = clock.lap()
        let bytes = (try? FileManager.default.attributesOfItem(atPath: file)[.size] as? Int) ?? 0
        StandardOutput.writeLine(
            "\(file): intact (\(stored.sentenceCount) sentences, \(String(format: "%.1f", Double(bytes) / 1e6)) MB "
                + "checked in \(String(format: "%.3f", seconds)) s)")
    }
}
