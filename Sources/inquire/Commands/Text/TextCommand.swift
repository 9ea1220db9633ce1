import ArgumentParser
import Foundation
import InquireKit

/// `inquire text`: the text-analysis debugging tools — how a file splits into sentences, tokens and index terms,
/// and what a word stems to. What a user reaches for when an answer surprises them.
struct TextCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "text",
        abstract: "Show how text is split into sentences, tokens, index terms and stems, and how it parses.",
        discussion: """
            Each tool reads a FILE (a text file, a folder of .txt/.md files, JSON Lines or SQuAD JSON, as --corpus \
            does) or, with - or no FILE, standard input as plain text, and prints one item a line.
            """,
        subcommands: [
            TextSentencesCommand.self, TextTokensCommand.self, TextTermsCommand.self, TextNumbersCommand.self,
            TextStemCommand.self, TextParseCommand.self,
        ]
    )
}
