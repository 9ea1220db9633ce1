import ArgumentParser
import InquireKit

/// The layouts of `ask --format`.
enum AskFormat: String, ExpressibleByArgument, CaseIterable {
    case text, json, jsonl, tsv
}

/// `inquire ask`: answers one question and prints the answer, its evidence sentence and source.
struct AskCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "ask",
        abstract: "Answer one question, with its evidence sentence and source."
    )

    @OptionGroup var corpus: CorpusOptions

    @Argument(help: "The question, in quotes.")
    var question: String

    @Option(name: .long, help: "Output: text (default), json (one JSON object, as run --format jsonl) or tsv.")
    var format: AskFormat = .text

    func validate() throws {
        if question.allSatisfy(\.isWhitespace) { throw ValidationError("the question is empty") }
    }

    mutating func run() throws {
        let engine = try corpus.loadEngine()
        try ModelLoading.wait()
        switch format {
        case .text: StandardOutput.write(AnswerRendering.plain(engine.answer(question)))
        case .json, .jsonl:
            StandardOutput.write(
                AnswerJSONLine.line(question: question, answer: engine.answer(question, alternatives: 4)) + "\n")
        case .tsv:
            StandardOutput.write(
                AnswerTSVRow.header + "\n" + AnswerTSVRow.row(question: question, answer: engine.answer(question))
                    + "\n")
        }
    }
}
