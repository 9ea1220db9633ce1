import Testing

@testable import InquireKit

@Suite("gold files: duplicate question ids")
struct DuplicateIDTests {
    @Test("a JSON Lines gold file with one id twice is refused, naming the id and both lines")
    func jsonLines() {
        let text = """
            {"id": "q1", "question": "Who?", "answers": ["A"]}
            {"id": "q2", "question": "Where?", "answers": ["B"]}
            {"id": "q1", "question": "When?", "answers": ["C"]}
            """
        #expect(
            throws: GoldFileError(path: "g.jsonl", line: 3, reason: "duplicate question id \"q1\" (first at g.jsonl:1)")
        ) {
            try GoldFile.parse(text, path: "g.jsonl")
        }
    }

    @Test("a SQuAD gold file with one id in two paragraphs is refused, naming both lines")
    func squad() {
        let text = """
            {"data": [{"title": "T", "paragraphs": [
              {"context": "Bob went to Paris.", "qas": [
                {"id": "x", "question": "Who went to Paris?", "answers": [{"text": "Bob", "answer_start": 0}]}]},
              {"context": "Ann went home.", "qas": [
                {"id": "x", "question": "Who went home?", "answers": [{"text": "Ann", "answer_start": 0}]}]}
            ]}]}
            """
        #expect(
            throws: GoldFileError(path: "s.json", line: 5, reason: "duplicate question id \"x\" (first at s.json:3)")
        ) {
            try GoldFile.parse(text, path: "s.json")
        }
    }

    @Test("distinct ids pass")
    func distinct() throws {
        let text =
            "{\"id\": \"a\", \"question\": \"Who?\", \"answers\": []}\n{\"question\": \"Where?\", \"answers\": []}\n"
        #expect(try GoldFile.parse(text, path: "g.jsonl").questions.map(\.id) == ["a", "2"])
    }
}
