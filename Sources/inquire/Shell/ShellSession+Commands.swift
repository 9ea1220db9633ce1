import Foundation
import InquireKit

/// The commands of the second round (`:search`, `:timer`, `:mode`, `:set`, `:show`, `:read`, `:output`, `:docs`),
/// the rc file, and where output goes: answers in the current mode to the screen or the `:output` file, long
/// reports through the pager, errors to the screen (or, from the rc file and piped input, to standard error).
extension ShellSession {
    /// Runs one of the commands added in this file.
    func performAddedCommand(_ command: ShellCommand) {
        switch command {
        case .search(let query):
            let hits = engine.search(query, top: 10)
            show(SearchRendering.plain(hits, engine, query: query) + "\n")
        case .timer(let on):
            settings.timer = on
        case .mode(let mode):
            settings.mode = mode
            output.tsvHeaderWritten = false
        case .set(let setting):
            settings.apply(setting)
            engine = settings.configure(engine)
            if case .colour(let on) = setting { style = on ? Style(enabled: true) : .plain }
        case .show:
            let width = (settings.rows.map(\.0.count).max() ?? 0) + 2
            var text = settings.rows.map {
                "  " + style.bold($0.0.padding(toLength: width, withPad: " ", startingAt: 0)) + $0.1 + "\n"
            }
            .joined()
            text +=
                "  " + style.bold("output".padding(toLength: width, withPad: " ", startingAt: 0))
                + (output.path ?? "the screen") + "\n"
            show(text)
        case .read(let path):
            read((path as NSString).expandingTildeInPath)
        case .output(let path):
            switchOutput(to: path.map { ($0 as NSString).expandingTildeInPath })
        case .docs:
            show(docsText())
        default:
            break
        }
    }

    /// The text of an answer in the current mode; in text mode the shell's view on a terminal, the plain text of
    /// `ask` otherwise (piped input, or answers going to a file).
    func render(question: String, answer: Answer) -> String {
        switch settings.mode {
        case .text:
            if interactive && output.path == nil { return AnswerView(style: style, width: wrapWidth).render(answer) }
            return (output.path == nil ? "" : "Q: \(question)\n") + AnswerRendering.plain(answer)
        case .json:
            return AnswerJSONLine.line(question: question, answer: answer) + "\n"
        case .tsv:
            var text = output.tsvHeaderWritten ? "" : AnswerTSVRow.header + "\n"
            output.tsvHeaderWritten = true
            text += AnswerTSVRow.row(question: question, answer: answer) + "\n"
            return text
        }
    }

    /// Sends an answer to the `:output` file, or else to the screen.
    func emit(_ text: String) {
        if !output.collect(text) { say(text) }
    }

    /// Shows `text` on the screen, through the pager when it is taller than the terminal (interactive sessions on
    /// a terminal with the pager on only).
    func show(_ text: String) {
        guard interactive, settings.pager, isatty(STDOUT_FILENO) == 1, let editor,
            Pager.isTaller(text, than: editor.screenRows),
            let pager = Pager.resolve(environment: ProcessInfo.processInfo.environment)
        else {
            say(text)
            return
        }
        fflush(nil)
        if !pager.show(text) { say(text) }
        // Ctrl-C in the pager belongs to the pager.
        _ = Signals.takeInterrupt()
    }

    /// Reports a problem with a command: on the screen in the shell; on standard error, with the rc file's line
    /// or as a warning, from the rc file and piped input.
    func complain(_ message: String) {
        if let location {
            StandardError.write(ErrorReporting.oneLine("\(location): \(message)") + "\n")
        } else if interactive {
            say(message + "\n")
        } else {
            StandardError.write("inquire: " + ErrorReporting.oneLine(message) + "\n")
        }
    }

    /// Ends the session cleanly: the `:output` file, if any, is written.
    func finish() {
        switchOutput(to: nil)
    }

    /// Runs the rc file's commands; a line that is not a colon command, or a command that fails, is reported with
    /// the file and line, and the next line runs.
    func runRCFile() {
        let rc: RCFile?
        do {
            rc = try RCFile.load(environment: ProcessInfo.processInfo.environment)
        } catch {
            StandardError.write("inquire: warning: rc file not read: " + ErrorReporting.describe(error) + "\n")
            return
        }
        guard let rc else { return }
        defer { location = nil }
        for line in rc.lines {
            location = "\(rc.path):\(line.number)"
            guard let command = ShellCommand.parse(line.text) else {
                complain("not a colon command: \(line.text)")
                continue
            }
            switch command {
            case .quit, .rerun: complain("\(line.text) is not for the rc file")
            default: perform(command)
            }
        }
    }

    /// `:read FILE`: answers the file's questions in turn, each after its question; Ctrl-C stops at the question
    /// being answered, and the answers given stay.
    private func read(_ path: String) {
        guard path != "-" else {
            complain("usage: :read FILE (standard input is where the commands come from)")
            return
        }
        let file: QuestionFile
        do {
            file = try QuestionFile.read(path: path)
        } catch {
            complain(ErrorReporting.describe(error))
            return
        }
        for (done, entry) in file.entries.enumerated() {
            if output.path == nil && settings.mode == .text { say(style.bold("Q: " + entry.question) + "\n") }
            guard ask(entry.question) else {
                say(style.dim("stopped after \(done) of \(file.entries.count) questions") + "\n")
                return
            }
        }
    }

    /// `:output FILE` / `:output`: writes the answers collected for the current file, if any, then sends answers
    /// to `path` (nil: the screen).
    private func switchOutput(to path: String?) {
        do {
            if let written = try output.finish(), interactive {
                let answers = "\(written.answers) answer\(written.answers == 1 ? "" : "s")"
                say(style.dim("wrote \(answers) to \(written.path)") + "\n")
            }
        } catch {
            complain(ErrorReporting.describe(error))
        }
        guard let path else { return }
        do {
            try output.start(path)
        } catch {
            complain(error.description)
        }
    }

    /// `:docs`: each document with its sentence count and source.
    private func docsText() -> String {
        let corpus = engine.corpus
        let width = String(corpus.documents.count).count
        var text = ""
        for (number, document) in corpus.documents.enumerated() {
            let count = corpus.sentenceRanges[number].count
            let name = document.title.map { "\(document.id) · \($0)" } ?? document.id
            text +=
                "  " + style.dim(String(number + 1).leftPadded(to: width)) + "  " + name + " · "
                + "\(count) sentence\(count == 1 ? "" : "s")"
                + (document.source == document.id ? "" : "  " + style.dim(document.source)) + "\n"
        }
        return text
    }
}
