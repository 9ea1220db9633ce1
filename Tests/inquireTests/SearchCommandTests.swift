import Foundation
import TestSupport
import Testing

@Suite("inquire search, end to end")
struct SearchCommandTests {
    @Test("prints the top sentences with scores and sources")
    func plain() throws {
        let result = try BinaryRunner.run(["search", "children killed Saravan", "--top", "2"])
        #expect(result.status == 0)
        let lines = result.stdout.split(separator: "\n")
        #expect(lines.count == 4)
        #expect(lines.first?.hasPrefix("1. 0.") == true)
        #expect(lines.first?.hasSuffix("pakistan-iran-airstrikes.txt:15") == true)
        #expect(lines[1].contains("four children were killed"))
    }

    @Test("--json prints rank, sentence, score, text and source")
    func json() throws {
        let result = try BinaryRunner.run(["search", "retaliatory airstrikes", "--json", "--top", "3"])
        #expect(result.status == 0)
        let hits = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [[String: Any]])
        #expect(hits.count == 3)
        #expect(hits.map { $0["rank"] as? Int } == [1, 2, 3])
        for hit in hits {
            #expect(Set(hit.keys) == ["rank", "sentence", "score", "text", "source"])
        }
        let scores = hits.compactMap { $0["score"] as? Double }
        #expect(scores == scores.sorted(by: >))
        #expect((hits.first?["source"] as? String)?.contains("pakistan-iran-airstrikes.txt:") == true)
    }

    @Test("sentence is the 0-based position in corpus order, one sentence a line")
    func sentencePosition() throws {
        let folder = URL(fileURLWithPath: try ScratchSpace.folder("inquire-search"))
        defer { try? FileManager.default.removeItem(at: folder) }
        let corpus = folder.appendingPathComponent("lines.txt")
        try "Alpha beta. Gamma.\nDelta epsilon.\nZeta gamma eta.\n".write(to: corpus, atomically: true, encoding: .utf8)
        let result = try BinaryRunner.run(
            ["search", "--corpus", corpus.path, "--one-sentence-per-line", "zeta eta", "--json"])
        let hits = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [[String: Any]])
        #expect(hits.first?["sentence"] as? Int == 2)
        #expect(hits.first?["source"] as? String == "\(corpus.path):3")
    }

    @Test("BM25 ranking is available")
    func bm25() throws {
        let result = try BinaryRunner.run(["search", "airstrikes Iran", "--ranking", "bm25", "--json", "--top", "1"])
        #expect(result.status == 0)
        let hits = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [[String: Any]])
        #expect(((hits.first?["score"] as? Double) ?? 0) > 1)
    }

    @Test("a query that matches nothing says so")
    func nothing() throws {
        let plain = try BinaryRunner.run(["search", "zzzyzzx"])
        #expect(plain.status == 0)
        #expect(plain.stdout == "no matching sentence\n")
        let json = try BinaryRunner.run(["search", "zzzyzzx", "--json"])
        #expect(json.stdout == "[]\n")
    }

    @Test("--queries runs every line; --latency prints one JSON object")
    func queries() throws {
        let file = ScratchSpace.url("q.txt")
        defer { try? FileManager.default.removeItem(at: file) }
        let lines = (0..<60).map { $0 % 2 == 0 ? "Iran airstrikes" : "children killed" }
        try (lines.joined(separator: "\n") + "\n").write(to: file, atomically: true, encoding: .utf8)
        let each = try BinaryRunner.run(["search", "--queries", file.path, "--json", "--top", "1"])
        #expect(each.status == 0)
        #expect(each.stdout.split(separator: "\n").count == 60)
        let timed = try BinaryRunner.run(["search", "--queries", file.path, "--latency"])
        #expect(timed.status == 0)
        let report = try #require(try JSONSerialization.jsonObject(with: Data(timed.stdout.utf8)) as? [String: Any])
        #expect(Set(report.keys) == ["queries", "p50_ms", "p99_ms", "mean_ms"])
        #expect(report["queries"] as? Int == 10)
        #expect(((report["p50_ms"] as? Double) ?? -1) >= 0)
        let cpu = try BinaryRunner.run([
            "search", "--queries", file.path, "--latency", "--clock", "cpu", "--warmup", "0",
        ])
        let cpuReport = try #require(try JSONSerialization.jsonObject(with: Data(cpu.stdout.utf8)) as? [String: Any])
        #expect(cpuReport["queries"] as? Int == 60)
    }

    @Test(
        "bad arguments are refused",
        arguments: [["search"], ["search", "x", "--latency"], ["search", "x", "--top", "0"]])
    func refused(arguments: [String]) throws {
        let result = try BinaryRunner.run(arguments)
        #expect(result.status != 0)
        #expect(!result.stderr.isEmpty)
    }
}
