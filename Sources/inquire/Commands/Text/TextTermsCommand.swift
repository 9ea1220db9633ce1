import ArgumentParser
import InquireKit

/// `inquire text terms`: the index terms of each sentence, one sentence a line — exactly what the index sees,
/// so a peer (such as scikit-learn's TfidfVectorizer) can be fed the same terms.
struct TextTermsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "terms",
        abstract: "Print the index terms of each sentence, one sentence a line.",
        discussion: """
            The terms are the sentence's tokens without stopwords, stemmed with the English Snowball stemmer, \
            separated by spaces; a sentence with no terms prints an empty line. With --one-sentence-per-line \
            each non-blank input line is one sentence.
            """
    )

    @OptionGroup var input: TextInput

    @OptionGroup var lines: SentenceLineOptions

    /// The root command, which parses `--one-sentence-per-line` before this one can (see `TextInput`).
    @ParentCommand var inquire: Inquire

    mutating func run() throws {
        try input.printSentenceLines(
            source: lines.source, oneSentencePerLine: lines.oneSentencePerLine || inquire.corpus.oneSentencePerLine
        ) { Analyzer.terms($0).joined(separator: " ") }
    }
}
