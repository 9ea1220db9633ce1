import ArgumentParser
import Foundation
import InquireKit

extension Inquire {
    /// The entry point: parses the command line and runs the command, with every failure ending in
    /// `ErrorReporting.exit(withError:)`. It also sets up the process for scripts: SIGPIPE ignored, so a reader
    /// that leaves early ends the run quietly (see `StandardOutput`); temporary files removed when interrupted (see
    /// `Interruption`); the data folder checked before a command that reads it (see `ReadsEngineData`), the models
    /// loading meanwhile for one that answers (see `AnswersQuestions`); whatever
    /// `print` left buffered flushed and checked last.
    static func main() {
        StandardOutput.ignoreBrokenPipe()
        Interruption.install()
        do {
            var command: any ParsableCommand
            do {
                command = try parseAsRoot()
            } catch {
                if exitCode(for: error) == .validationFailure,
                    let message = unknownCommand(in: Array(CommandLine.arguments.dropFirst()))
                {
                    ErrorReporting.report(message)
                    Foundation.exit(ExitCode.validationFailure.rawValue)
                }
                throw error
            }
            if command is any AnswersQuestions { Annotator.preload() }
            if command is any ReadsEngineData { try ResourceBundle.checkEngineResources() }
            try command.run()
        } catch {
            ErrorReporting.exit(withError: error)
        }
        if fflush(nil) != 0 {
            if errno == EPIPE { Foundation.exit(0) }
            ErrorReporting.report("cannot write to standard output: \(String(cString: strerror(errno)))")
            Foundation.exit(1)
        }
    }
}

extension Inquire {
    /// The options of the root command that take a value (the word after them is not a subcommand).
    static let optionsWithValues: Set<String> = ["--corpus", "--ranking", "--index"]

    /// "unknown command 'aks'; did you mean 'ask'?" when the first word that is not an option is not a subcommand;
    /// nil when it is one (the usage error lies elsewhere) or there is no such word.
    static func unknownCommand(in arguments: [String]) -> String? {
        let names = configuration.subcommands.map { $0._commandName } + ["help"]
        var skipNext = false
        for argument in arguments {
            if skipNext {
                skipNext = false
                continue
            }
            if argument == "--" { return nil }
            if argument.hasPrefix("-") {
                skipNext = optionsWithValues.contains(argument)
                continue
            }
            if names.contains(argument) { return nil }
            if let close = Suggestion.closest(to: argument, among: names) {
                return "unknown command '\(argument)'; did you mean '\(close)'?"
            }
            return "unknown command '\(argument)'; see 'inquire --help' for the commands"
        }
        return nil
    }
}

/// The one place where errors are printed: one line on standard error, `Error: what went wrong and where`, then
/// exit status 1; usage errors keep argument-parser's message with the usage lines and EX_USAGE (64); help and
/// version requests print normally with status 0.
enum ErrorReporting {
    /// The longest message printed, in characters; longer ones are cut with "…" (a message may quote input).
    static let maximumLength = 2_000

    /// Prints `error` and ends the process with its exit status.
    static func exit(withError error: Error) -> Never {
        let code = Inquire.exitCode(for: error)
        if code != .failure || error is ExitCode || error is CleanExit || error is ValidationError {
            Inquire.exit(withError: error)
        }
        fflush(nil)  // what was printed before the failure comes first
        report(describe(error))
        Foundation.exit(1)
    }

    /// Writes `message` as one line, `Error: message`, on standard error.
    static func report(_ message: String) {
        StandardError.write("Error: " + oneLine(message) + "\n")
    }

    /// What went wrong, for errors of any layer: our own errors describe themselves; Foundation's file errors are
    /// turned into `path: reason`; JSON decoding errors name the coding path.
    static func describe(_ error: Error) -> String {
        switch error {
        case let error as CocoaError:
            return describe(error)
        case let error as POSIXError:
            return String(cString: strerror(error.code.rawValue))
        case let error as DecodingError:
            return describe(error)
        default:
            return String(describing: error)
        }
    }

    /// `path: reason` for Foundation file errors.
    static func describe(_ error: CocoaError) -> String {
        let path = error.filePath ?? error.url?.path
        let reason: String
        if let underlying = error.userInfo[NSUnderlyingErrorKey] as? NSError, underlying.domain == NSPOSIXErrorDomain {
            reason = String(cString: strerror(Int32(underlying.code)))
        } else {
            switch error.code {
            case .fileNoSuchFile, .fileReadNoSuchFile: reason = "no such file or folder"
            case .fileReadNoPermission, .fileWriteNoPermission: reason = "permission denied"
            case .fileWriteOutOfSpace: reason = "no space left on device"
            case .fileWriteVolumeReadOnly: reason = "read-only file system"
            case .fileReadInapplicableStringEncoding, .fileReadUnknownStringEncoding: reason = "not UTF-8 text"
            case .fileReadCorruptFile: reason = "the file is corrupt or not in the expected format"
            default: reason = error.localizedDescription
            }
        }
        return path.map { "\($0): \(reason)" } ?? reason
    }

    /// The decoding failure and where in the document it happened.
    static func describe(_ error: DecodingError) -> String {
        func location(_ path: [CodingKey]) -> String {
            path.isEmpty ? "" : " at " + path.map { $0.intValue.map { "[\($0)]" } ?? ".\($0.stringValue)" }.joined()
        }
        switch error {
        case .dataCorrupted(let context): return "invalid JSON\(location(context.codingPath))"
        case .keyNotFound(let key, let context):
            return "missing key \"\(key.stringValue)\"\(location(context.codingPath))"
        case .typeMismatch(_, let context), .valueNotFound(_, let context):
            return "\(context.debugDescription)\(location(context.codingPath))"
        @unknown default: return String(describing: error)
        }
    }

    /// `message` on one line: control characters (line breaks, tabs, escapes) shown as `\n`, `\t`, `\u{1B}`, and
    /// cut to `maximumLength` characters.
    static func oneLine(_ message: String) -> String {
        var out = ""
        var count = 0
        for scalar in message.unicodeScalars {
            if count >= maximumLength {
                out += "…"
                break
            }
            switch scalar {
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            default:
                if scalar.value < 0x20 || scalar.value == 0x7F || (0x80..<0xA0).contains(scalar.value) {
                    out += "\\u{\(String(scalar.value, radix: 16, uppercase: true))}"
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
            count += 1
        }
        return out
    }
}

/// Writes to standard error without ever trapping: `FileHandle.standardError.write(_:)` stops the process when the
/// write fails (a closed pipe, a hung-up terminal), and a message about one failure must not become a crash.
enum StandardError {
    /// Writes `text` at once (unbuffered); a failed write is dropped, there being nowhere left to report it.
    static func write(_ text: String) {
        var bytes = Array(text.utf8)[...]
        while !bytes.isEmpty {
            let written = bytes.withUnsafeBytes { Foundation.write(STDERR_FILENO, $0.baseAddress, $0.count) }
            if written < 0 && errno == EINTR { continue }
            if written <= 0 { return }
            bytes = bytes.dropFirst(written)
        }
    }
}
