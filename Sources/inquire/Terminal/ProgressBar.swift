import Foundation
import Synchronization

/// A one-line progress bar on standard error, redrawn in place with a carriage return; drawn only when standard
/// error is a terminal, and at most every 100 ms. Safe to update from several threads.
final class ProgressBar: Sendable {
    private struct State {
        var lastDraw: UInt64 = 0
        var drawn = false
    }

    private let label: String
    private let width: Int
    private let state = Mutex(State())

    /// Whether a bar would be visible (standard error is a terminal).
    static var isAvailable: Bool { isatty(STDERR_FILENO) == 1 }

    /// A bar headed by `label`, `width` cells wide.
    init(label: String, width: Int = 30) {
        self.label = label
        self.width = width
    }

    /// Shows `done` of `total`.
    func update(done: Int, total: Int) {
        let now = DispatchTime.now().uptimeNanoseconds
        let line: String? = state.withLock { state in
            guard done >= total || now - state.lastDraw >= 100_000_000 else { return nil }
            state.lastDraw = now
            state.drawn = true
            return render(done: done, total: total)
        }
        if let line { StandardError.write(line) }
    }

    /// Clears the bar's line (if one was drawn).
    func finish() {
        let drawn = state.withLock { $0.drawn }
        if drawn { StandardError.write("\r\u{1B}[2K") }
    }

    /// The text of the bar: label, bar, percentage and counts.
    func render(done: Int, total: Int) -> String {
        let fraction = total > 0 ? min(1, Double(done) / Double(total)) : 1
        let filled = Int((fraction * Double(width)).rounded(.down))
        let bar = String(repeating: "█", count: filled) + String(repeating: "░", count: width - filled)
        let percent = Int((fraction * 100).rounded(.down))
        return "\r\(label) \(bar) \(percent)% (\(done)/\(total))"
    }
}
