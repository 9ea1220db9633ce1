import ArgumentParser
import Foundation
import InquireKit

/// `inquire search`: plain sentence search, to look things up and to check the index. Prints the top sentences with
/// their scores and sources; `--json` prints an array of hits; `--queries FILE` runs every line of a file;
/// `--latency` times those queries inside the process.
struct SearchCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "search",
        abstract: "Print the sentences that best match a query, with their scores and sources.",
        discussion: """
            With --queries FILE every line of FILE is a query: without --latency the hits of each are printed in \
            turn (one JSON array a line with --json); with --latency the first --warmup lines are run untimed, the \
            rest are timed one by one in the process, and one JSON object {"queries", "p50_ms", "p99_ms", \
            "mean_ms"} is printed.
            """
    )

    @OptionGroup var corpus: CorpusOptions

    @Argument(help: "The query, in quotes.")
    var query: String?

    @Option(name: .long, help: "How many sentences to print.")
    var top = 10

    @Flag(name: .long, help: "Print hits as JSON: [{\"rank\", \"sentence\", \"score\", \"text\", \"source\"}].")
    var json = false

    @Option(name: .long, help: ArgumentHelp("Run every line of this file as a query.", valueName: "file"))
    var queries: String?

    @Flag(name: .long, help: "With --queries: time the queries and print latency figures as JSON.")
    var latency = false

    @Option(name: .long, help: "With --latency: how many leading lines of the file are untimed warm-up.")
    var warmup = 50

    @Option(
        name: .long,
        help: ArgumentHelp(
            "With --latency: wall (elapsed time, the default) or cpu (this thread's CPU time, which leaves out the "
                + "time the process waits while other processes run).",
            valueName: "clock"))
    var clock: LatencyClock = .wall

    func validate() throws {
        guard (query == nil) != (queries == nil) else {
            throw ValidationError("give either a query or --queries FILE")
        }
        guard top > 0 else { throw ValidationError("--top must be at least 1") }
        guard !latency || queries != nil else { throw ValidationError("--latency needs --queries FILE") }
        guard warmup >= 0 else { throw ValidationError("--warmup cannot be negative") }
    }

    mutating func run() throws {
        let engine = try corpus.loadEngine()
        if let query {
            let hits = engine.search(query, top: top)
            StandardOutput.writeLine(
                json ? SearchRendering.json(hits, engine) : SearchRendering.plain(hits, engine, query: query))
            return
        }
        let lines = try Self.readQueries(queries ?? "")
        if latency {
            StandardOutput.writeLine(
                LatencyReport.measure(lines, warmup: warmup, top: top, clock: clock, engine: engine).json)
            return
        }
        for (number, line) in lines.enumerated() {
            let hits = engine.search(line, top: top)
            if json {
                StandardOutput.writeLine(SearchRendering.json(hits, engine))
            } else {
                if number > 0 { StandardOutput.writeLine("") }
                StandardOutput.writeLine("query: \(line)")
                StandardOutput.writeLine(SearchRendering.plain(hits, engine, query: line))
            }
        }
    }

    /// The lines of a query file (`-` for standard input), every line a query.
    static func readQueries(_ path: String) throws -> [String] {
        var lines = TextLines.lines(of: try LineFile.text(path: path, of: "queries")).map(String.init)
        if lines.last == "" { lines.removeLast() }
        return lines
    }
}
