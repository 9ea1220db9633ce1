import Foundation
import InquireKit

/// A corpus of the repository and the questions of its gold file, for timing whole answers: the question's
/// analysis, classification, retrieval and extraction (the retrieved sentences' parses, candidates, ranking,
/// confidence), as `inquire ask` does after loading.
public struct AnswerWorkload: Sendable {
    /// The engine, loaded and indexed once (not timed).
    public let engine: Engine
    /// The gold file's questions, answerable or not, in file order.
    public let questions: [String]
    /// What the workload reads, for the benchmark's name ("Corpus/news-dev, 68 questions").
    public let name: String

    /// The default article with `Corpus/gold.tsv`, and the folders of news articles with their gold files: over
    /// one document the answer stage reads the best sentences of it; over several it chooses among documents and
    /// reads the best hit's whole article for the predicate (`RelationApart`).
    public static let corpora: [(corpus: String, gold: String)] = [
        ("Corpus/pakistan-iran-airstrikes.txt", "Corpus/gold.tsv"),
        ("Corpus/news-dev", "Corpus/news-dev-gold.tsv"),
        ("Corpus/news-dev2", "Corpus/news-dev2-gold.tsv"),
    ]

    /// Loads every workload of `corpora` found above `source`, or the one corpus and gold file that
    /// `$INQUIRE_ANSWER_CORPUS` and `$INQUIRE_ANSWER_GOLD` name when both are set; prints why to standard error and
    /// leaves out those that cannot be loaded.
    public static func load(near source: String = #filePath) -> [AnswerWorkload] {
        let environment = ProcessInfo.processInfo.environment
        if let corpus = environment["INQUIRE_ANSWER_CORPUS"], let gold = environment["INQUIRE_ANSWER_GOLD"] {
            return [load(corpus: corpus, gold: gold, name: corpus)].compactMap { $0 }
        }
        return corpora.compactMap { entry in
            guard
                let corpus = BenchmarkInput.path(
                    variable: "INQUIRE_ANSWER_CORPUS", relative: entry.corpus, near: source),
                let gold = BenchmarkInput.path(variable: "INQUIRE_ANSWER_GOLD", relative: entry.gold, near: source)
            else { return nil }
            return load(corpus: corpus, gold: gold, name: entry.corpus)
        }
    }

    /// The workload of `gold`'s questions over `corpus`, named `name`; nil (after saying why) when either cannot be
    /// loaded.
    static func load(corpus: String, gold: String, name: String) -> AnswerWorkload? {
        do {
            let engine = try Engine(contentsOf: URL(fileURLWithPath: corpus))
            let questions = try GoldFile.load(path: gold).questions.map(\.question)
            return AnswerWorkload(engine: engine, questions: questions, name: "\(name), \(questions.count) questions")
        } catch {
            FileHandle.standardError.write(Data("benchmarks: \(name): \(error)\n".utf8))
            return nil
        }
    }

    /// Answers every question once; returns how many got an answer (so the work cannot be optimised away).
    public func answerAll() -> Int {
        questions.reduce(0) { count, question in
            count + (engine.answer(question, alternatives: 5).text == nil ? 0 : 1)
        }
    }
}
