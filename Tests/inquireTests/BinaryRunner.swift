import Foundation

/// Runs the built `inquire` executable and captures what it prints.
struct BinaryRunner {
    /// The result of one run.
    struct Result {
        let status: Int32
        let stdout: String
        let stderr: String
    }

    /// The `inquire` binary beside the test bundle (or `$INQUIRE_BINARY`).
    static var binary: URL {
        if let path = ProcessInfo.processInfo.environment["INQUIRE_BINARY"] { return URL(fileURLWithPath: path) }
        var folder = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
        if let exe = try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe") {
            folder = URL(fileURLWithPath: exe).deletingLastPathComponent()
        }
        while folder.path != "/" {
            let candidate = folder.appendingPathComponent("inquire")
            var isFolder: ObjCBool = false
            if FileManager.default.fileExists(atPath: candidate.path, isDirectory: &isFolder), !isFolder.boolValue {
                return candidate
            }
            folder.deleteLastPathComponent()
        }
        return URL(fileURLWithPath: "inquire")
    }

    /// A `Process` for `inquire` with `arguments`, started from the temporary folder (to show the tool does not
    /// depend on the working directory); not yet running.
    static func process(_ arguments: [String]) -> Process {
        let process = Process()
        process.executableURL = binary
        process.arguments = arguments
        process.currentDirectoryURL = FileManager.default.temporaryDirectory
        return process
    }

    /// Runs `inquire` with `arguments` under bash's `time` and returns its result with the CPU seconds (user and
    /// system) the run used: a measure of work that, unlike the wall clock, does not grow when other processes share
    /// the machine (tests run in parallel, so the test process's own children's times would mix them up).
    static func runTimed(_ arguments: [String]) throws -> (result: Result, cpuSeconds: Double) {
        let quoted = ([binary.path] + arguments).map { "'" + $0.replacingOccurrences(of: "'", with: "'\\''") + "'" }
        let script = "TIMEFORMAT='cpu %U %S'; time " + quoted.joined(separator: " ")
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/bash")
        process.arguments = ["-c", script]
        process.currentDirectoryURL = FileManager.default.temporaryDirectory
        let output = Pipe()
        let errors = Pipe()
        process.standardOutput = output
        process.standardError = errors
        process.standardInput = FileHandle.nullDevice
        try process.run()
        let out = output.fileHandleForReading.readDataToEndOfFile()
        let err = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        var lines = err.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        while lines.last == "" { lines.removeLast() }
        let timing = lines.popLast() ?? ""
        let seconds = timing.split(separator: " ").dropFirst().compactMap { Double($0) }.reduce(0, +)
        let stderr = lines.isEmpty ? "" : lines.joined(separator: "\n") + "\n"
        return (
            Result(status: process.terminationStatus, stdout: String(decoding: out, as: UTF8.self), stderr: stderr),
            seconds
        )
    }

    /// Runs `inquire` with `arguments`, feeding `stdin`, in `directory` (default: a temporary folder, to show the
    /// tool does not depend on the working directory).
    static func run(_ arguments: [String], stdin: String? = nil, environment: [String: String] = [:]) throws -> Result {
        let process = BinaryRunner.process(arguments)
        var env = ProcessInfo.processInfo.environment
        for (key, value) in environment { env[key] = value }
        process.environment = env
        let output = Pipe()
        let errors = Pipe()
        let input = Pipe()
        process.standardOutput = output
        process.standardError = errors
        process.standardInput = input
        try process.run()
        if let stdin { input.fileHandleForWriting.write(Data(stdin.utf8)) }
        try input.fileHandleForWriting.close()
        let out = output.fileHandleForReading.readDataToEndOfFile()
        let err = errors.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Result(
            status: process.terminationStatus, stdout: String(decoding: out, as: UTF8.self),
            stderr: String(decoding: err, as: UTF8.self))
    }
}
