import Foundation
import TestSupport
import Testing

/// Issue 14, item 2: when every candidate was ruled out because no sentence states the question's predicate,
/// `:why` says so in one line and `ask --format json` / `run --format jsonl` carry a `ruled_out` field (only then).
@Suite("why there is no answer when every candidate was ruled out, through the binary", .serialized)
struct RuledOutEndToEndTests {
    /// A made-up article longer than a paragraph: a director is named, no paying is stated.
    static let article =
        ["Its director, Mara Quillon, has led the Kestrel Trust for ten years."]
        + (1...16).map { "The trust restored mill number \($0) last year." }

    /// Writes the article into `home` and returns its path.
    static func corpus(in home: ShellHome) throws -> String {
        let path = home.path + "/kestrel.txt"
        try (article.joined(separator: "\n") + "\n").write(toFile: path, atomically: true, encoding: .utf8)
        return path
    }

    @Test(":why names the predicate no sentence states, how many candidates went and the best of them")
    func whySaysWhy() throws {
        let home = try ShellHome()
        defer { home.remove() }
        let corpus = try Self.corpus(in: home)
        let shell = try PseudoTerminal(arguments: ["--corpus", corpus], environment: home.environment(), columns: 200)
        try shell.expect(prompt)
        shell.send("Who paid for the Kestrel Trust?" + Key.enter)
        try shell.expect("no answer found")
        try shell.expect(prompt)
        shell.send(":why" + Key.enter)
        let why = try shell.expect(prompt)
        let lines = why.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespacesAndNewlines) }
        let line = try #require(lines.first { $0.hasPrefix("No answer: ") })
        #expect(line.contains("no sentence states \u{201C}pay\u{201D} (nor a form or synonym of it)"))
        #expect(line.contains("1 candidate in no asked role ruled out, the best \u{201C}Mara Quillon\u{201D}"))
        // A question whose relation is stated is explained by its winner, not by a ruling.
        shell.send("Who led the Kestrel Trust?" + Key.enter)
        try shell.expect("Mara Quillon")
        try shell.expect(prompt)
        shell.send(":why" + Key.enter)
        let answered = try shell.expect(prompt)
        #expect(answered.contains("is the only candidate of the expected type"))
        #expect(!answered.contains("No answer: "))
        shell.send(Key.controlD)
        #expect(try shell.waitForExit() == 0)
    }

    /// The JSON object of one line.
    func object(_ line: Substring) throws -> [String: Any] {
        try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
    }

    @Test("ask --format json and run --format jsonl carry ruled_out only when every candidate was ruled out")
    func jsonField() throws {
        let home = try ShellHome()
        defer { home.remove() }
        let corpus = try Self.corpus(in: home)
        let asked = try BinaryRunner.run([
            "--corpus", corpus, "ask", "--format", "json", "Who paid for the Kestrel Trust?",
        ])
        #expect(asked.status == 0)
        let object = try self.object(Substring(asked.stdout.trimmingCharacters(in: .newlines)))
        #expect(object["answer"] is NSNull)
        let ruledOut = try #require(object["ruled_out"] as? [String: Any])
        #expect(ruledOut["predicate"] as? String == "pay")
        #expect(ruledOut["ground"] as? String == "no asked role")
        #expect(ruledOut["count"] as? Int == 1)
        #expect(ruledOut["best"] as? String == "Mara Quillon")
        #expect((ruledOut["summary"] as? String)?.hasPrefix("no sentence states") == true)

        let run = try BinaryRunner.run(
            ["--corpus", corpus, "run", "--format", "jsonl", "-"],
            stdin: "Who led the Kestrel Trust?\nWho paid for the Kestrel Trust?\n")
        #expect(run.status == 0)
        let lines = run.stdout.split(separator: "\n")
        try #require(lines.count == 2)
        let led = try self.object(lines[0])
        #expect(led["answer"] as? String == "Mara Quillon")
        #expect(led["ruled_out"] == nil)
        #expect((try self.object(lines[1])["ruled_out"] as? [String: Any])?["best"] as? String == "Mara Quillon")
    }
}
