import Foundation
import TestSupport
import Testing

@Suite("inquire text parse, end to end")
struct TextParseCommandTests {
    /// The vendored EWT test sentences (CC BY-SA 4.0, see the fixture's README).
    static let sample = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("InquireKitTests/Fixtures/treebank/en_ewt-ud-test-sample.conllu").path

    /// The token lines' columns of a CoNLL-U text, one array per line; comments and blank lines left out.
    static func rows(_ text: String) -> [[String]] {
        text.split(separator: "\n").filter { !$0.hasPrefix("#") }.map { $0.split(separator: "\t").map(String.init) }
    }

    @Test("--conllu keeps comments, ids, forms, multiword lines and SpaceAfter=No, and fills the prediction")
    func conlluRoundTrip() throws {
        let result = try BinaryRunner.run(["text", "parse", "--conllu", Self.sample])
        #expect(result.status == 0)
        #expect(result.stderr.isEmpty)
        let gold = try String(contentsOfFile: Self.sample, encoding: .utf8)
        let goldComments = gold.split(separator: "\n").filter { $0.hasPrefix("# sent_id") || $0.hasPrefix("# text") }
        let comments = result.stdout.split(separator: "\n").filter {
            $0.hasPrefix("# sent_id") || $0.hasPrefix("# text")
        }
        #expect(comments == goldComments)
        let goldRows = Self.rows(gold)
        let rows = Self.rows(result.stdout)
        #expect(rows.count == goldRows.count)
        #expect(rows.map { $0[0] } == goldRows.map { $0[0] })
        #expect(rows.map { $0[1] } == goldRows.map { $0[1] })
        for (row, goldRow) in zip(rows, goldRows) {
            #expect(row.count == 10)
            #expect(goldRow[9].contains("SpaceAfter=No") == row[9].contains("SpaceAfter=No"))
            guard Int(row[0]) != nil else { continue }
            #expect(row[3] != "_" && Int(row[6]) != nil && row[7] != "_")
            #expect(row[9].contains("NER=O") || row[9].contains("NER=B-") || row[9].contains("NER=I-"))
        }
        let tagged = zip(rows, goldRows).filter { Int($0.0[0]) != nil }
        let right = tagged.filter { $0.0[3] == $0.1[3] }.count
        #expect(Double(right) / Double(tagged.count) > 0.9)
    }

    @Test("raw text becomes CoNLL-U blocks with # text and UD words")
    func rawText() throws {
        let result = try BinaryRunner.run(["text", "parse"], stdin: "Pakistan's army didn't say. It left Paris.\n")
        #expect(result.status == 0)
        let blocks = result.stdout.split(separator: "\n\n")
        #expect(blocks.count == 2)
        #expect(blocks.first?.contains("# text = Pakistan's army didn't say.") == true)
        let forms = Self.rows(String(blocks[0])).map { $0[1] }
        #expect(forms == ["Pakistan", "'s", "army", "did", "n't", "say", "."])
        #expect(Self.rows(String(blocks[0])).last?[3] == "PUNCT")
    }

    @Test("--json prints one object a sentence")
    func json() throws {
        let result = try BinaryRunner.run(["text", "parse", "--json"], stdin: "Alice met Bob in Rome.\n")
        #expect(result.status == 0)
        let lines = result.stdout.split(separator: "\n")
        #expect(lines.count == 1)
        let object = try JSONSerialization.jsonObject(with: Data(lines[0].utf8)) as? [String: Any]
        let words = object?["words"] as? [[String: Any]]
        #expect(words?.count == 6)
        #expect(words?.first?["form"] as? String == "Alice")
        #expect(words?.first?["ner"] as? String == "B-PER")
    }

    @Test("malformed CoNLL-U: one line naming the file and line, exit 1")
    func malformed() throws {
        let folder = URL(fileURLWithPath: try ScratchSpace.folder("inquire-parse"))
        let file = folder.appendingPathComponent("bad.conllu")
        try Data("1\tHello\t_\t_\n".utf8).write(to: file)
        let result = try BinaryRunner.run(["text", "parse", "--conllu", file.path])
        #expect(result.status == 1)
        #expect(result.stderr.contains("bad.conllu:1:"))
        #expect(result.stderr.split(separator: "\n").count == 1)
    }
}
