import Testing

@testable import InquireKit

@Suite("Sentence splitter basics")
struct SentenceSplitterBasicsTests {
    @Test("the default article splits into its headline and 21 sentences")
    func defaultArticle() throws {
        let text = try String(contentsOfFile: FixturePaths.defaultArticle, encoding: .utf8)
        let sentences = SentenceSplitter.split(text)
        #expect(sentences.count == 22)
        #expect(sentences.first?.line == 1)
        #expect(sentences.dropFirst().first?.text.hasPrefix("Islamabad, Pakistan –") == true)
    }

    @Test("titles and mid-sentence abbreviations do not end a sentence")
    func abbreviations() {
        let spans = SentenceSplitter.split("Dr. Khan met U.S. officials. They talked.")
        #expect(spans.map(\.text) == ["Dr. Khan met U.S. officials.", "They talked."])
    }
}
