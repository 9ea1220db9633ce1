import ArgumentParser
import Foundation
import InquireKit

/// The interactive shell, in the manner of sqlite3's and psql's: a one-line banner, a prompt, questions answered
/// with their evidence, colon commands (`:help` lists them), persistent history and Tab completion.
struct Shell {
    /// The corpus to open and how to index it.
    let corpusOptions: CorpusOptions

    /// The prompt.
    static let prompt = "inquire> "

    /// Loads the corpus, shows the banner and answers until `:quit`, Ctrl-D or the end of input. Throws an exit
    /// code when SIGTERM or SIGHUP ends the shell.
    func run() throws {
        // Readline reads multibyte input by the locale's character type; Swift programs start in the "C" locale.
        setlocale(LC_CTYPE, "")
        Signals.install()
        // The gazetteer's tables take longer to load than the default corpus takes to index: load them on a
        // background thread so the prompt does not wait for them.
        Gazetteer.preload()
        let clock = ContinuousClock()
        let start = clock.now
        let engine = try corpusOptions.loadEngine()
        let session = ShellSession(
            engine: engine, indexing: start.duration(to: clock.now), options: corpusOptions,
            style: Style.forStandardOutput())
        try session.run()
    }
}

/// The state of one run of the shell: the engine, the last question and its answer, history and line editing.
/// Lives on the main thread (readline's state is global).
final class ShellSession {
    /// The engine questions go to; replaced by `:load`.
    private var engine: Engine
    /// How long loading and indexing the current corpus took.
    private var indexing: Duration
    /// The command-line options (ranking, one sentence a line), reused by `:load`.
    private let options: CorpusOptions
    /// Bold and colour, or plain text.
    private let style: Style
    /// The entries of this and earlier sessions, and their file.
    private var history: ShellHistory
    /// Readline.
    private let editor: LineEditor
    /// The last question answered, and its answer.
    private var last: (question: String, answer: Answer)?

    /// A session on `engine` (which took `indexing` to build); history and line editing are set up here.
    init(engine: Engine, indexing: Duration, options: CorpusOptions, style: Style) {
        self.engine = engine
        self.indexing = indexing
        self.options = options
        self.style = style
        history = ShellHistory(settings: HistorySettings.resolve(environment: ProcessInfo.processInfo.environment)) {
            message in
            StandardError.write("inquire: warning: \(message)\n")
        }
        editor = LineEditor(
            completer: Completer(corpus: engine.corpus), history: history.entries, limit: history.limit)
    }

    /// The banner, then the read–answer loop.
    func run() throws {
        say(banner())
        while true {
            switch editor.read(prompt: Shell.prompt) {
            case .line(let line):
                // A bracketed paste can bring several lines at once: each is taken as if typed on its own.
                for piece in line.split(whereSeparator: \.isNewline) {
                    let trimmed = piece.trimmingCharacters(in: .whitespaces)
                    if trimmed.isEmpty { continue }
                    if history.record(trimmed) { editor.addHistory(trimmed) }
                    if let command = ShellCommand.parse(trimmed) {
                        if command == .quit { return }
                        perform(command)
                    } else {
                        ask(trimmed)
                    }
                }
            case .interrupted:
                continue
            case .end:
                say("\n")
                return
            case .terminated(let number):
                say("\n")
                throw ExitCode(128 + number)
            }
        }
    }

    /// The one-line banner: corpus, size, indexing time and the `:help` hint.
    private func banner() -> String {
        let corpus = engine.corpus
        let documents = corpus.documents.count
        let sentences = corpus.sentences.count
        return style.bold("inquire") + " · \(corpus.name): \(documents) document\(documents == 1 ? "" : "s"), "
            + "\(sentences) sentence\(sentences == 1 ? "" : "s"), indexed in \(StatsReport.milliseconds(indexing))"
            + " · type :help for commands, Ctrl-D to leave\n"
    }

    /// Answers `question` (on a background thread, so Ctrl-C can give up on it) and shows the answer.
    private func ask(_ question: String) {
        let engine = self.engine
        guard
            let answer = Interruptible.run({ cancellation in
                engine.answer(question, alternatives: 5, cancellation: cancellation)
            })
        else {
            say("\n" + style.dim("interrupted") + "\n")
            return
        }
        last = (question, answer)
        say(AnswerView(style: style, width: wrapWidth).render(answer))
    }

    /// Runs a colon command.
    private func perform(_ command: ShellCommand) {
        switch command {
        case .help:
            say(ShellCommand.helpText(style: style))
        case .why:
            guard let last = requireQuestion() else { return }
            say(WhyReport(style: style, width: editor.screenWidth).render(last.answer, engine: engine))
        case .top(let count):
            guard let last = requireQuestion() else { return }
            let engine = self.engine
            guard
                let answer = Interruptible.run({ cancellation in
                    engine.answer(last.question, alternatives: count, cancellation: cancellation)
                })
            else {
                say("\n" + style.dim("interrupted") + "\n")
                return
            }
            say(
                TopReport(style: style, width: editor.screenWidth).render(
                    answer, alternatives: count, corpus: engine.corpus))
        case .sources:
            guard let last = requireQuestion() else { return }
            say(SourcesReport(style: style, width: editor.screenWidth).list(last.answer, corpus: engine.corpus))
        case .open(let number):
            open(number)
        case .load(let path):
            load(path)
        case .stats:
            say(StatsReport(style: style).render(engine, indexing: indexing))
        case .history:
            for (number, entry) in history.entries.enumerated() {
                say(style.dim(String(number + 1).leftPadded(to: 5)) + "  " + entry + "\n")
            }
        case .quit:
            break
        case .usage(let message):
            say(message + "\n")
        case .unknown(let name):
            say("unknown command \(name); type :help for the list\n")
        }
    }

    /// `:open N`: sentence N of `:sources`, or the evidence of the last answer, in its paragraph.
    private func open(_ number: Int?) {
        guard let last = requireQuestion() else { return }
        let ids = SourcesReport.sentences(of: last.answer)
        let sentence: Int
        if let number {
            guard number <= ids.count else {
                say(
                    "there \(ids.count == 1 ? "is" : "are") \(ids.count) source\(ids.count == 1 ? "" : "s"); "
                        + "see :sources\n")
                return
            }
            sentence = ids[number - 1]
        } else {
            guard let evidence = last.answer.evidence?.sentence else {
                say("the last question has no evidence sentence; see :sources\n")
                return
            }
            sentence = evidence
        }
        let evidence = last.answer.evidence
        let range = evidence?.sentence == sentence && last.answer.kind == .span ? evidence?.range : nil
        say(
            SourcesReport(style: style, width: wrapWidth ?? 80).open(
                sentence, corpus: engine.corpus, answerRange: range))
    }

    /// `:load PATH`: reads and indexes another corpus on a background thread (Ctrl-C gives up and keeps the
    /// current one), then switches to it.
    private func load(_ path: String) {
        let expanded = (path as NSString).expandingTildeInPath
        let oneSentencePerLine = options.oneSentencePerLine
        let ranking = options.ranking
        say(style.dim("loading \(expanded) …") + "\n")
        let clock = ContinuousClock()
        let start = clock.now
        let outcome = Interruptible.run { cancellation -> LoadOutcome in
            do throws(CorpusError) {
                let corpus = try CorpusLoader.load(path: expanded, oneSentencePerLine: oneSentencePerLine)
                // Indexing a large corpus takes a while; skip it when the user already gave up.
                if cancellation.isCancelled { return .cancelled }
                return .loaded(Engine(corpus: corpus, ranking: ranking))
            } catch {
                return .failed(error)
            }
        }
        switch outcome ?? .cancelled {
        case .cancelled:
            say(style.dim("interrupted; still on \(engine.corpus.name)") + "\n")
        case .failed(let error):
            say(style.warning("error: ") + "\(error)\n")
        case .loaded(let loaded):
            engine = loaded
            indexing = start.duration(to: clock.now)
            last = nil
            editor.use(Completer(corpus: loaded.corpus))
            say(banner())
        }
    }

    /// The last question and answer, or nil after saying that a question must come first.
    private func requireQuestion() -> (question: String, answer: Answer)? {
        if last == nil { say("ask a question first\n") }
        return last
    }

    /// The width answers are wrapped to: the terminal's (at most 100 columns) when output goes to a terminal.
    private var wrapWidth: Int? {
        isatty(STDOUT_FILENO) == 1 ? min(editor.screenWidth, 100) : nil
    }

    /// Writes `text` to standard output at once (after anything readline left in the C stdio buffers).
    private func say(_ text: String) {
        fflush(nil)
        StandardOutput.write(text)
    }
}

/// How a `:load` ended.
private enum LoadOutcome: Sendable {
    /// The corpus was loaded and indexed.
    case loaded(Engine)
    /// Reading it failed.
    case failed(CorpusError)
    /// Ctrl-C came first.
    case cancelled
}
