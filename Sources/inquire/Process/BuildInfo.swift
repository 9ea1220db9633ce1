import Foundation
import InquireKit

/// The version of `inquire` and the commit it was built from.
///
/// The version is written here; the commit cannot be known to a plain `swift build`, so `scripts/install.sh`
/// records it (with `git describe --always --dirty`) in `share/inquire/build-info.txt` beside the binary it
/// installs. A binary with no such file beside it — `swift run`, `swift test` — says it is a development build.
enum BuildInfo {
    /// The version of this source tree.
    static let version = "0.1.0"

    /// The file `scripts/install.sh` writes in the installed data folder.
    static let fileName = "build-info.txt"

    /// What `--version` prints: `0.1.0 (commit 3aac465)` for an installed binary, else
    /// `0.1.0 (development build)`.
    static let versionLine: String = {
        let file = DataLocator.runningExecutable().deletingLastPathComponent()
            .appendingPathComponent("../share/inquire/\(fileName)").standardizedFileURL
        let text = FileManager.default.contents(atPath: file.path).map { String(decoding: $0, as: UTF8.self) }
        return describe(version: version, buildInfo: text)
    }()

    /// `version (commit …)` when `buildInfo` (the text of a build-info file) names a commit, else
    /// `version (development build)`.
    static func describe(version: String, buildInfo: String?) -> String {
        for line in (buildInfo ?? "").split(separator: "\n") where line.hasPrefix("commit ") {
            let commit = line.dropFirst("commit ".count).trimmingCharacters(in: .whitespaces)
            if !commit.isEmpty { return "\(version) (commit \(commit))" }
        }
        return "\(version) (development build)"
    }
}
