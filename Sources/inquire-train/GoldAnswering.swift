import Foundation
import InquireKit

/// Answering one gold file as `inquire eval` would, for the commands that learn from the answers
/// (`inquire-train confidence`, `inquire-train ranker`).
enum GoldAnswering {
    /// The questions of one gold file and their results.
    struct Answered {
        /// The gold file as read (SQuAD questions filtered to the openings asked for).
        let file: GoldFile
        /// Each question's result, in file order.
        let results: [QuestionResult]
        /// Whether the questions were asked of a whole text (open mode, or a TSV or JSON Lines file) rather than
        /// of their own paragraph.
        let wholeText: Bool
    }

    /// Answers `spec` (`file[@corpus]`): a SQuAD file over each question's own paragraph, or over one index of all
    /// its contexts when `openMode` (its questions kept when they open with one of `openings`); a TSV or JSON Lines
    /// file over its own corpus when it names one, else over `shared`'s.
    static func answer(
        _ spec: String, openMode: Bool, openings: Set<QuestionOpening>, shared: Engine
    ) throws -> Answered {
        let (path, ownCorpus) = GoldSpec.split(spec)
        var file = try GoldFile.load(path: path)
        if file.format == .squad { file = file.filter { openings.contains($0.opening) } }
        let source: EvaluationCorpus
        if openMode, file.format == .squad {
            let name = URL(fileURLWithPath: path).lastPathComponent
            source = .shared(try Engine(corpus: Corpus(name: name, documents: file.paragraphs)))
        } else if file.format == .squad {
            source = .ownParagraph(.tfidf, resources: shared.resources)
        } else if let ownCorpus {
            source = .shared(try Engine(corpus: try CorpusLoader.load(path: ownCorpus)))
        } else {
            source = .shared(shared)
        }
        return Answered(
            file: file, results: EvaluationRun().run(file, from: source),
            wholeText: openMode || file.format != .squad)
    }
}
