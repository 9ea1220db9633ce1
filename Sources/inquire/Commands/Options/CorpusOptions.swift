import ArgumentParser
import DefaultCorpus
import Foundation
import InquireKit

/// The options that choose the corpus and how it is indexed, shared by every command that answers or searches.
struct CorpusOptions: ParsableArguments {
    @Option(
        name: .long,
        help: ArgumentHelp(
            "A text file, a folder of .txt/.md files, JSON Lines of {id,title,text}, or a SQuAD JSON file.",
            valueName: "path"))
    var corpus: String?

    @Option(name: .long, help: "How sentences are ranked: tfidf (default) or bm25.")
    var ranking: Ranking = .tfidf

    @Flag(name: .long, help: "Take each line of the corpus as one sentence (for corpora already split).")
    var oneSentencePerLine = false

    @Flag(
        name: .long,
        help: "Refuse corpus files that are not UTF-8 (by default they are read as Windows-1252, with a warning).")
    var strictEncoding = false

    @Option(
        name: .long,
        help: ArgumentHelp(
            "An index file from `inquire index build`, loaded instead of indexing (with --corpus, checked against it).",
            valueName: "file"))
    var index: String?
}

extension Ranking: ExpressibleByArgument {}
