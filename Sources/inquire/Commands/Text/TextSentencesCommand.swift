import ArgumentParser
import InquireKit

/// `inquire text sentences`: the sentences of a file, one a line, as the engine indexes them.
struct TextSentencesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "sentences",
        abstract: "Print the sentences of a file, one a line.",
        discussion: """
            Line breaks inside a sentence are printed as spaces, so each output line is one sentence and nothing \
            else. With --source each line starts with the sentence's file:line and a tab.
            """
    )

    @OptionGroup var input: TextInput

    @OptionGroup var lines: SentenceLineOptions

    /// The root command, which parses `--one-sentence-per-line` before this one can (see `TextInput`).
    @ParentCommand var inquire: Inquire

    mutating func run() throws {
        try input.printSentenceLines(
            source: lines.source, oneSentencePerLine: lines.oneSentencePerLine || inquire.corpus.oneSentencePerLine
        ) { $0.onOneLine }
    }
}
