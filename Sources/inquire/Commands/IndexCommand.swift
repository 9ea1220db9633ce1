import ArgumentParser
import Foundation
import InquireKit

/// `inquire index`: builds index files (and describes them), so that a large corpus is indexed once and then
/// loaded with `--index FILE` in milliseconds.
struct IndexCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "index",
        abstract: "Build and inspect index files.",
        subcommands: [IndexBuildCommand.self, IndexInfoCommand.self, IndexVerifyCommand.self]
    )
}
