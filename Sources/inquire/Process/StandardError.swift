import ArgumentParser
import Foundation
import InquireKit

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
