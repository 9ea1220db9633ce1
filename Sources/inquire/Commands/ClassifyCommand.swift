import ArgumentParser
import Foundation
import InquireKit

/// `inquire classify`: shows what a question asks for, or scores the classifier against a TREC label file.
struct ClassifyCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "classify",
        abstract: "Show a question's answer type, focus and keywords, or score the classifier on TREC labels.",
        discussion: """
            With a question: its fine and coarse class (UIUC/TREC taxonomy), the wh-phrase, the head (focus) noun, \
            the keywords searched for, quoted phrases and the classifier's confidence. With --eval FILE: reads a \
            TREC label file (one 'COARSE:fine question' a line), prints per-class precision and recall, the \
            confusion between coarse classes, and coarse and fine accuracy. Lines with an unknown label are \
            reported on standard error and skipped (with --strict the first one ends the run).
            """
    )

    @Argument(help: "The question, in quotes (omit with --eval).")
    var question: String?

    @Option(name: .long, help: ArgumentHelp("A TREC label file to score the classifier on.", valueName: "file"))
    var eval: String?

    @Flag(name: .long, help: "Print the result as one JSON object.")
    var json = false

    @Flag(name: .long, help: "With --eval: list every misclassified question.")
    var misses = false

    @Flag(name: .long, help: "With --eval: stop at the first line with an unknown label.")
    var strict = false

    func validate() throws {
        if eval == nil && question == nil { throw ValidationError("give a question, or --eval FILE") }
        if eval != nil && question != nil { throw ValidationError("give either a question or --eval FILE, not both") }
        if let question, question.allSatisfy(\.isWhitespace) { throw ValidationError("the question is empty") }
    }

    mutating func run() throws {
        let classifier = try QuestionClassifier()
        // The question is classified from its analysis, as the engine does when it answers it.
        let analyzer = SentenceAnalyzer()
        if let eval {
            try evaluate(file: eval, classifier: classifier, analyzer: analyzer)
        } else if let question {
            let analysis = classifier.classify(try analyzer.analysis(ofQuestion: question))
            StandardOutput.write(json ? ClassificationText.json(analysis) + "\n" : ClassificationText.plain(analysis))
        }
    }

    /// Scores the classifier on a TREC label file.
    func evaluate(file: String, classifier: QuestionClassifier, analyzer: SentenceAnalyzer) throws {
        let text = try TRECLabelFile.text(at: file)
        let entries: [(label: AnswerType, question: String)]
        if strict {
            entries = try TRECLabelFile.parse(text, file: file)
        } else {
            let parsed = TRECLabelFile.parseSkippingInvalid(text, file: file)
            for error in parsed.skipped {
                StandardError.write("warning: \(ErrorReporting.oneLine("\(error)")) (skipped)\n")
            }
            entries = parsed.entries
        }
        guard !entries.isEmpty else { throw CommandFailure("\(file): no labelled questions") }
        let (evaluation, missed) = try ClassifierEvaluation.evaluate(
            entries, with: classifier, analyzer: analyzer)
        if json {
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.sortedKeys]
            let data = try encoder.encode(evaluation)
            StandardOutput.write(String(decoding: data, as: UTF8.self) + "\n")
        } else {
            StandardOutput.write(ClassificationText.report(evaluation, misses: misses ? missed : []))
        }
    }
}
