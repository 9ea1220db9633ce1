import Foundation
import Testing

@testable import InquireKit

@Suite("TextLines: one line reader for LF, CRLF and lone CR")
struct TextLinesTests {
    @Test(
        "LF, CRLF and a lone CR all end a line, and only one line per terminator",
        arguments: [
            ("a\nb\nc", ["a", "b", "c"]),
            ("a\r\nb\r\nc", ["a", "b", "c"]),
            ("a\rb\rc", ["a", "b", "c"]),
            ("a\r\n\r\nb", ["a", "", "b"]),
            ("a\n\rb", ["a", "", "b"]),
            ("a\r\n", ["a", ""]),
            ("", [""]),
            ("é\r\nü", ["é", "ü"]),
        ])
    func lines(text: String, expected: [String]) {
        #expect(TextLines.lines(of: text).map(String.init) == expected)
        let ranges = TextLines.ranges(in: Array(text.utf8))
        #expect(ranges.map { String(decoding: Array(text.utf8)[$0], as: UTF8.self) } == expected)
    }

    @Test("one-sentence-per-line corpora split at LF, CRLF and a lone CR, numbering lines alike")
    func sentenceLines() {
        let spans = SentenceSplitter.lines(of: "Bob went home.\rAnn stayed.\r\n\r\nEve left.\n")
        #expect(spans.map(\.text) == ["Bob went home.", "Ann stayed.", "Eve left."])
        #expect(spans.map(\.line) == [1, 2, 4])
    }

    @Test("a CRLF copy of a TREC label file reads as the LF original")
    func trecLabels() throws {
        let crlf = try TRECLabelFile.read(contentsOf: FixturePaths.fixture("questions/sample-crlf.label"))
        let original = try TRECLabelFile.read(contentsOf: FixturePaths.fixture("questions/fresh-questions.label"))
        #expect(crlf.count == 40)
        #expect(crlf.map(\.label) == original.prefix(40).map(\.label))
        #expect(crlf.map(\.question) == original.prefix(40).map(\.question))
        #expect(!crlf.contains { $0.question.contains("\r") })
    }

    @Test("CRLF and lone-CR copies of the TSV and JSON Lines gold files read as the LF originals")
    func goldFiles() throws {
        for name in ["eval/gold.tsv", "eval/gold.jsonl"] {
            let path = FixturePaths.fixture(name)
            let text = try String(contentsOfFile: path, encoding: .utf8)
            let original = try GoldFile.parse(text, path: path)
            for ending in ["\r\n", "\r"] {
                let copy = try GoldFile.parse(text.replacing("\n", with: ending), path: path)
                #expect(copy.questions == original.questions, "\(name) with \(ending.debugDescription)")
            }
        }
    }

    @Test("a CRLF JSON Lines corpus gives the documents of the LF one")
    func jsonLinesCorpus() throws {
        let text = "{\"id\": \"a\", \"text\": \"Bob went to Paris.\"}\n{\"id\": \"b\", \"text\": \"Ann went home.\"}\n"
        let original = try JSONLinesCorpus.documents(text, path: "c.jsonl")
        let crlf = try JSONLinesCorpus.documents(text.replacing("\n", with: "\r\n"), path: "c.jsonl")
        #expect(crlf.map(\.id) == ["a", "b"])
        #expect(crlf.map(\.text) == original.map(\.text))
        #expect(JSONShape.of(text.replacing("\n", with: "\r\n"), path: "c.json") == .lines)
    }
}
