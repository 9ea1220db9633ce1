import Foundation
import InquireKit

/// The settings file read when the shell starts, in the manner of `.sqliterc` and `.psqlrc`:
/// `$XDG_CONFIG_HOME/inquire/inquirerc`, else `~/.config/inquire/inquirerc`, holding colon commands one a line
/// (blank lines and lines starting with `#` are skipped).
struct RCFile {
    /// A command line and the line it stands on.
    struct Line: Equatable {
        /// The 1-based line.
        let number: Int
        /// The text, trimmed.
        let text: String
    }

    /// The file's path.
    let path: String
    /// The lines to run, in order.
    let lines: [Line]

    /// The rc file of `environment`, or nil when there is none; throws when it exists but cannot be read as text.
    static func load(environment: [String: String]) throws -> RCFile? {
        guard let path = DoctorReport.rcFile(environment: environment), FileKind.of(path) != nil else { return nil }
        let text = try TextDecoding.decode(try CorpusLoader.readBytes(path), path: path)
        return RCFile(path: path, text: text)
    }

    /// Parses rc-file text.
    init(path: String, text: String) {
        self.path = path
        var lines: [Line] = []
        for (index, line) in text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline).enumerated() {
            let trimmed = line.trimmingCharacters(in: .whitespaces)
            if trimmed.isEmpty || trimmed.hasPrefix("#") { continue }
            lines.append(Line(number: index + 1, text: trimmed))
        }
        self.lines = lines
    }
}
