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
        let searchable = try corpus.loadSearchable(progress: true)
        if let query {
            let hits = searchable.index.search(query, top: top, ranking: searchable.ranking)
            StandardOutput.writeLine(
                json ? SearchRendering.json(hits, searchable) : SearchRendering.plain(hits, searchable, query: query))
            return
        }
        let lines = try Self.readQueries(queries ?? "")
        if latency {
            StandardOutput.writeLine(
                LatencyReport.measure(lines, warmup: warmup, top: top, clock: clock, searchable: searchable).json)
            return
        }
        for (number, line) in lines.enumerated() {
            let hits = searchable.index.search(line, top: top, ranking: searchable.ranking)
            if json {
                StandardOutput.writeLine(SearchRendering.json(hits, searchable))
            } else {
                if number > 0 { StandardOutput.writeLine("") }
                StandardOutput.writeLine("query: \(line)")
                StandardOutput.writeLine(SearchRendering.plain(hits, searchable, query: line))
            }
        }
    }

    /// The lines of a query file.
    static func readQueries(_ path: String) throws -> [String] {
        let bytes = try CorpusLoader.readBytes(path)
        let text = try TextDecoding.decode(bytes, path: path)
        var lines = TextLines.lines(of: text).map(String.init)
        if lines.last == "" { lines.removeLast() }
        return lines
    }
}

/// The text forms of search hits.
enum SearchRendering {
    /// One block per hit: rank, score and source, then the sentence indented.
    /// A sentence longer than `Excerpt.defaultLimit` bytes is shown around the query's rarest term in it.
    static func plain(_ hits: [SearchHit], _ searchable: Searchable, query: String) -> String {
        guard !hits.isEmpty else { return "no matching sentence" }
        let terms = Analyzer.terms(query).sorted { searchable.index.idf(of: $0) > searchable.index.idf(of: $1) }
        return hits.enumerated().map { rank, hit in
            let score = String(format: "%.4f", hit.score)
            let text = Excerpt.cut(searchable.text(hit.sentence), matching: terms)
            return
                "\(rank + 1). \(score)  \(TerminalText.visible(searchable.reference(hit.sentence)))\n   \(TerminalText.visible(text))"
        }.joined(separator: "\n")
    }

    /// A JSON array of `{"rank", "sentence", "score", "text", "source"}`, on one line.
    static func json(_ hits: [SearchHit], _ searchable: Searchable) -> String {
        let items = hits.enumerated().map { rank, hit in
            "{\"rank\":\(rank + 1),\"sentence\":\(hit.sentence),\"score\":\(hit.score),"
                + "\"text\":\(JSONText.quote(searchable.text(hit.sentence))),"
                + "\"source\":\(JSONText.quote(searchable.reference(hit.sentence)))}"
        }
        return "[" + items.joined(separator: ",") + "]"
    }
}

/// Query latency measured inside the process: analysis, scoring and top-k selection of each query.
struct LatencyReport {
    let queries: Int
    let p50: Double
    let p99: Double
    let mean: Double

    /// Runs the first `warmup` lines untimed (all lines, when there are no more), then times the rest one by one.
    static func measure(_ lines: [String], warmup: Int, top: Int, clock: LatencyClock, searchable: Searchable)
        -> LatencyReport
    {
        let warm = lines.prefix(warmup)
        let timed = lines.count > warmup ? Array(lines.dropFirst(warmup)) : lines
        var sink = 0
        for line in warm { sink &+= searchable.index.search(line, top: top, ranking: searchable.ranking).count }
        var times: [Double] = []
        times.reserveCapacity(timed.count)
        for line in timed {
            let start = clock.nanoseconds()
            let hits = searchable.index.search(line, top: top, ranking: searchable.ranking)
            let end = clock.nanoseconds()
            sink &+= hits.count
            times.append(Double(end - start) / 1e6)
        }
        if sink == Int.min { StandardOutput.write("") }  // keeps the searches from being optimised away
        times.sort()
        let mean = times.isEmpty ? 0 : times.reduce(0, +) / Double(times.count)
        return LatencyReport(
            queries: times.count, p50: percentile(times, 50), p99: percentile(times, 99), mean: mean)
    }

    /// The percentile of sorted values, interpolated linearly between ranks (as numpy's default).
    static func percentile(_ sorted: [Double], _ p: Double) -> Double {
        guard !sorted.isEmpty else { return 0 }
        let rank = Double(sorted.count - 1) * p / 100
        let low = Int(rank)
        let high = min(low + 1, sorted.count - 1)
        return sorted[low] + (sorted[high] - sorted[low]) * (rank - Double(low))
    }

    /// `{"queries", "p50_ms", "p99_ms", "mean_ms"}`.
    var json: String {
        func rounded(_ value: Double) -> String { String(format: "%.4f", value) }
        return "{\"queries\":\(queries),\"p50_ms\":\(rounded(p50)),\"p99_ms\":\(rounded(p99)),"
            + "\"mean_ms\":\(rounded(mean))}"
    }
}

/// The clock latency is measured with.
enum LatencyClock: String, ExpressibleByArgument, CaseIterable {
    /// Elapsed (monotonic) time: what a user waits.
    case wall
    /// The calling thread's CPU time: the work of the query alone, without time spent descheduled.
    case cpu

    /// The current reading in nanoseconds.
    func nanoseconds() -> UInt64 {
        var time = timespec()
        clock_gettime(self == .wall ? CLOCK_MONOTONIC : CLOCK_THREAD_CPUTIME_ID, &time)
        return UInt64(time.tv_sec) * 1_000_000_000 + UInt64(time.tv_nsec)
    }
}
