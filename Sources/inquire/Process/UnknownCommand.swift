import ArgumentParser
import Foundation
import InquireKit

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
