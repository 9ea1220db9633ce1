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
    /// `:history N` or `!N`: run entry `N` of the history again.
    case rerun(Int)
    /// `:search QUERY`: the best-matching sentences with their scores and sources.
    case search(String)
    /// `:timer on|off`: show the time of each stage after each answer.
    case timer(Bool)
    /// `:mode text|json|tsv`: the answer format.
    case mode(AnswerMode)
    /// `:set NAME VALUE`: change a setting.
    case set(ShellSetting)
    /// `:show`: the settings.
    case show
    /// `:read FILE`: answer every question of a question file.
    case read(String)
    /// `:output FILE` (send answers to the file) or `:output` (back to the screen; nil).
    case output(String?)
    /// `:docs`: the documents loaded, with their sentence counts.
    case docs
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
        Summary(usage: ":search QUERY", summary: "the sentences that best match QUERY, with scores and sources"),
        Summary(usage: ":docs", summary: "the documents loaded, with their sentence counts"),
        Summary(usage: ":read FILE", summary: "answer every question of FILE, one a line (Ctrl-C stops)"),
        Summary(usage: ":output FILE", summary: "send answers to FILE (written when :output alone sends them back)"),
        Summary(usage: ":mode MODE", summary: "the answer format: text, json or tsv (as run --format)"),
        Summary(usage: ":timer on|off", summary: "after each answer, the time of each stage in ms"),
        Summary(usage: ":set NAME VALUE", summary: "ranking, threshold, alternatives, retrieved, colour, pager"),
        Summary(usage: ":show", summary: "the settings and their values"),
        Summary(usage: ":history [N]", summary: "list the questions and commands entered, or run entry N (!N too)"),
        Summary(usage: ":help", summary: "show this list"),
        Summary(usage: ":quit", summary: "leave the shell (Ctrl-D on an empty line does too)"),
    ]

    /// The most alternatives `:top` lists: far more than any answer has candidates, and small enough that
    /// counting rows past it cannot overflow (`:top 9223372036854775807` asks for them all).
    static let mostAlternatives = 10_000

    /// The command names, for completion.
    static let names: [String] = summaries.map { String($0.usage.prefix { $0 != " " }) }

    /// A message saying how a command is used or what is wrong with it.
    struct Problem: Error, Equatable {
        /// The message, one line.
        let message: String

        init(_ message: String) { self.message = message }
    }

    /// The command on `line`, or nil when the line is a question. `help`, `quit` and `exit` alone work without the
    /// colon, as in psql; `!N` runs history entry N.
    static func parse(_ line: String) -> ShellCommand? {
        let trimmed = line.trimmingCharacters(in: .whitespaces)
        if trimmed == "quit" || trimmed == "exit" { return .quit }
        if trimmed == "help" { return .help }
        if trimmed.hasPrefix("!"), let number = Int(trimmed.dropFirst()) {
            return number >= 1 ? .rerun(number) : .usage("usage: !N, with N a number from :history")
        }
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
        case ":history":
            if argument.isEmpty { return .history }
            guard let number = Int(argument), number >= 1 else {
                return .usage("usage: :history N, with N a number from :history")
            }
            return .rerun(number)
        case ":search": return argument.isEmpty ? .usage("usage: :search QUERY") : .search(argument)
        case ":timer":
            switch argument {
            case "on": return .timer(true)
            case "off": return .timer(false)
            default: return .usage("usage: :timer on|off")
            }
        case ":mode":
            guard let mode = AnswerMode(name: argument) else { return .usage("usage: :mode text|json|tsv") }
            return .mode(mode)
        case ":set":
            let parts = argument.split(whereSeparator: \.isWhitespace).map(String.init)
            guard parts.count == 2 else {
                return .usage("usage: :set NAME VALUE, NAME one of \(ShellSetting.names.joined(separator: ", "))")
            }
            switch ShellSetting.parse(name: parts[0], value: parts[1]) {
            case .success(let setting): return .set(setting)
            case .failure(let problem): return .usage(problem.message)
            }
        case ":show": return argument.isEmpty ? .show : .usage("usage: :show")
        case ":read": return argument.isEmpty ? .usage("usage: :read FILE") : .read(argument)
        case ":output": return .output(argument.isEmpty ? nil : argument)
        case ":docs": return argument.isEmpty ? .docs : .usage("usage: :docs")
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
                "  " + style.bold(line.usage.padding(toLength: 17, withPad: " ", startingAt: 0)) + line.summary + "\n"
        }
        out += """
            Keys: Up and Down recall earlier lines, Ctrl-R searches them, Tab completes commands and words of the
            corpus, Ctrl-C clears the line (or stops a long answer or load), Ctrl-D on an empty line leaves.

            """
        return out
    }
}

extension ShellCommand {
    /// The message for an unknown command: "unknown command ':serch'; did you mean ':search'?".
    static func unknownMessage(_ name: String) -> String {
        let aliases = [":h", ":q", ":exit"]
        if let close = Suggestion.closest(to: name, among: names + aliases) {
            return "unknown command '\(name)'; did you mean '\(close)'?"
        }
        return "unknown command '\(name)'; type :help for the list"
    }
}
