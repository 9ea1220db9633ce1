import ArgumentParser
import Foundation
import InquireKit

/// `inquire eval`: answers the questions of a gold file and scores the answers (exact match, F1, hit@k, MRR,
/// abstention, classifier accuracy), per question type and overall.
struct EvalCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "eval",
        abstract: "Score the answers to the questions of a gold file (TSV, JSON Lines or SQuAD JSON).",
        discussion: """
            Gold formats, chosen by content: TSV lines question<TAB>answer|answer…<TAB>type (empty answers: the \
            corpus holds no answer; # starts a comment); JSON Lines {"question", "answers": […], "type"?, "id"?}; \
            a SQuAD v1.1/v2.0 file, whose contexts are the corpus. TSV and JSON Lines questions are answered from \
            --corpus (by default the embedded article). Answers are compared after the official SQuAD \
            normalisation. EM, F1, hit@k and abstention rates are percentages; MRR is 0…1. An unanswerable \
            question counts as right when the tool abstains. "Forced" EM and F1 score the best candidate even \
            when its confidence was below the threshold. The calibration (ECE over 10 confidence bins) and the \
            risk-coverage table score each question's best-candidate confidence against whether that candidate \
            is right (never, for an unanswerable question). Exits 0 whenever the run completes, whatever the \
            score, and non-zero for unusable input.
            """
    )

    /// How SQuAD questions are asked.
    enum Mode: String, ExpressibleByArgument, CaseIterable {
        /// Each question against its own paragraph.
        case paragraph
        /// Each question against one index over all contexts.
        case open
    }

    @OptionGroup var corpus: CorpusOptions

    @Argument(help: ArgumentHelp("The gold file.", valueName: "gold"))
    var gold: String

    @Option(
        name: .long, help: "SQuAD files only: paragraph (default, each question against its own paragraph) or open.")
    var mode: Mode?

    @Option(name: .customLong("k"), help: "How deep hit@k and MRR look: the answer and k-1 alternatives.")
    var k: Int = 5

    @Option(
        name: .long,
        help: ArgumentHelp(
            "Keep only questions opening with these words (after at most one preposition): "
                + QuestionOpening.allCases.map(\.rawValue).joined(separator: ","),
            valueName: "who,where,…"))
    var types: String?

    @Flag(name: .long, help: "List every wrong answer with the expected answers and the evidence.")
    var misses = false

    @Flag(name: .long, help: "Print the report as one JSON object.")
    var json = false

    @Option(
        name: .long,
        help: ArgumentHelp("Write the answers as official SQuAD predictions {id: answer}.", valueName: "file"))
    var predictionsOut: String?

    func validate() throws {
        guard k >= 1 else { throw ValidationError("--k must be 1 or more") }
        _ = try keptOpenings()
    }

    /// The openings `--types` keeps, nil for all.
    func keptOpenings() throws -> Set<QuestionOpening>? {
        guard let types else { return nil }
        var kept: Set<QuestionOpening> = []
        for name in types.split(separator: ",").map({ $0.trimmingCharacters(in: .whitespaces).lowercased() }) {
            guard let opening = QuestionOpening(rawValue: name == "whom" || name == "whose" ? "who" : name) else {
                let known = QuestionOpening.allCases.map(\.rawValue).joined(separator: ", ")
                throw ValidationError("unknown question type '\(name)' in --types (known: \(known))")
            }
            kept.insert(opening)
        }
        guard !kept.isEmpty else { throw ValidationError("--types names no question type") }
        return kept
    }

    mutating func run() throws {
        StandardOutput.ignoreBrokenPipe()
        if let predictionsOut {
            try OutputTarget.check(
                predictionsOut, against: [gold, corpus.corpus, corpus.index], option: "--predictions-out")
        }
        var goldFile = try GoldFile.load(path: gold)
        if let kept = try keptOpenings() {
            goldFile = goldFile.filter { kept.contains($0.opening) }
            guard !goldFile.questions.isEmpty else {
                throw CommandFailure("\(gold): no question opens with \(types ?? "")")
            }
        }
        let (source, description) = try answerSource(for: goldFile)
        try ModelLoading.wait()
        let evaluation = EvaluationRun(k: k)
        let progress = ProgressBar(label: "eval", when: goldFile.questions.count > 1)
        let results = evaluation.run(goldFile, from: source) { done, total in
            progress.update(done: done, total: total)
        }
        progress.finish()
        let report = EvaluationReport(results, k: k, misses: misses, paragraphs: goldFile.paragraphs)
        if let predictionsOut { try writePredictions(results, to: predictionsOut) }
        if json {
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
            StandardOutput.write(String(decoding: try encoder.encode(report), as: UTF8.self) + "\n")
        } else {
            let count = goldFile.questions.count
            let title =
                "\(gold) (\(goldFile.format.displayName), \(count) question\(count == 1 ? "" : "s")) on \(description)"
            StandardOutput.write(EvaluationTable.render(report, title: title, goldPath: gold))
        }
    }

    /// Where the questions are answered from, and how to name it in the report.
    func answerSource(for goldFile: GoldFile) throws -> (EvaluationCorpus, String) {
        guard goldFile.format == .squad else {
            if mode != nil { throw CommandFailure("--mode applies to SQuAD gold files only") }
            let engine = try corpus.loadEngine()
            return (.shared(engine), engine.corpus.name)
        }
        if corpus.corpus != nil {
            throw CommandFailure("\(gold): a SQuAD file is its own corpus; --corpus cannot be used with it")
        }
        switch mode ?? .paragraph {
        case .paragraph:
            if corpus.index != nil {
                throw CommandFailure("--index applies to --mode open (one index over all contexts)")
            }
            return (
                .ownParagraph(corpus.ranking, resources: try .bundled()),
                "each question's own paragraph (paragraph mode)"
            )
        case .open:
            let name = URL(fileURLWithPath: gold).lastPathComponent
            let all = Corpus(
                name: name, documents: goldFile.paragraphs, oneSentencePerLine: corpus.oneSentencePerLine)
            return (
                .shared(try corpus.loadEngine(documents: all)),
                "one index over all \(goldFile.paragraphs.count) contexts (open mode)"
            )
        }
    }

    /// Writes `{id: answer}` for every question, "" for abstentions, keys sorted.
    func writePredictions(_ results: [QuestionResult], to path: String) throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        let data = try encoder.encode(EvaluationRun.officialPredictions(results))
        try AtomicFile.write(data + Data("\n".utf8), to: path)
    }
}
