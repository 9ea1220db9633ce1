import ArgumentParser
import Foundation
import InquireKit

/// `inquire-train ranker`: answers gold questions and writes every ranked candidate with its score parts and
/// whether it is a right answer, one row each (`CandidateRows`): the data scripts/rank_candidates.py measures
/// learned rankings on.
struct RankerTraining: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "ranker",
        abstract: "Write every ranked candidate of gold questions with its score parts and whether it is right.",
        discussion: """
            Each gold file is answered as `inquire eval` answers it (a SQuAD file in paragraph mode, or over all \
            its contexts with --open, keeping only the questions opening with --types; a TSV or JSON Lines file \
            over its own corpus, FILE@CORPUS, or --corpus). Each candidate of each question gives one row; a SQuAD \
            question's group is its article, any other question's its file.
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

    @Flag(help: "SQuAD files: answer from one index over all contexts (open mode) rather than each paragraph.")
    var open = false

    @Option(help: ArgumentHelp("The TSV file the candidate rows are written to.", valueName: "file"))
    var rowsOut: String

    mutating func run() throws {
        let openings = Set(types.split(separator: ",").compactMap { QuestionOpening(rawValue: String($0)) })
        let shared = try Engine(corpus: try CorpusLoader.load(path: corpus))
        var rows = [CandidateRows.header]
        for spec in gold {
            let answered = try GoldAnswering.answer(spec, openMode: open, openings: openings, shared: shared)
            let (path, results, paragraphs) = (answered.file.path, answered.results, answered.file.paragraphs)
            rows += CandidateRows.rows(of: results, file: path) { question in
                question.paragraph.flatMap { paragraphs.indices.contains($0) ? paragraphs[$0].title : nil } ?? path
            }
            let withRight = results.count { result in
                result.prediction.candidates.contains { CandidateRows.isRight($0, result.gold) }
            }
            report(
                "\(path): \(results.count) questions, \(results.count { $0.gold.isAnswerable }) answerable, "
                    + "\(results.count { $0.bestCandidateIsRight }) best candidates right, \(withRight) with a right "
                    + "candidate")
        }
        try Data(rows.map { $0.joined(separator: "\t") }.joined(separator: "\n").appending("\n").utf8).write(
            to: URL(fileURLWithPath: rowsOut), options: .atomic)
    }
}
