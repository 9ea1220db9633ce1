import Testing

@testable import InquireKit

@Suite("Engine on the default article")
struct EngineBasicsTests {
    static let engine: Engine = {
        let corpus = try! CorpusLoader.load(path: FixturePaths.defaultArticle)
        return try! Engine(corpus: corpus)
    }()

    @Test(
        "who, where and how many questions get typed answers",
        arguments: [
            ("Who conducted retaliatory airstrikes on militant positions in Iran?", "Pakistan’s air force", 3),
            ("How many children were killed near the town of Saravan?", "four", 15),
            ("Where did the strikes take place?", "Sistan and Baluchestan province", 3),
        ])
    func answers(question: String, expected: String, line: Int) {
        let answer = Self.engine.answer(question)
        #expect(answer.text == expected)
        #expect(answer.evidence?.source == "\(FixturePaths.defaultArticle):\(line)")
    }

    @Test("a question the article cannot answer gets no answer")
    func abstains() {
        let answer = Self.engine.answer("Who is the president of France?")
        #expect(answer.kind == .none)
        #expect(answer.text == nil)
    }
}
