import ArgumentParser
import InquireKit

/// `inquire run`: answers every question of a file, one a line, as text, JSON Lines or TSV.
struct RunCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "run",
        abstract: "Answer every question of a file (one a line), as text, JSON Lines or TSV.",
        discussion: """
            Blank lines and lines starting with # are skipped. Text output gives each question with its answer, \
            evidence sentence and source; jsonl gives one object a line {question, type, answer, confidence, \
            evidence: {text, source, start, end}, alternatives: [{answer, confidence}]} (answer null when there is \
            none; start and end count code points), with ruled_out: {predicate, ground, count, best, summary} when \
            every candidate was ruled out because no sentence states the question's predicate, or states it only \
            apart from the question's other arguments or only of other participants; tsv gives a header row and \
            the columns question, type, \
            answer, confidence, source, evidence.
            """
    )

    /// The output layouts.
    enum Format: String, ExpressibleByArgument, CaseIterable {
        case text, jsonl, tsv
    }

    @OptionGroup var corpus: CorpusOptions

    @Argument(help: ArgumentHelp("The file of questions, one a line; - reads standard input.", valueName: "file"))
    var file: String

    @Option(name: .long, help: "Output: text (default), jsonl or tsv.")
    var format: Format = .text

    @Option(name: .long, help: "How many alternative answers to give besides the answer (jsonl).")
    var alternatives: Int = 4

    func validate() throws {
        guard alternatives >= 0 else { throw ValidationError("--alternatives must be 0 or more") }
    }

    mutating func run() throws {
        StandardOutput.ignoreBrokenPipe()
        let questions = try QuestionFile.read(path: file)
        let engine = try corpus.loadEngine()
        try ModelLoading.wait()
        let progress = ProgressBar(label: "run", when: !StandardOutput.isTerminal && questions.entries.count > 1)
        if format == .tsv { StandardOutput.write(AnswerTSVRow.header + "\n") }
        for (done, entry) in questions.entries.enumerated() {
            let answer = engine.answer(entry.question, alternatives: alternatives)
            switch format {
            case .text: StandardOutput.write(AnswerTextBlock.block(question: entry.question, answer: answer))
            case .jsonl: StandardOutput.write(AnswerJSONLine.line(question: entry.question, answer: answer) + "\n")
            case .tsv: StandardOutput.write(AnswerTSVRow.row(question: entry.question, answer: answer) + "\n")
            }
            progress.update(done: done + 1, total: questions.entries.count)
        }
        progress.finish()
    }
}
