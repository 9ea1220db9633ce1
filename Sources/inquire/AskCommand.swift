import ArgumentParser
import InquireKit

/// `inquire ask`: answers one question and prints the answer, its evidence sentence and source.
struct AskCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "ask",
        abstract: "Answer one question, with its evidence sentence and source."
    )

    @OptionGroup var corpus: CorpusOptions

    @Argument(help: "The question, in quotes.")
    var question: String

    func validate() throws {
        if question.allSatisfy(\.isWhitespace) { throw ValidationError("the question is empty") }
    }

    mutating func run() throws {
        let engine = try corpus.loadEngine()
        let answer = engine.answer(question)
        StandardOutput.write(AnswerRendering.plain(answer))
    }
}
