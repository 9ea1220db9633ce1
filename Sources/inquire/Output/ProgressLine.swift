import Foundation

/// A one-line progress bar on standard error, drawn only when standard error is a terminal (never into logs or
/// pipes) and at most ten times a second. (The index branch brings a shared `Terminal/ProgressBar.swift`; this
/// minimal one serves `run` and `eval` until the two are merged.)
struct ProgressLine {
    /// What is being done ("eval", "run").
    let label: String
    /// Whether anything is drawn.
    let enabled: Bool
    /// When the run began.
    private let start = ContinuousClock.now
    /// When the bar was last drawn.
    private var lastDrawn: ContinuousClock.Instant?

    /// The bar's width in cells.
    static let width = 30

    /// A bar for `label`, enabled when standard error is a terminal and `when` holds.
    init(label: String, when condition: Bool = true) {
        self.label = label
        self.enabled = condition && isatty(STDERR_FILENO) == 1
    }

    /// Shows that `done` of `total` items are finished.
    mutating func update(done: Int, total: Int) {
        guard enabled, total > 0 else { return }
        let now = ContinuousClock.now
        if let lastDrawn, done < total, now - lastDrawn < .milliseconds(100) { return }
        lastDrawn = now
        FileHandle.standardError.write(
            Data(
                ("\r\u{1B}[2K"
                    + Self.render(
                        label, done: done, total: total,
                        elapsed: now - start)).utf8))
    }

    /// Erases the bar, leaving the line empty for what follows.
    func finish() {
        guard enabled, lastDrawn != nil else { return }
        FileHandle.standardError.write(Data("\r\u{1B}[2K".utf8))
    }

    /// The bar's text: `label [#####-----] done/total pct% eta`.
    static func render(_ label: String, done: Int, total: Int, elapsed: Duration) -> String {
        let fraction = Double(done) / Double(max(total, 1))
        let filled = min(width, Int(fraction * Double(width)))
        let bar = String(repeating: "#", count: filled) + String(repeating: "-", count: width - filled)
        var text = "\(label) [\(bar)] \(done)/\(total) \(Int(fraction * 100))%"
        let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
        if done > 0, done < total {
            let left = Int((seconds / Double(done) * Double(total - done)).rounded())
            text += " ~\(left / 60)m\(left % 60 < 10 ? "0" : "")\(left % 60)s left"
        }
        return text
    }
}
