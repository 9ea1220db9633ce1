import ArgumentParser
import Foundation
import InquireKit

/// The interactive shell, in the manner of sqlite3's and psql's: a one-line banner, a prompt, questions answered
/// with their evidence, colon commands (`:help` lists them), persistent history and Tab completion.
struct Shell {
    /// The corpus to open and how to index it.
    let corpusOptions: CorpusOptions
    /// Whether the rc file is read at start (`--no-rc` turns it off).
    var readsRCFile = true

    /// The prompt.
    static let prompt = "inquire> "

    /// Loads the corpus, shows the banner and answers until `:quit`, Ctrl-D or the end of input. Throws an exit
    /// code when SIGTERM or SIGHUP ends the shell.
    func run() throws {
        // Readline reads multibyte input by the locale's character type; Swift programs start in the "C" locale.
        setlocale(LC_CTYPE, "")
        Signals.install()
        let clock = ContinuousClock()
        let start = clock.now
        let engine = try corpusOptions.loadEngine()
        let session = ShellSession(
            engine: engine, indexing: start.duration(to: clock.now), options: corpusOptions,
            style: Style.forStandardOutput(), interactive: true)
        if readsRCFile { session.runRCFile() }
        try session.run()
    }
}

/// The state of one run of the shell: the engine, the last question and its answer, settings, history and line
/// editing. Lives on the main thread (readline's state is global). Piped input (`LineMode`) runs through a session
/// too, without line editing, history, banner or pager, so colon commands work there as in the shell.
final class ShellSession {
    /// The engine questions go to, with the settings applied; replaced by `:load`.
    var engine: Engine
    /// How long loading and indexing the current corpus took.
    var indexing: Duration
    /// The command-line options (ranking, one sentence a line), reused by `:load`.
    let options: CorpusOptions
    /// Bold and colour, or plain text.
    var style: Style
    /// The entries of this and earlier sessions, and their file.
    var history: ShellHistory
    /// Readline, in an interactive session.
    let editor: LineEditor?
    /// The last question answered, and its answer.
    var last: (question: String, answer: Answer)?
    /// Whether a person is at a terminal (prompt, line editing, styled answers, pager).
    let interactive: Bool
    /// Whether each input line is printed before its answer (`--echo`).
    var echo = false
    /// What `:set`, `:mode` and `:timer` changed.
    var settings: ShellSettings
    /// Where answers go while `:output FILE` is in effect.
    var output = AnswerOutput()
    /// While the rc file runs: its path and the line being run, which error messages name.
    var location: String?

    /// A session on `engine` (which took `indexing` to build); history and line editing are set up here when
    /// `interactive`.
    init(engine: Engine, indexing: Duration, options: CorpusOptions, style: Style, interactive: Bool) {
        self.engine = engine
        self.indexing = indexing
        self.options = options
        self.style = style
        self.interactive = interactive
        settings = ShellSettings(engine: engine, colour: style.enabled)
        let environment = ProcessInfo.processInfo.environment
        history = ShellHistory(
            settings: interactive
                ? HistorySettings.resolve(environment: environment) : HistorySettings(path: nil, limit: 0)
        ) { message in
            StandardError.write("inquire: warning: \(message)\n")
        }
        editor =
            interactive
            ? LineEditor(completer: Completer(corpus: engine.corpus), history: history.entries, limit: history.limit)
            : nil
    }

    /// The banner, then the read–answer loop.
    func run() throws {
        say(banner())
        defer { finish() }
        while let editor {
            // The analysis models start loading once the prompt is up, and load while it waits for the first
            // question, which waits only for what is left (see `Annotator.bundled()`).
            switch editor.read(prompt: Shell.prompt, shown: Engine.preloadResources) {
            case .line(let line):
                // A bracketed paste can bring several lines at once: each is taken as if typed on its own.
                for piece in line.split(whereSeparator: \.isNewline) where !handle(String(piece)) { return }
            case .interrupted:
                continue
            case .end:
                say("\n")
                return
            case .terminated(let number):
                say("\n")
                output.abandon()
                throw ExitCode(128 + number)
            }
        }
    }

    /// Takes one line as typed: records it in history, then runs it as a command or answers it as a question.
    /// Returns false when the line asks to leave.
    func handle(_ line: String) -> Bool {
        let trimmed = line.trimmingCharacters(in: .whitespaces)
        if trimmed.isEmpty { return true }
        if case .rerun(let number) = ShellCommand.parse(trimmed) {
            guard number <= history.entries.count else {
                complain("there is no history entry \(number); see :history")
                return true
            }
            let entry = history.entries[number - 1]
            say(style.dim(entry) + "\n")
            if case .rerun = ShellCommand.parse(entry) { return true }
            return handle(entry)
        }
        if history.record(trimmed) { editor?.addHistory(trimmed) }
        if echo { say(Shell.prompt + trimmed + "\n") }
        if let command = ShellCommand.parse(trimmed) {
            if command == .quit { return false }
            perform(command)
        } else {
            ask(trimmed)
        }
        return true
    }

    /// The one-line banner: corpus, size, indexing time and the `:help` hint.
    private func banner() -> String {
        let corpus = engine.corpus
        let documents = corpus.documents.count
        let sentences = corpus.sentences.count
        return style.bold("inquire") + " · \(corpus.name): \(documents) document\(documents == 1 ? "" : "s"), "
            + "\(sentences) sentence\(sentences == 1 ? "" : "s"), loaded and indexed in "
            + StatsReport.milliseconds(indexing)
            + " · type :help for commands, Ctrl-D to leave\n"
    }

    /// Answers `question` (on a background thread, so Ctrl-C can give up on it) and shows the answer, in the
    /// current mode, on the screen or into the `:output` file; false when Ctrl-C stopped it.
    @discardableResult
    func ask(_ question: String) -> Bool {
        let engine = self.engine
        let alternatives = settings.alternatives
        let timed = settings.timer
        let clock = ContinuousClock()
        let start = clock.now
        guard
            let result = Interruptible.run({ cancellation in
                timed
                    ? TimedAnswer.timed(
                        question, engine: engine, alternatives: alternatives, cancellation: cancellation)
                    : TimedAnswer.untimed(
                        question, engine: engine, alternatives: alternatives, cancellation: cancellation)
            })
        else {
            say("\n" + style.dim("interrupted") + "\n")
            return false
        }
        let wall = start.duration(to: clock.now)
        last = (question, result.answer)
        emit(render(question: question, answer: result.answer))
        if timed { say("  " + style.dim(result.line(total: wall)) + "\n") }
        return true
    }

    /// Runs a colon command.
    func perform(_ command: ShellCommand) {
        switch command {
        case .help:
            show(ShellCommand.helpText(style: style))
        case .why:
            guard let last = requireQuestion() else { return }
            show(WhyReport(style: style, width: screenWidth).render(last.answer, engine: engine))
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
            show(
                TopReport(style: style, width: screenWidth).render(
                    answer, alternatives: count, corpus: engine.corpus))
        case .sources:
            guard let last = requireQuestion() else { return }
            show(SourcesReport(style: style, width: screenWidth).list(last.answer, corpus: engine.corpus))
        case .open(let number):
            open(number)
        case .load(let path):
            load(path)
        case .stats:
            say(StatsReport(style: style).render(engine, indexing: indexing))
        case .history:
            show(
                history.entries.enumerated().map { number, entry in
                    style.dim(String(number + 1).leftPadded(to: 5)) + "  " + entry + "\n"
                }.joined())
        case .quit, .rerun:
            break
        case .usage(let message):
            complain(message)
        case .unknown(let name):
            complain(ShellCommand.unknownMessage(name))
        case .search, .timer, .mode, .set, .show, .read, .output, .docs:
            performAddedCommand(command)
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

    /// `:load PATH`: opens another corpus — or, when PATH is an index file, the index and the corpus stored in it —
    /// through the same front door as the start-up load (progress bar for large corpora, warnings), on a background
    /// thread: Ctrl-C gives up and keeps the current one. Then switches to it.
    private func load(_ path: String) {
        let expanded = (path as NSString).expandingTildeInPath
        var source = options
        let isIndex = IndexFileReader.isIndexFile(path: expanded)
        source.corpus = isIndex ? nil : expanded
        source.index = isIndex ? expanded : nil
        say(style.dim("loading \(expanded) …") + "\n")
        let clock = ContinuousClock()
        let start = clock.now
        let outcome = Interruptible.run { [source] cancellation -> LoadOutcome in
            do {
                return .loaded(try source.loadEngine(progress: true, cancellation: cancellation))
            } catch EngineLoadError.cancelled {
                return .cancelled
            } catch {
                return .failed(ErrorReporting.describe(error))
            }
        }
        switch outcome ?? .cancelled {
        case .cancelled:
            say(style.dim("interrupted; still on \(engine.corpus.name)") + "\n")
        case .failed(let message):
            complain("error: \(message)")
        case .loaded(let loaded):
            engine = settings.configure(loaded)
            indexing = start.duration(to: clock.now)
            last = nil
            editor?.use(Completer(corpus: loaded.corpus))
            say(banner())
        }
    }

    /// The last question and answer, or nil after saying that a question must come first.
    private func requireQuestion() -> (question: String, answer: Answer)? {
        if last == nil { say("ask a question first\n") }
        return last
    }

    /// The width answers are wrapped to: the terminal's (at most 100 columns) when output goes to a terminal.
    var wrapWidth: Int? {
        isatty(STDOUT_FILENO) == 1 ? min(screenWidth, 100) : nil
    }

    /// The width of the terminal in columns (80 without one).
    var screenWidth: Int { editor?.screenWidth ?? 80 }

    /// Writes `text` to standard output at once (after anything readline left in the C stdio buffers).
    func say(_ text: String) {
        fflush(nil)
        StandardOutput.write(text)
    }
}

/// How a `:load` ended.
private enum LoadOutcome: Sendable {
    /// The corpus was loaded and indexed.
    case loaded(Engine)
    /// Reading it failed, for this reason.
    case failed(String)
    /// Ctrl-C came first.
    case cancelled
}
