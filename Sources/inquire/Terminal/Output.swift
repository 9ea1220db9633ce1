// `stdout` is a C global; `print` writes to the same stream, so writes through it stay in order with print's.
#if canImport(Glibc)
    @preconcurrency import Glibc
#elseif canImport(Darwin)
    @preconcurrency import Darwin
#endif

/// Standard output for every command: writes that notice a reader who went away (`inquire run … | head -1`) and
/// end the process quietly with status 0, and that report any other write failure (a full disk) as one line.
///
/// SIGPIPE is ignored (see `prepare()`), so a closed pipe shows up as the error EPIPE on the next write or flush
/// instead of killing the process; `print` to a closed pipe then fails silently, and `finish()` ends the process
/// correctly either way. Commands that write much should use `write` so they stop as soon as the reader is gone.
enum Output {
    /// Ignores SIGPIPE; called once at start-up.
    static func prepare() {
        signal(SIGPIPE, SIG_IGN)
    }

    /// Writes `text` to standard output (buffered).
    static func write(_ text: String) {
        var text = text
        let failure: Int32? = text.withUTF8 { bytes in
            guard let base = bytes.baseAddress, !bytes.isEmpty else { return nil }
            return fwrite(base, 1, bytes.count, stdout) == bytes.count ? nil : errno
        }
        if let failure { fail(failure) }
    }

    /// Writes `text` and pushes it to the reader at once (for answers a script waits for, line by line).
    static func writeAndFlush(_ text: String) {
        write(text)
        flush()
    }

    /// Pushes buffered output to the reader.
    static func flush() {
        if fflush(stdout) != 0 { fail(errno) }
    }

    /// Flushes pending output before an error message, so the two appear in order; a failure here is moot.
    static func flushIgnoringErrors() {
        _ = fflush(stdout)
    }

    /// Flushes what is left when the command is done; called once, at the end of `main`.
    static func finish() {
        flush()
    }

    /// Ends the process after a failed write: quietly with status 0 when the reader closed the pipe, otherwise
    /// with the reason on standard error and status 1.
    static func fail(_ code: Int32) -> Never {
        if code == EPIPE { exit(0) }
        ErrorReporting.report("standard output: \(String(cString: strerror(code)))")
        exit(1)
    }
}
