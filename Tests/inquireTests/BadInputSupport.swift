import Foundation
import TestSupport

/// Scratch files and process plumbing for the bad-input tests: temporary folders, files with exact bytes, and runs
/// of the binary that `BinaryRunner` does not cover (raw bytes on standard input, a reader that hangs up early,
/// standard output sent to a file, a signal sent mid-run).
enum Scratch {
    /// The default article, read from the repository (so the tests need nothing outside the checkout).
    static let article: String = {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent()
        let path = root.appendingPathComponent("Corpus/pakistan-iran-airstrikes.txt").path
        return (try? String(contentsOfFile: path, encoding: .utf8)) ?? ""
    }()

    /// A fresh empty folder.
    static func folder() throws -> String {
        try ScratchSpace.folder("inquire-bad")
    }

    /// A file named `name` in a fresh folder, holding exactly `bytes`.
    static func file(_ name: String, _ bytes: [UInt8]) throws -> String {
        let path = try folder() + "/" + name
        try Data(bytes).write(to: URL(fileURLWithPath: path))
        return path
    }

    /// A file named `name` in a fresh folder, holding `text` as UTF-8.
    static func file(_ name: String, _ text: String) throws -> String {
        try file(name, Array(text.utf8))
    }

    /// The result of a run that stopped reading after the first line.
    struct EarlyClose {
        /// The first line of standard output, without its line break.
        let firstLine: String
        /// The exit status (or the signal number, when `signalled`).
        let status: Int32
        /// Whether the process was ended by a signal.
        let signalled: Bool
        /// Everything printed on standard error.
        let stderr: String
    }

    /// Starts the binary with pipes on all three streams.
    static func start(_ arguments: [String], stdout: FileHandle? = nil) throws -> (Process, Pipe, Pipe, Pipe) {
        signal(SIGPIPE, SIG_IGN)  // a child that exits early must not take the test runner with it
        let process = BinaryRunner.process(arguments)
        let input = Pipe()
        let output = Pipe()
        let errors = Pipe()
        process.standardInput = input
        process.standardOutput = stdout ?? output
        process.standardError = errors
        try process.run()
        return (process, input, output, errors)
    }

    /// Feeds `bytes` to `pipe` on another thread, then closes it; write errors (the reader left) end the feed.
    static func feed(_ bytes: [UInt8], to pipe: Pipe) {
        let handle = pipe.fileHandleForWriting
        Thread.detachNewThread {
            bytes.withUnsafeBytes { raw in
                guard let base = raw.baseAddress else { return }
                var offset = 0
                while offset < raw.count {
                    let written = write(handle.fileDescriptor, base + offset, raw.count - offset)
                    if written <= 0 { break }
                    offset += written
                }
            }
            try? handle.close()
        }
    }

    /// Runs the binary with raw `stdin` bytes (fed concurrently, so any size works).
    static func run(_ arguments: [String], stdinBytes: [UInt8]) throws -> BinaryRunner.Result {
        let (process, input, output, errors) = try start(arguments)
        feed(stdinBytes, to: input)
        let errorData = Drain(errors)
        let out = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return BinaryRunner.Result(
            status: process.terminationStatus, stdout: String(decoding: out, as: UTF8.self),
            stderr: errorData.text())
    }

    /// Runs the binary with standard output sent to the file at `stdoutPath` (such as /dev/full).
    static func run(_ arguments: [String], stdout stdoutPath: String) throws -> BinaryRunner.Result {
        guard let sink = FileHandle(forWritingAtPath: stdoutPath) else {
            throw CocoaError(.fileWriteNoPermission, userInfo: [NSFilePathErrorKey: stdoutPath])
        }
        let (process, input, _, errors) = try start(arguments, stdout: sink)
        try input.fileHandleForWriting.close()
        let err = errors.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return BinaryRunner.Result(
            status: process.terminationStatus, stdout: "", stderr: String(decoding: err, as: UTF8.self))
    }

    /// Runs the binary with standard input opened from `path` (a folder, a device), as `inquire … < path` does.
    static func run(_ arguments: [String], stdinFrom path: String) throws -> BinaryRunner.Result {
        guard let source = FileHandle(forReadingAtPath: path) else {
            throw CocoaError(.fileReadNoPermission, userInfo: [NSFilePathErrorKey: path])
        }
        let process = BinaryRunner.process(arguments)
        let output = Pipe()
        let errors = Pipe()
        process.standardInput = source
        process.standardOutput = output
        process.standardError = errors
        try process.run()
        let errorData = Drain(errors)
        let out = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return BinaryRunner.Result(
            status: process.terminationStatus, stdout: String(decoding: out, as: UTF8.self),
            stderr: errorData.text())
    }

    /// Runs the binary, reads the first line of its output and then closes the pipe, as `| head -1` does.
    static func runReadingFirstLine(_ arguments: [String], stdin: String) throws -> EarlyClose {
        let (process, input, output, errors) = try start(arguments)
        feed(Array(stdin.utf8), to: input)
        let errorData = Drain(errors)
        let reader = output.fileHandleForReading
        var line: [UInt8] = []
        while true {
            let chunk = reader.availableData
            if chunk.isEmpty { break }
            line += chunk
            if line.contains(0x0A) { break }
        }
        try reader.close()
        process.waitUntilExit()
        let first = line.split(separator: 0x0A, omittingEmptySubsequences: false).first.map { Array($0) } ?? []
        return EarlyClose(
            firstLine: String(decoding: first, as: UTF8.self), status: process.terminationStatus,
            signalled: process.terminationReason == .uncaughtSignal, stderr: errorData.text())
    }
}

extension Scratch {
    /// The result of a run interrupted by a signal.
    struct Interrupted {
        /// The exit status, or the signal number when `signalled`.
        let status: Int32
        /// Whether the process was ended by a signal.
        let signalled: Bool
        /// Everything printed on standard error.
        let stderr: String
        /// How long the process took to end after the signal.
        let secondsToEnd: Double
    }

    /// Runs the binary as a shell would start it (default signal handlers, nothing blocked: a test runner's
    /// threads block signals, and `Process` passes that mask on), sends it `signal` after `delay` seconds (Ctrl-C is
    /// SIGINT) and waits for it to end. Standard input is /dev/null; standard output is discarded.
    static func runInterrupted(_ arguments: [String], after delay: Double, signal number: Int32 = SIGINT) throws
        -> Interrupted
    {
        var errorPipe: [Int32] = [0, 0]
        guard pipe(&errorPipe) == 0 else { throw CocoaError(.fileWriteUnknown) }
        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        var defaults = sigset_t()
        sigemptyset(&defaults)
        for signal in [SIGINT, SIGTERM, SIGHUP, SIGPIPE] { sigaddset(&defaults, signal) }
        var empty = sigset_t()
        sigemptyset(&empty)
        posix_spawnattr_setsigdefault(&attributes, &defaults)
        posix_spawnattr_setsigmask(&attributes, &empty)
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGDEF) | Int16(POSIX_SPAWN_SETSIGMASK))
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
        posix_spawn_file_actions_adddup2(&actions, errorPipe[1], 2)
        posix_spawn_file_actions_addclose(&actions, errorPipe[0])
        let binary = BinaryRunner.binary.path
        let argv = ([binary] + arguments).map { strdup($0) } + [nil]
        let envp = ProcessInfo.processInfo.environment.map { strdup("\($0.key)=\($0.value)") } + [nil]
        defer {
            argv.forEach { free($0) }
            envp.forEach { free($0) }
        }
        var child: pid_t = 0
        let spawned = posix_spawn(&child, binary, &actions, &attributes, argv, envp)
        close(errorPipe[1])
        guard spawned == 0 else {
            close(errorPipe[0])
            throw CocoaError(.executableLoad, userInfo: [NSFilePathErrorKey: binary])
        }
        let errors = FileHandle(fileDescriptor: errorPipe[0], closeOnDealloc: true)
        let errorData = Drain(errors)
        Thread.sleep(forTimeInterval: delay)
        let sent = Date()
        kill(child, number)
        var status: Int32 = 0
        while waitpid(child, &status, 0) < 0 && errno == EINTR {}
        let seconds = Date().timeIntervalSince(sent)
        let signalled = status & 0x7F != 0 && status & 0x7F != 0x7F
        return Interrupted(
            status: signalled ? status & 0x7F : (status >> 8) & 0xFF, signalled: signalled,
            stderr: errorData.text(), secondsToEnd: seconds)
    }
}

/// Reads a pipe to its end on another thread, so a chatty stream cannot block the process writing it.
final class Drain: @unchecked Sendable {
    private let lock = NSLock()
    private var data = Data()
    private let done = DispatchSemaphore(value: 0)

    /// Starts reading `handle` to its end.
    init(_ handle: FileHandle) {
        Thread.detachNewThread { [self] in
            let all = handle.readDataToEndOfFile()
            lock.withLock { data = all }
            done.signal()
        }
    }

    /// Starts reading the read end of `pipe` to its end.
    convenience init(_ pipe: Pipe) {
        self.init(pipe.fileHandleForReading)
    }

    /// Everything read, once the writer has closed the pipe.
    func text() -> String {
        done.wait()
        return lock.withLock { String(decoding: data, as: UTF8.self) }
    }
}
