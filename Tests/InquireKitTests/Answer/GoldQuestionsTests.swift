import Foundation
import Testing

@testable import InquireKit

@Suite("Gold questions over the default article")
struct GoldQuestionsTests {
    static let engine: Engine = {
        let corpus = try! CorpusLoader.load(path: FixturePaths.defaultArticle)
        return Engine(corpus: corpus)
    }()

    static let gold: GoldFile = {
        try! GoldFile.load(path: FixturePaths.root.appendingPathComponent("Corpus/gold.tsv").path)
    }()

    @Test("the gold file holds at least 40 questions, some of them unanswerable")
    func size() {
        #expect(Self.gold.questions.count >= 40)
        #expect(Self.gold.unanswerableCount >= 5)
    }

    /// Rows whose answer type the question classifier knows (all of them once the full TREC classifier is in).
    static var checkable: [GoldQuestion] {
        gold.questions.filter { question in question.type.map { AnswerType(rawValue: $0) != nil } ?? true }
    }

    @Test("every answerable question is answered right, every unanswerable one abstained")
    func gold() {
        for question in Self.checkable {
            let answer = Self.engine.answer(question.question)
            if question.isAnswerable {
                let predicted = AnswerNormalizer.normalize(answer.text ?? "")
                #expect(
                    question.answers.contains { AnswerNormalizer.normalize($0) == predicted },
                    "\(question.question) → \(answer.text ?? "no answer")")
            } else {
                #expect(answer.text == nil, "\(question.question) → \(answer.text ?? "")")
            }
        }
        #expect(Self.checkable.count >= 30)
    }

    /// Near misses: questions about relations the article never states (`Corpus/near-miss.tsv`).
    static let nearMiss: GoldFile = {
        try! GoldFile.load(path: FixturePaths.root.appendingPathComponent("Corpus/near-miss.tsv").path)
    }()

    @Test("near-miss questions: all unanswerable, and at least a quarter declined (4 of 16 when written)")
    func nearMisses() {
        #expect(Self.nearMiss.questions.count >= 16)
        #expect(Self.nearMiss.questions.allSatisfy { !$0.isAnswerable })
        let declined = Self.nearMiss.questions.filter { Self.engine.answer($0.question).text == nil }.count
        #expect(declined * 4 >= Self.nearMiss.questions.count)
    }
}
