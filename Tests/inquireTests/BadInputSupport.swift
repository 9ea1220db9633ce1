import Foundation

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
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("inquire-bad-\(UUID().uuidString)")
            .path
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        return path
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
        let process = Process()
        process.executableURL = BinaryRunner.binary
        process.arguments = arguments
        process.currentDirectoryURL = FileManager.default.temporaryDirectory
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

/// Reads a pipe to its end on another thread, so a chatty stream cannot block the process writing it.
final class Drain: @unchecked Sendable {
    private let lock = NSLock()
    private var data = Data()
    private let done = DispatchSemaphore(value: 0)

    init(_ pipe: Pipe) {
        let handle = pipe.fileHandleForReading
        Thread.detachNewThread { [self] in
            let all = handle.readDataToEndOfFile()
            lock.withLock { data = all }
            done.signal()
        }
    }

    /// Everything read, once the writer has closed the pipe.
    func text() -> String {
        done.wait()
        return lock.withLock { String(decoding: data, as: UTF8.self) }
    }
}
