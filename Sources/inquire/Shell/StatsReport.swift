import Foundation
import InquireKit

/// `:stats`: the corpus's size, its index's size in memory, and how long indexing took.
struct StatsReport {
    /// Bold and colour, or plain text.
    let style: Style

    /// The report for `engine`, which took `indexing` to load and index.
    func render(_ engine: Engine, indexing: Duration) -> String {
        let rows: [(String, String)] = [
            ("corpus", engine.corpus.name),
            ("documents", String(engine.corpus.documents.count)),
            ("sentences", String(engine.corpus.sentences.count)),
            ("terms", String(engine.index.termCount)),
            ("index memory", Self.bytes(engine.index.memoryFootprint)),
            ("ranking", engine.ranking.rawValue),
            ("loaded in", Self.milliseconds(indexing)),
            ("not UTF-8", Self.windows1252(engine.corpus.windows1252Files)),
        ]
        return rows.map { "  " + style.bold($0.0.padding(to: 13)) + $0.1 }.joined(separator: "\n") + "\n"
    }

    /// "2 files, read as Windows-1252" (or "none").
    static func windows1252(_ count: Int) -> String {
        count == 0 ? "none" : "\(count) file\(count == 1 ? "" : "s"), read as Windows-1252"
    }

    /// A byte count for people: "812 B", "38.2 KiB", "4.1 MiB".
    static func bytes(_ count: Int) -> String {
        if count < 1024 { return "\(count) B" }
        let units = ["KiB", "MiB", "GiB"]
        var value = Double(count) / 1024
        var unit = 0
        while value >= 1024, unit < units.count - 1 {
            value /= 1024
            unit += 1
        }
        return (value < 10 ? String(format: "%.1f", value) : String(format: "%.0f", value)) + " " + units[unit]
    }

    /// A duration in whole milliseconds ("3 ms"), or in seconds from ten seconds on.
    static func milliseconds(_ duration: Duration) -> String {
        let (seconds, attoseconds) = duration.components
        let ms = Double(seconds) * 1000 + Double(attoseconds) / 1e15
        return ms >= 10_000 ? String(format: "%.1f s", ms / 1000) : String(format: "%.0f ms", ms)
    }
}

extension String {
    /// The string with spaces after it up to `width` characters.
    fileprivate func padding(to width: Int) -> String {
        count >= width ? self : self + String(repeating: " ", count: width - count)
    }
}
