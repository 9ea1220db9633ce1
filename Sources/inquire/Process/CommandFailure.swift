import ArgumentParser
import DefaultCorpus
import Foundation
import InquireKit

/// A failure of a command, printed as one line.
struct CommandFailure: Error, CustomStringConvertible {
    /// The message.
    let description: String

    init(_ description: String) { self.description = description }
}
