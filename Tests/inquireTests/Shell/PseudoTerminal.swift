import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// Runs the built `inquire` on a pseudo-terminal, as a person at a terminal would: the binary gets a session of
/// its own with the terminal as its controlling terminal (so Ctrl-C, written as byte 0x03, raises SIGINT in it),
/// and the test types keys and reads what is shown.
final class PseudoTerminal {
    /// A failure of the harness, in one line.
    struct Failure: Error, CustomStringConvertible {
        let description: String
    }

    /// The master side of the terminal, which the test reads and writes.
    private let master: Int32
    /// The process id of `inquire`.
    let pid: pid_t
    /// Everything shown so far, escapes included.
    private(set) var raw: [UInt8] = []
    /// How much of `screen` `expect` has consumed.
    private var consumed = 0
    /// The exit status once the process has been reaped.
    private var status: Int32?
    /// When the process was started.
    let started = ContinuousClock.now

    /// Starts `inquire` with `arguments` on a new terminal of `columns`×`rows`, with only `environment` (plus PATH,
    /// LANG and a setting that keeps a crash report from waiting for a key).
    init(arguments: [String] = [], environment: [String: String], columns: UInt16 = 100, rows: UInt16 = 30) throws {
        var masterSide: Int32 = -1
        var terminal: Int32 = -1
        var size = winsize(ws_row: rows, ws_col: columns, ws_xpixel: 0, ws_ypixel: 0)
        guard openpty(&masterSide, &terminal, nil, nil, &size) == 0 else {
            throw Failure(description: "cannot open a pseudo-terminal: \(String(cString: strerror(errno)))")
        }
        master = masterSide
        // The parent's copy of the terminal side is closed once the child has opened its own, so reading the
        // master side fails with EIO when the child is gone.
        defer { close(terminal) }
        _ = fcntl(master, F_SETFD, FD_CLOEXEC)
        _ = fcntl(terminal, F_SETFD, FD_CLOEXEC)
        var name = [CChar](repeating: 0, count: 128)
        guard ttyname_r(terminal, &name, name.count) == 0 else {
            close(master)
            throw Failure(description: "cannot name the pseudo-terminal")
        }

        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        // A new session (POSIX_SPAWN_SETSID), default handlers and an empty mask for the signals the shell uses.
        var defaults = sigset_t()
        sigemptyset(&defaults)
        for number in [SIGINT, SIGTERM, SIGHUP, SIGWINCH, SIGPIPE, SIGQUIT] { sigaddset(&defaults, number) }
        var empty = sigset_t()
        sigemptyset(&empty)
        posix_spawnattr_setsigdefault(&attributes, &defaults)
        posix_spawnattr_setsigmask(&attributes, &empty)
        let setsid: Int16 = 0x80
        posix_spawnattr_setflags(
            &attributes, setsid | Int16(POSIX_SPAWN_SETSIGDEF) | Int16(POSIX_SPAWN_SETSIGMASK))

        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        // Opened after setsid, the terminal becomes the controlling terminal of the new session.
        posix_spawn_file_actions_addopen(&actions, 0, name, O_RDWR, 0)
        posix_spawn_file_actions_adddup2(&actions, 0, 1)
        posix_spawn_file_actions_adddup2(&actions, 0, 2)

        var variables = environment
        variables["PATH"] = variables["PATH"] ?? "/usr/bin:/bin"
        variables["LANG"] = variables["LANG"] ?? "C.UTF-8"
        variables["SWIFT_BACKTRACE"] = "interactive=no"
        let binary = BinaryRunner.binary.path
        let argv = ([binary] + arguments).map { strdup($0) } + [nil]
        let envp = variables.map { strdup("\($0.key)=\($0.value)") } + [nil]
        defer {
            argv.forEach { free($0) }
            envp.forEach { free($0) }
        }
        var child: pid_t = 0
        let result = posix_spawn(&child, binary, &actions, &attributes, argv, envp)
        guard result == 0 else {
            close(master)
            throw Failure(description: "cannot start \(binary): \(String(cString: strerror(result)))")
        }
        pid = child
    }

    deinit {
        if status == nil {
            kill(pid, SIGKILL)
            var ignored: Int32 = 0
            waitpid(pid, &ignored, 0)
        }
        close(master)
    }

    /// What was shown, with terminal escapes, carriage returns and backspaces taken out.
    var screen: String { Self.plainText(raw) }

    /// Types `text` (control characters included: "\u{03}" is Ctrl-C, "\u{1B}[A" the Up arrow).
    func send(_ text: String) {
        let bytes = Array(text.utf8)
        var written = 0
        while written < bytes.count {
            let count = bytes[written...].withUnsafeBytes { write(master, $0.baseAddress, $0.count) }
            if count <= 0 { return }
            written += count
        }
    }

    /// Waits until `text` shows up after what earlier calls consumed, and returns what was shown up to and
    /// including it. Throws, with everything shown, when it does not show up within `timeout`.
    @discardableResult
    func expect(_ text: String, timeout: Duration = .seconds(60)) throws -> String {
        let deadline = ContinuousClock.now + timeout
        while true {
            let shown = screen
            let unread = shown.dropFirst(consumed)
            if let found = unread.range(of: text) {
                consumed += unread.distance(from: unread.startIndex, to: found.upperBound)
                return String(unread[..<found.upperBound])
            }
            guard ContinuousClock.now < deadline, pump(until: deadline) else {
                throw Failure(description: "\(text.debugDescription) not shown; the screen was:\n\(shown)")
            }
        }
    }

    /// Waits for the process to end and returns its exit status (128 + n when signal n ended it).
    func waitForExit(timeout: Duration = .seconds(60)) throws -> Int32 {
        let deadline = ContinuousClock.now + timeout
        while true {
            if let status { return status }
            var raw: Int32 = 0
            let reaped = waitpid(pid, &raw, WNOHANG)
            if reaped == pid {
                let signal = raw & 0x7F
                status = signal == 0 ? (raw >> 8) & 0xFF : 128 + signal
                _ = pump(until: ContinuousClock.now + .milliseconds(50))
                continue
            }
            guard ContinuousClock.now < deadline else {
                throw Failure(description: "inquire did not exit; the screen was:\n\(screen)")
            }
            _ = pump(until: min(deadline, ContinuousClock.now + .milliseconds(50)))
        }
    }

    /// Reads what the terminal shows until something arrives or `deadline` passes; false when nothing more can
    /// arrive (the other side is closed).
    private func pump(until deadline: ContinuousClock.Instant) -> Bool {
        let remaining = ContinuousClock.now.duration(to: deadline)
        let milliseconds = max(
            0, Int32(remaining.components.seconds * 1000 + remaining.components.attoseconds / 1_000_000_000_000_000))
        var descriptor = pollfd(fd: master, events: Int16(POLLIN), revents: 0)
        let ready = poll(&descriptor, 1, min(milliseconds, 200))
        if ready < 0 { return errno == EINTR }
        if ready == 0 { return true }
        var buffer = [UInt8](repeating: 0, count: 4096)
        let count = buffer.withUnsafeMutableBytes { read(master, $0.baseAddress, $0.count) }
        if count > 0 {
            raw += buffer[..<count]
            return true
        }
        // EIO: every process holding the terminal has closed it.
        return false
    }

    /// `bytes` without escape sequences (CSI, OSC, two-byte), carriage returns, backspaces and bells.
    static func plainText(_ bytes: [UInt8]) -> String {
        var out: [UInt8] = []
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            if byte == 0x1B, index + 1 < bytes.count {
                let next = bytes[index + 1]
                if next == UInt8(ascii: "[") {
                    index += 2
                    while index < bytes.count, !(0x40...0x7E).contains(bytes[index]) { index += 1 }
                    index += 1
                } else if next == UInt8(ascii: "]") {
                    index += 2
                    while index < bytes.count, bytes[index] != 0x07, bytes[index] != 0x1B { index += 1 }
                    index += bytes.count > index && bytes[index] == 0x1B ? 2 : 1
                } else {
                    index += 2
                }
                continue
            }
            if byte != 0x0D, byte != 0x08, byte != 0x07 { out.append(byte) }
            index += 1
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// Whether the raw output holds an SGR escape (bold, colour), as opposed to readline's cursor movement.
    var showsStyling: Bool {
        Self.plainTextHasSGR(raw)
    }

    /// Whether `bytes` hold a `CSI … m` sequence.
    static func plainTextHasSGR(_ bytes: [UInt8]) -> Bool {
        var index = 0
        while index + 1 < bytes.count {
            if bytes[index] == 0x1B, bytes[index + 1] == UInt8(ascii: "[") {
                var end = index + 2
                while end < bytes.count, (0x30...0x3F).contains(bytes[end]) { end += 1 }
                if end < bytes.count, bytes[end] == UInt8(ascii: "m") { return true }
                index = end
            } else {
                index += 1
            }
        }
        return false
    }
}
