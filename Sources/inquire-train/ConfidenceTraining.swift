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
            --corpus, every question). Each question gives one row: its best candidate's features and whether that \
            candidate is right. The rows of TSV and JSON Lines files (questions asked of a whole text) count \
            --article-weight times in the fit, and the threshold is the lowest that declines 80% of the SQuAD \
            questions without an answer (near misses) and --article-decline of the whole-text ones.
            """)

    @Argument(
        help: ArgumentHelp(
            "The gold files (SQuAD JSON, TSV or JSON Lines); a TSV or JSON Lines file may name its corpus after @.",
            valueName: "file[@corpus]"))
    var gold: [String]

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
            "Also write the fitted rows as TSV (features by name; right, answerable and whole text as 0/1; weight).",
            valueName: "file"))
    var rowsOut: String?

    @Flag(help: "Only write the rows (--rows-out): fit nothing and leave the weights file alone.")
    var rowsOnly = false

    func validate() throws {
        if rowsOnly, rowsOut == nil { throw ValidationError("--rows-only needs --rows-out FILE.") }
        if !(articleWeight >= 0) { throw ValidationError("--article-weight must be 0 or more.") }
        if !(0...1).contains(articleDecline) { throw ValidationError("--article-decline must be in 0…1.") }
    }

    mutating func run() throws {
        let openings = Set(types.split(separator: ",").compactMap { QuestionOpening(rawValue: String($0)) })
        let shared = try Engine(corpus: try CorpusLoader.load(path: corpus))
        var rows: [ConfidenceFit.Row] = []
        for spec in gold {
            let (path, ownCorpus) = GoldSpec.split(spec)
            var file = try GoldFile.load(path: path)
            let source: EvaluationCorpus
            let wholeText = file.format != .squad
            if file.format == .squad {
                file = file.filter { openings.contains($0.opening) }
                source = .ownParagraph(.tfidf, resources: shared.resources)
            } else if let ownCorpus {
                source = .shared(try Engine(corpus: try CorpusLoader.load(path: ownCorpus)))
            } else {
                source = .shared(shared)
            }
            let results = EvaluationRun().run(file, from: source)
            let added = results.map {
                ConfidenceFit.Row($0, wholeText: wholeText, weight: wholeText ? articleWeight : 1)
            }
            report(
                "\(path): \(added.count) questions, \(added.count { $0.answerable }) answerable, "
                    + "\(added.count { $0.right }) best candidates right")
            rows += added
        }
        if let rowsOut {
            let header = (ConfidenceModel.featureNames + ["right", "answerable", "whole text", "weight"])
                .joined(separator: "\t")
            let lines = rows.map { row in
                (row.features.map { String($0) } + [
                    row.right ? "1" : "0", row.answerable ? "1" : "0", row.wholeText ? "1" : "0", String(row.weight),
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
            ["swift run -c release inquire-train confidence"] + gold
            + ["--types \(types)", "--corpus \(corpus)", "--penalty \(penalty)"]
            + (articleWeight == 1 ? [] : ["--article-weight \(articleWeight)"])
            + (articleDecline == 0.8 ? [] : ["--article-decline \(articleDecline)"])
            + (textFeatures ? ["--text-features"] : [])
        try Data(fit.source(command: command).utf8).write(to: URL(fileURLWithPath: out), options: .atomic)
        report("wrote \(out)")
    }
}
