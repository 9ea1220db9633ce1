import Foundation

/// Writes command output to standard output record by record, so a reader that stops early (`inquire run … |
/// head -1`) ends the run quietly instead of killing it with SIGPIPE or leaving it answering into a closed pipe.
enum StandardOutput {
    /// Ignores SIGPIPE so that a closed pipe shows up as an EPIPE write error, handled in `write`.
    static func ignoreBrokenPipe() {
        signal(SIGPIPE, SIG_IGN)
    }

    /// Writes `text` at once (unbuffered). When the reader has gone (EPIPE) the process exits quietly with status 0;
    /// any other write failure ends it with a one-line message and status 1.
    static func write(_ text: String) {
        var bytes = Array(text.utf8)[...]
        while !bytes.isEmpty {
            let written = bytes.withUnsafeBytes { Foundation.write(STDOUT_FILENO, $0.baseAddress, $0.count) }
            if written < 0 {
                if errno == EINTR { continue }
                if errno == EPIPE { exit(0) }
                let reason = String(cString: strerror(errno))
                StandardError.write("Error: cannot write to standard output: \(reason)\n")
                exit(1)
            }
            bytes = bytes.dropFirst(written)
        }
    }

    /// Writes `text` and a line break, as `write` does.
    static func writeLine(_ text: String) {
        write(text + "\n")
    }

    /// Whether standard output is a terminal.
    static var isTerminal: Bool { isatty(STDOUT_FILENO) == 1 }
}
