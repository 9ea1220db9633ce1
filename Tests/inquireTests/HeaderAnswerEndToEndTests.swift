import Foundation
import TestSupport
import Testing

/// A question about the report itself ("When was the article published?") is answered from its document's header
/// (`DocumentHeader`): `ask --format json` marks such an answer with `from_header`, and `:why` says where it was read.
@Suite("answers read from a document's header, through the binary", .serialized)
struct HeaderAnswerEndToEndTests {
    /// A made-up news article with a headline, a date line and a dateline.
    static let article = """
        Harbour bridge reopens after two years of repairs

        Tuesday, March 3, 2015

        Portmore, Valdana – The harbour bridge reopened to traffic on Monday after repairs that took two years.
        The city council paid for the work.

        """

    /// Writes the article into `home` and returns its path.
    static func corpus(in home: ShellHome) throws -> String {
        let path = home.path + "/bridge.txt"
        try article.write(toFile: path, atomically: true, encoding: .utf8)
        return path
    }

    @Test("ask --format json gives the date line with from_header, and a question about the text carries none")
    func jsonField() throws {
        let home = try ShellHome()
        defer { home.remove() }
        let corpus = try Self.corpus(in: home)
        let asked = try BinaryRunner.run([
            "--corpus", corpus, "ask", "--format", "json", "When was the article published?",
        ])
        #expect(asked.status == 0)
        let data = Data(asked.stdout.trimmingCharacters(in: .newlines).utf8)
        let object = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        #expect(object["answer"] as? String == "Tuesday, March 3, 2015")
        #expect(object["from_header"] as? String == "date line")
        let other = try BinaryRunner.run([
            "--corpus", corpus, "ask", "--format", "json", "Who paid for the work?",
        ])
        #expect(!other.stdout.contains("from_header"))
    }

    @Test(":why says the answer was read from the dateline")
    func why() throws {
        let home = try ShellHome()
        defer { home.remove() }
        let corpus = try Self.corpus(in: home)
        let shell = try PseudoTerminal(arguments: ["--corpus", corpus], environment: home.environment(), columns: 200)
        try shell.expect(prompt)
        shell.send("Which city is named in the report's dateline?" + Key.enter)
        try shell.expect("Portmore")
        try shell.expect(prompt)
        shell.send(":why" + Key.enter)
        let why = try shell.expect(prompt)
        #expect(why.contains("the answer is read from the document's dateline"))
        shell.send(Key.controlD)
        #expect(try shell.waitForExit() == 0)
    }
}
