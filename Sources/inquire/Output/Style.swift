import Foundation

/// Decides whether output is styled (bold, colour) and wraps text in the ANSI escapes when it is.
///
/// Styling is on only when the output is a terminal, `NO_COLOR` is unset or empty (https://no-color.org) and
/// `TERM` is set and not `dumb`; otherwise every function returns its text unchanged, so pipes and logs stay plain.
struct Style: Sendable {
    /// Whether escapes are written.
    let enabled: Bool

    /// A style that writes no escapes.
    static let plain = Style(enabled: false)

    /// The style for standard output in this process's environment.
    static func forStandardOutput() -> Style {
        Style(
            enabled: shouldStyle(
                isTerminal: isatty(STDOUT_FILENO) == 1, environment: ProcessInfo.processInfo.environment))
    }

    /// The decision itself, kept pure so it can be tested: a terminal, no `NO_COLOR`, a `TERM` other than `dumb`.
    static func shouldStyle(isTerminal: Bool, environment: [String: String]) -> Bool {
        guard isTerminal else { return false }
        if let noColor = environment["NO_COLOR"], !noColor.isEmpty { return false }
        // An unset TERM is treated like `dumb`: nothing says the terminal understands escapes.
        guard let term = environment["TERM"], !term.isEmpty, term != "dumb" else { return false }
        return true
    }

    /// `text` in bold.
    func bold(_ text: String) -> String { wrap(text, "1") }

    /// `text` dimmed (for sources, scores and other secondary detail).
    func dim(_ text: String) -> String { wrap(text, "2") }

    /// `text` as the answer: bold and yellow, so it stands out inside its evidence sentence.
    func answer(_ text: String) -> String { wrap(text, "1;33") }

    /// `text` as a heading in reports (`:why`, `:stats`): bold cyan.
    func heading(_ text: String) -> String { wrap(text, "1;36") }

    /// `text` as a warning: red.
    func warning(_ text: String) -> String { wrap(text, "31") }

    /// `text` between the escape for `codes` and the reset escape, or unchanged when styling is off.
    private func wrap(_ text: String, _ codes: String) -> String {
        guard enabled, !text.isEmpty else { return text }
        return "\u{1B}[\(codes)m\(text)\u{1B}[0m"
    }
}
