import ArgumentParser
import Foundation
import InquireKit

/// Query latency measured inside the process: analysis, scoring and top-k selection of each query.
struct LatencyReport {
    let queries: Int
    let p50: Double
    let p99: Double
    let mean: Double

    /// Runs the first `warmup` lines untimed (all lines, when there are no more), then times the rest one by one.
    static func measure(_ lines: [String], warmup: Int, top: Int, clock: LatencyClock, engine: Engine)
        -> LatencyReport
    {
        let warm = lines.prefix(warmup)
        let timed = lines.count > warmup ? Array(lines.dropFirst(warmup)) : lines
        var sink = 0
        for line in warm { sink &+= engine.search(line, top: top).count }
        var times: [Double] = []
        times.reserveCapacity(timed.count)
        for line in timed {
            let start = clock.nanoseconds()
            let hits = engine.search(line, top: top)
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
