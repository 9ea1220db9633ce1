import ArgumentParser
import Foundation
import InquireKit

/// `inquire-train resources`: writes the engine's prebuilt resource tables from the word lists they are made of, so
/// the engine loads them without stemming or hashing at start-up. Deterministic: the same lists give the same bytes
/// (a test checks the shipped tables against their lists).
struct ResourceCompilation: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "resources", abstract: "Write the engine's prebuilt lexicon tables from their source lists.")

    @Option(help: "The resource folder read and written.")
    var folder = "Sources/InquireKit/Resources"

    @Flag(help: "Only print how long each table of the folder takes to load (the median of five loads).")
    var timing = false

    mutating func run() throws {
        let folder = URL(fileURLWithPath: folder)
        if timing {
            for (table, time) in try Engine.Resources.loadingTimes(folder: folder) {
                print("\(table): \(time.formatted(.units(allowed: [.milliseconds], fractionalPart: .show(length: 1))))")
            }
            return
        }
        for table in CompiledResource.allCases {
            let text = try table.compiled(from: folder)
            let path = folder.appendingPathComponent(table.fileName).path
            try AtomicFile.write(text, to: path)
            print("\(path): \(text.utf8.count) bytes")
        }
    }
}
