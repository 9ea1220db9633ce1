import Testing

@testable import InquireKit

@Suite("Engine on the default article")
struct EngineBasicsTests {
    static let engine: Engine = {
        let corpus = try! CorpusLoader.load(path: FixturePaths.defaultArticle)
        return Engine(corpus: corpus)
    }()

    @Test(
        "who, where and how many questions get typed answers",
        arguments: [
            ("Who conducted retaliatory airstrikes on militant positions in Iran?", "Pakistan’s air force"),
            ("How many children were killed near the town of Saravan?", "four"),
            ("Where did the strikes take place?", "Sistan and Baluchestan province"),
        ])
    func answers(question: String, expected: String) {
        let answer = Self.engine.answer(question)
        #expect(answer.text == expected)
        #expect(
            answer.evidence?.source.hasSuffix("pakistan-iran-airstrikes.txt:3") == true
                || answer.evidence?.source.hasSuffix(":15") == true)
    }

    @Test("a question the article cannot answer gets no answer")
    func abstains() {
        let answer = Self.engine.answer("Who is the president of France?")
        #expect(answer.kind == .none)
        #expect(answer.text == nil)
    }
}
