import ArgumentParser
import Foundation
import InquireKit

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
        case let error as IndexFileError where error.needsRebuild:
            return "\(error) with `inquire index build`"
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
