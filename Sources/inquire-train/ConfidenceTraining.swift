import ArgumentParser
import Foundation
import InquireKit

/// `inquire-train confidence`: fits the answer confidence (a logistic model over the score parts) on development
/// questions and chooses the abstention threshold, writing both to `ConfidenceWeights.swift`. Deterministic: the
/// answers do not depend on the current weights, and the fit is Newton's method from zero.
struct ConfidenceTraining: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "confidence",
        abstract: "Fit the answer confidence on gold files and choose the abstention threshold.",
        discussion: """
            Each gold file is answered as `inquire eval` answers it (a SQuAD file in paragraph mode, keeping only \
            the questions opening with --types; a TSV or JSON Lines file over its own corpus, FILE@CORPUS, or \
            --corpus, every question; a --specs file lists more such arguments, one a line; an --open SQuAD file \
            is asked in open mode, one index over all its contexts, and counts as whole text). Each question gives \
            one row: its best candidate's features and whether that candidate is right. The whole-text rows count \
            --article-weight times in the fit, and the threshold is the lowest that declines 80% of the SQuAD \
            questions without an answer (near misses) and --article-decline of the whole-text ones.
            """)

    @Argument(
        help: ArgumentHelp(
            "The gold files (SQuAD JSON, TSV or JSON Lines); a TSV or JSON Lines file may name its corpus after @.",
            valueName: "file[@corpus]"))
    var gold: [String] = []

    @Option(
        help: ArgumentHelp(
            "SQuAD files asked in open mode (one index over all the file's contexts), as whole-text questions.",
            valueName: "file"))
    var open: [String] = []

    @Option(
        help: ArgumentHelp(
            "Files listing more gold files, one file[@corpus] a line (# starts a comment), as if given as arguments.",
            valueName: "file"))
    var specs: [String] = []

    @Option(help: "SQuAD files only: keep the questions opening with these words.")
    var types = "who,where,how-many"

    @Option(help: "The corpus TSV and JSON Lines questions are answered from.")
    var corpus = "Corpus/pakistan-iran-airstrikes.txt"

    @Option(help: "The L2 penalty on the weights.")
    var penalty = 1.0

    @Option(help: "How many questions each whole-text question (TSV or JSON Lines file) counts as in the fit.")
    var articleWeight = 1.0

    @Option(help: "The share (0…1) of whole-text questions without an answer the threshold must decline.")
    var articleDecline = 0.8

    @Flag(
        help: """
            Also fit the whole-text features (long text, text length and the long-text products); without it \
            their weights stay 0.
            """)
    var textFeatures = false

    @Option(help: "The Swift file the weights and threshold are written to.")
    var out = "Sources/InquireKit/Answer/Ranking/ConfidenceWeights.swift"

    @Option(
        help: ArgumentHelp(
            """
            Also write the rows as TSV: the features by name; right, answerable and whole text as 0/1; the weight; \
            the shipped confidence, whether an answer was given (0/1), and the gold file the row came from.
            """,
            valueName: "file"))
    var rowsOut: String?

    @Flag(help: "Only write the rows (--rows-out): fit nothing and leave the weights file alone.")
    var rowsOnly = false

    func validate() throws {
        if gold.isEmpty, specs.isEmpty, open.isEmpty { throw ValidationError("Give at least one gold file.") }
        if rowsOnly, rowsOut == nil { throw ValidationError("--rows-only needs --rows-out FILE.") }
        if !(articleWeight >= 0) { throw ValidationError("--article-weight must be 0 or more.") }
        if !(0...1).contains(articleDecline) { throw ValidationError("--article-decline must be in 0…1.") }
    }

    mutating func run() throws {
        let openings = Set(types.split(separator: ",").compactMap { QuestionOpening(rawValue: String($0)) })
        let shared = try Engine(corpus: try CorpusLoader.load(path: corpus))
        var rows: [ConfidenceFit.Row] = []
        var outcomes: [(confidence: Double, answered: Bool, source: String)] = []
        var groups: [(label: String, specs: [String], open: Bool)] = gold.map { ($0, [$0], false) }
        for list in specs {
            groups.append((list, GoldSpec.lines(of: try String(contentsOfFile: list, encoding: .utf8)), false))
        }
        groups += open.map { ("\($0) (open mode)", [$0], true) }
        for group in groups {
            var added: [ConfidenceFit.Row] = []
            for spec in group.specs {
                let answered = try GoldAnswering.answer(
                    spec, openMode: group.open, openings: openings, shared: shared)
                let (results, wholeText) = (answered.results, answered.wholeText)
                added += results.map {
                    ConfidenceFit.Row($0, wholeText: wholeText, weight: wholeText ? articleWeight : 1)
                }
                outcomes += results.map { ($0.prediction.confidence, $0.prediction.answer != nil, group.label) }
            }
            report(
                "\(group.label): \(added.count) questions, \(added.count { $0.answerable }) answerable, "
                    + "\(added.count { $0.right }) best candidates right, "
                    + "\(outcomes.suffix(added.count).count { !$0.answered }) declined by the shipped confidence")
            rows += added
        }
        if let rowsOut {
            let header =
                (ConfidenceModel.featureNames + [
                    "right", "answerable", "whole text", "weight", "confidence", "answered", "source",
                ]).joined(separator: "\t")
            let lines = zip(rows, outcomes).map { row, outcome in
                (row.features.map { String($0) } + [
                    row.right ? "1" : "0", row.answerable ? "1" : "0", row.wholeText ? "1" : "0", String(row.weight),
                    String(outcome.confidence), outcome.answered ? "1" : "0", outcome.source,
                ]).joined(separator: "\t")
            }
            try Data(([header] + lines).joined(separator: "\n").appending("\n").utf8).write(
                to: URL(fileURLWithPath: rowsOut), options: .atomic)
        }
        if rowsOnly { return }
        let fit = ConfidenceFit(
            rows: rows, penalty: penalty, articleDeclineTarget: articleDecline,
            leftOut: textFeatures ? [] : ConfidenceModel.textFeatureNames)
        for setting in fit.settings where setting == fit.chosen || Int((setting.threshold * 100).rounded()) % 5 == 0 {
            report(
                String(
                    format: "threshold %.2f: answerable right %.1f%%, unanswerable declined %.1f%% "
                        + "(paragraph %.1f%%, whole text %.1f%%), sum %.3f%@",
                    setting.threshold, 100 * setting.answeredRight, 100 * setting.declined,
                    100 * setting.paragraphDeclined, 100 * setting.wholeTextDeclined, setting.sum,
                    setting == fit.chosen ? "  ← chosen" : ""))
        }
        report(String(format: "ECE on the fitted rows: %.4f", fit.ece))
        for (name, weight) in zip(ConfidenceModel.featureNames, fit.model.weights) {
            report(String(format: "  %@ %.4f", name, weight))
        }
        let command =
            ["swift run -c release inquire-train confidence"] + gold + specs.map { "--specs \($0)" }
            + open.map { "--open \($0)" }
            + ["--types \(types)", "--corpus \(corpus)", "--penalty \(penalty)"]
            + (articleWeight == 1 ? [] : ["--article-weight \(articleWeight)"])
            + (articleDecline == 0.8 ? [] : ["--article-decline \(articleDecline)"])
            + (textFeatures ? ["--text-features"] : [])
        let notes =
            specs.isEmpty && open.isEmpty
            ? []
            : [
                "The --specs and --open files (whole-text near misses) are made by scripts/confidence_article_fit.sh",
                "(scripts/make_article_near_miss.py; derived data under /tmp, not committed), which runs this command.",
            ]
        try Data(fit.source(command: command, notes: notes).utf8).write(
            to: URL(fileURLWithPath: out), options: .atomic)
        report("wrote \(out)")
    }
}
