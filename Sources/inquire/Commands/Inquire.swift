import ArgumentParser
import Foundation
import InquireKit

/// The `inquire` command: asks questions of a corpus of articles. With no subcommand it opens the interactive
/// shell on a terminal, or answers one question a line from standard input otherwise.
@main
struct Inquire: ParsableCommand, ReadsEngineData {
    static let configuration = CommandConfiguration(
        commandName: "inquire",
        abstract: "Ask questions of a pile of articles and get short answers with their evidence.",
        discussion: """
            With no subcommand, inquire opens an interactive shell when standard input is a terminal, and otherwise \
            reads one question a line from standard input and answers each. The default corpus is the article \
            embedded in the build; name another with --corpus.
            """,
        version: BuildInfo.versionLine,
        subcommands: [
            AskCommand.self, RunCommand.self, EvalCommand.self, ClassifyCommand.self, SearchCommand.self,
            IndexCommand.self, TextCommand.self, DoctorCommand.self,
        ]
    )

    @OptionGroup var corpus: CorpusOptions

    @Flag(name: .long, help: "Do not read the rc file ($XDG_CONFIG_HOME/inquire/inquirerc) at start.")
    var noRC = false

    @Flag(name: .long, help: "With questions piped in: print each line before its answer.")
    var echo = false

    mutating func run() throws {
        if isatty(STDIN_FILENO) == 1 {
            try Shell(corpusOptions: corpus, readsRCFile: !noRC).run()
        } else {
            Engine.preloadResources()
            let session = ShellSession(
                engine: try corpus.loadEngine(), indexing: .zero, options: corpus, style: .plain, interactive: false)
            session.echo = echo
            if !noRC { session.runRCFile() }
            try LineMode(session: session).run()
        }
    }
}
