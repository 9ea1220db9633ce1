import Foundation
import Synchronization

/// The one progress bar of the command line: a line on standard error, `label [#####-----] done/total pct% ~eta`,
/// redrawn in place at most ten times a second, drawn only when standard error is a terminal (never into logs or
/// pipes). Safe to update from several threads (indexing reports from its workers).
final class ProgressBar: Sendable {
    private struct State {
        var lastDrawn: ContinuousClock.Instant?
    }

    /// What is being done ("indexing", "eval", "run").
    let label: String
    /// Whether anything is drawn.
    let enabled: Bool
    private let start = ContinuousClock.now
    private let state = Mutex(State())

    /// The bar's width in cells.
    static let width = 30

    /// Whether a bar would be visible (standard error is a terminal).
    static var isAvailable: Bool { isatty(STDERR_FILENO) == 1 }

    /// A bar for `label`, drawn when standard error is a terminal and `condition` holds.
    init(label: String, when condition: Bool = true) {
        self.label = label
        self.enabled = condition && Self.isAvailable
    }

    /// Shows that `done` of `total` items are finished.
    func update(done: Int, total: Int) {
        guard enabled, total > 0 else { return }
        let now = ContinuousClock.now
        let draw = state.withLock { state in
            if let last = state.lastDrawn, done < total, now - last < .milliseconds(100) { return false }
            state.lastDrawn = now
            return true
        }
        if draw {
            StandardError.write("\r\u{1B}[2K" + Self.render(label, done: done, total: total, elapsed: now - start))
        }
    }

    /// Erases the bar (if one was drawn), leaving the line empty for what follows.
    func finish() {
        guard enabled, state.withLock({ $0.lastDrawn != nil }) else { return }
        StandardError.write("\r\u{1B}[2K")
    }

    /// The bar's text: `label [#####-----] done/total pct%`, and the time left while unfinished.
    static func render(_ label: String, done: Int, total: Int, elapsed: Duration) -> String {
        let fraction = min(1, Double(done) / Double(max(total, 1)))
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
