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

    @Option(
        name: .long,
        help: ArgumentHelp(
            "An index file from `inquire index build`, loaded instead of indexing (with --corpus, checked against it).",
            valueName: "file"))
    var index: String?

    /// The path of the corpus to read: the one given, or the default article of the data folder.
    func corpusPath() throws -> String {
        if let corpus { return corpus }
        return try ResourceBundle.defaultCorpus(named: DefaultCorpus.fileName).path
    }

    /// Loads the corpus and builds its engine.
    func loadEngine() throws -> Engine {
        if let index { return try loadEngine(indexFile: index) }
        let loaded = try loadCorpus()
        return Engine(corpus: loaded, index: IndexBuild.index(of: loaded, progress: true), ranking: ranking)
    }
}

extension Ranking: ExpressibleByArgument {}

/// A failure of a command, printed as one line.
struct CommandFailure: Error, CustomStringConvertible {
    /// The message.
    let description: String

    init(_ description: String) { self.description = description }
}
