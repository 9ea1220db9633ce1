// Readline's configuration and line state are C globals, which Swift 6 cannot prove are used safely; the shell
// touches them only from the main thread (see `LineEditor`), so the module is imported without those checks.
@preconcurrency import CReadline
import Foundation

/// What reading a line gave.
enum LineInput: Equatable {
    /// A line the user entered (without its newline).
    case line(String)
    /// Ctrl-C: the line was cleared.
    case interrupted
    /// Ctrl-D on an empty line, or the end of input.
    case end
    /// SIGTERM or SIGHUP arrived.
    case terminated(Int32)
}

/// Line editing with GNU readline: its keys and the user's `~/.inputrc`, history recall and search, Tab completion.
///
/// Readline is driven through its callback interface so the shell, not readline, waits for input: the wait is a
/// `poll` that Ctrl-C interrupts, after which the half-typed line is dropped and a fresh prompt shown (as in psql
/// and sqlite3). Readline's state is global C state, so a line editor must only be used from the main thread, and
/// only one exists at a time.
final class LineEditor {
    /// A line (or the end of input) handed over by readline's line handler; nil while a line is being edited.
    /// `nonisolated(unsafe)`: written by the C callback, which readline only calls from `rl_callback_read_char` on
    /// the main thread, and read there right after.
    private nonisolated(unsafe) static var received: LineInput?
    /// The completer the completion callback asks; set by `init`. Same thread rule as `received`.
    private nonisolated(unsafe) static var completer: Completer?
    /// The matches being handed to `rl_completion_matches` one by one by `matchGenerator`.
    private nonisolated(unsafe) static var pendingMatches: [String] = []
    /// The next of `pendingMatches` to hand over.
    private nonisolated(unsafe) static var nextMatch = 0

    /// Sets readline up: the application name `inquire` (for `$if inquire` in `~/.inputrc`), no signal handling of
    /// its own (the shell's handlers are in `Signals`), completion through `completer`, and `history` as the
    /// entries to recall, keeping at most `limit`.
    init(completer: Completer, history: [String], limit: Int) {
        Self.completer = completer
        rl_readline_name = strdup("inquire").map { UnsafePointer($0) }
        rl_catch_signals = 0
        rl_catch_sigwinch = 0
        rl_change_environment = 0
        rl_attempted_completion_function = Self.complete
        // Words break at spaces and punctuation, not at ':' (commands) or '-' (compounds).
        rl_completer_word_break_characters = strdup(" \t\n\"'`@$><=;|&{(,?!").map { UnsafePointer($0) }
        using_history()
        stifle_history(Int32(clamping: limit))
        for entry in history { add_history(entry) }
        rl_initialize()
    }

    /// Offers the words of another corpus after `:load`.
    func use(_ completer: Completer) {
        Self.completer = completer
    }

    /// Adds `line` to the entries Up-arrow and Ctrl-R recall.
    func addHistory(_ line: String) {
        add_history(line)
    }

    /// The width of the terminal in columns, as readline knows it.
    var screenWidth: Int {
        var rows: Int32 = 0
        var columns: Int32 = 0
        rl_get_screen_size(&rows, &columns)
        return columns > 0 ? Int(columns) : 80
    }

    /// The height of the terminal in rows, as readline knows it (0 when unknown).
    var screenRows: Int {
        var rows: Int32 = 0
        var columns: Int32 = 0
        rl_get_screen_size(&rows, &columns)
        return Int(max(rows, 0))
    }

    /// Shows `prompt` and edits a line until it is entered, Ctrl-C clears it, or input ends; `shown` runs once the
    /// prompt is on the screen.
    func read(prompt: String, shown: () -> Void = {}) -> LineInput {
        Self.received = nil
        _ = Signals.takeInterrupt()
        _ = Signals.takeContinue()
        rl_callback_handler_install(prompt, Self.lineHandler)
        fflush(rl_outstream ?? stdout)
        shown()
        let input = fileno(rl_instream ?? stdin)
        while true {
            if let number = Signals.terminationSignal {
                rl_callback_handler_remove()
                return .terminated(number)
            }
            if Signals.takeInterrupt() {
                dropLine()
                return .interrupted
            }
            if Signals.takeResize() { rl_resize_terminal() }
            if Signals.takeContinue() { resume() }
            var descriptor = pollfd(fd: input, events: Int16(POLLIN), revents: 0)
            let ready = poll(&descriptor, 1, 250)
            if ready < 0 {
                if errno == EINTR { continue }
                rl_callback_handler_remove()
                return .end
            }
            if ready == 0 { continue }
            if descriptor.revents & Int16(POLLNVAL) != 0 {
                rl_callback_handler_remove()
                return .end
            }
            rl_callback_read_char()
            if let received = Self.received { return received }
        }
    }

    /// Ctrl-C while editing: shows `^C` at the end of the line, forgets the line and any search or argument in
    /// progress, and leaves readline ready for a fresh prompt.
    private func dropLine() {
        // Leave a reverse search or other pending state first: it restores the normal prompt and line.
        rl_callback_sigcleanup()
        rl_point = rl_end
        rl_redisplay()
        fputs("^C\n", rl_outstream ?? stdout)
        fflush(rl_outstream ?? stdout)
        rl_free_line_state()
        rl_replace_line("", 0)
        rl_point = 0
        rl_mark = 0
        rl_callback_handler_remove()
        using_history()
    }

    /// Back in the foreground after Ctrl-Z and `fg`: the calling shell has put the terminal back in its own mode,
    /// so readline's mode is set again and the prompt and line are drawn afresh.
    private func resume() {
        rl_deprep_terminal()
        rl_prep_terminal(1)
        rl_on_new_line()
        rl_redisplay()
    }

    /// Readline's line handler: takes the line (nil at the end of input) and removes itself, so the shell prints
    /// the answer with the terminal back in its normal mode.
    private static let lineHandler: @convention(c) (UnsafeMutablePointer<CChar>?) -> Void = { pointer in
        rl_callback_handler_remove()
        if let pointer {
            received = .line(String(cString: pointer))
            free(pointer)
        } else {
            received = .end
        }
    }

    /// Readline's completion hook: asks the completer, and lets readline complete file names when it says so.
    private static let complete:
        @convention(c) (UnsafePointer<CChar>?, Int32, Int32) -> UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>? = {
            text, start, _ in
            let word = text.map { String(cString: $0) } ?? ""
            var before = ""
            if let buffer = rl_line_buffer, start > 0 {
                let bytes = UnsafeBufferPointer(
                    start: UnsafeRawPointer(buffer).assumingMemoryBound(to: UInt8.self),
                    count: Int(start))
                before = String(decoding: bytes, as: UTF8.self)
            }
            switch completer?.complete(word: word, before: before) ?? .words([]) {
            case .files:
                rl_sort_completion_matches = 1
                return nil
            case .words(let words):
                rl_attempted_completion_over = 1
                rl_sort_completion_matches = 0
                guard !words.isEmpty else { return nil }
                pendingMatches = words
                return rl_completion_matches(text, matchGenerator)
            }
        }

    /// Hands readline the pending matches one at a time (`state` is 0 on the first call).
    private static let matchGenerator: @convention(c) (UnsafePointer<CChar>?, Int32) -> UnsafeMutablePointer<CChar>? = {
        _, state in
        if state == 0 { nextMatch = 0 }
        guard nextMatch < pendingMatches.count else { return nil }
        defer { nextMatch += 1 }
        return strdup(pendingMatches[nextMatch])
    }
}
