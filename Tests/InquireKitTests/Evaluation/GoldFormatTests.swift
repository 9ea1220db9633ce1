import Foundation
import TestSupport
import Testing

@testable import InquireKit

@Suite("Gold format detection and loading")
struct GoldFormatTests {
    @Test(
        "the format is chosen by content",
        arguments: [
            ("# comment\nWho?\tAda\n", "gold.json", GoldFormat.tsv),
            ("Who?\tAda\n", "gold.jsonl", .tsv),
            ("{\"question\": \"Who?\", \"answers\": []}\n", "gold.txt", .jsonLines),
            ("\n{\"question\": \"Who?\", \"answers\": []}", "gold.json", .jsonLines),
            ("{\"version\": \"1.1\", \"data\": []}", "gold.jsonl", .squad),
            ("{\n  \"version\": \"1.1\",\n  \"data\": []\n}\n", "gold.txt", .squad),
            ("{\"question\": \"Who?\",\n", "gold.jsonl", .jsonLines),
            ("{\"question\": \"Who?\",\n", "gold.json", .squad),
        ])
    func detection(text: String, path: String, expected: GoldFormat) {
        #expect(GoldFile.detectFormat(text, path: path) == expected)
    }

    @Test("a missing file and a folder are refused without a line")
    func missing() {
        #expect(throws: GoldFileError(path: "/nonexistent/gold.tsv", line: nil, reason: "no such file")) {
            _ = try GoldFile.load(path: "/nonexistent/gold.tsv")
        }
        #expect(throws: GoldFileError.self) { _ = try GoldFile.load(path: FixturePaths.fixture("eval")) }
    }

    @Test("a file that is not UTF-8 text is refused with the line of the bad byte")
    func notText() throws {
        let path = ScratchSpace.path("inquire-gold.tsv")
        try Data("Who?\tAda\nWhere?\t\u{00}\n".utf8).write(to: URL(fileURLWithPath: path))
        defer { try? FileManager.default.removeItem(atPath: path) }
        #expect {
            _ = try GoldFile.load(path: path)
        } throws: { error in
            (error as? GoldFileError)?.line == 2
        }
    }

    @Test("TREC labels: coarse or fine, case-sensitive")
    func labels() {
        #expect(GoldTypeLabel.isValid("HUM:ind"))
        #expect(GoldTypeLabel.isValid("NUM:volsize"))
        #expect(GoldTypeLabel.isValid("ENTY"))
        #expect(!GoldTypeLabel.isValid("hum:ind"))
        #expect(!GoldTypeLabel.isValid("HUM:"))
        #expect(!GoldTypeLabel.isValid("LOC:planet"))
        #expect(GoldTypeLabel.fineByCoarse.values.reduce(0) { $0 + $1.count } == 50)
    }
}
