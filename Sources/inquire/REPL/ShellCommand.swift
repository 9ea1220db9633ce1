import Foundation

/// A colon command of the shell (`:why`, `:top 3`, `:load PATH` …), parsed from a line.
enum ShellCommand: Equatable {
    /// `:help`: the list of commands and keys.
    case help
    /// `:why`: how the last answer was chosen.
    case why
    /// `:top N`: the last question's answer and its next `N` alternatives.
    case top(Int)
    /// `:sources`: the sentences retrieved for the last question, numbered.
    case sources
    /// `:open N`: sentence `N` of `:sources` in its paragraph (nil: the evidence of the answer).
    case open(Int?)
    /// `:load PATH`: switch to another corpus.
    case load(String)
    /// `:stats`: the size of the corpus and its index.
    case stats
    /// `:history`: the entries of the history.
    case history
    /// `:quit`: leave the shell.
    case quit
    /// A known command used wrongly; the message says how to use it.
    case usage(String)
    /// A command that does not exist.
    case unknown(String)

    /// One line of `:help`.
    struct Summary {
        /// The command as typed, with its argument ("`:top N`").
        let usage: String
        /// What it does.
        let summary: String
    }

    /// The commands, in the order `:help` lists them.
    static let summaries: [Summary] = [
        Summary(usage: ":why", summary: "explain the last answer: question class and focus, sentences, candidates"),
        Summary(usage: ":top N", summary: "show the last answer and its N best alternatives (default 5)"),
        Summary(usage: ":sources", summary: "list the sentences retrieved for the last question, numbered"),
        Summary(usage: ":open N", summary: "show sentence N of :sources in its paragraph (default: the evidence)"),
        Summary(usage: ":load PATH", summary: "switch to another corpus: a file, a folder, JSON Lines or SQuAD JSON"),
        Summary(usage: ":stats", summary: "documents, sentences, terms and index memory of the corpus"),
        Summary(usage: ":history", summary: "list the questions and commands entered"),
        Summary(usage: ":help", summary: "show this list"),
        Summary(usage: ":quit", summary: "leave the shell (Ctrl-D on an empty line does too)"),
    ]

    /// The most alternatives `:top` lists: far more than any answer has candidates, and small enough that
    /// counting rows past it cannot overflow (`:top 9223372036854775807` asks for them all).
    static let mostAlternatives = 10_000

    /// The command names, for completion.
    static let names: [String] = summaries.map { String($0.usage.prefix { $0 != " " }) }

    /// The command on `line`, or nil when the line is a question. `quit` and `exit` alone also leave, as in psql.
    static func parse(_ line: String) -> ShellCommand? {
        let trimmed = line.trimmingCharacters(in: .whitespaces)
        if trimmed == "quit" || trimmed == "exit" { return .quit }
        guard trimmed.hasPrefix(":") else { return nil }
        let name = String(trimmed.prefix { $0 != " " && $0 != "\t" })
        let argument = trimmed.dropFirst(name.count).trimmingCharacters(in: .whitespaces)
        switch name {
        case ":help", ":h", ":?": return argument.isEmpty ? .help : .usage("usage: :help")
        case ":why": return argument.isEmpty ? .why : .usage("usage: :why (explains the last answer)")
        case ":top":
            if argument.isEmpty { return .top(5) }
            guard let count = Int(argument), count >= 0 else { return .usage("usage: :top N, with N a number") }
            return .top(min(count, Self.mostAlternatives))
        case ":sources": return argument.isEmpty ? .sources : .usage("usage: :sources")
        case ":open":
            if argument.isEmpty { return .open(nil) }
            guard let number = Int(argument), number >= 1 else {
                return .usage("usage: :open N, with N a number from :sources")
            }
            return .open(number)
        case ":load": return argument.isEmpty ? .usage("usage: :load PATH") : .load(argument)
        case ":stats": return argument.isEmpty ? .stats : .usage("usage: :stats")
        case ":history": return argument.isEmpty ? .history : .usage("usage: :history")
        case ":quit", ":q", ":exit": return .quit
        default: return .unknown(name)
        }
    }
}

extension ShellCommand {
    /// The text of `:help`.
    static func helpText(style: Style) -> String {
        var out = "Ask a question in plain English, or use a command:\n"
        for line in summaries {
            out +=
                "  " + style.bold(line.usage.padding(toLength: 12, withPad: " ", startingAt: 0)) + line.summary + "\n"
        }
        out += """
            Keys: Up and Down recall earlier lines, Ctrl-R searches them, Tab completes commands and words of the
            corpus, Ctrl-C clears the line (or stops a long answer or load), Ctrl-D on an empty line leaves.

            """
        return out
    }
}
