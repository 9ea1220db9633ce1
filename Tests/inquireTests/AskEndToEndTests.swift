import Testing

@Suite("inquire ask and piped questions, end to end")
struct AskEndToEndTests {
    @Test("ask answers with the answer, the evidence sentence and its source")
    func ask() throws {
        let result = try BinaryRunner.run(["ask", "How many children were killed near the town of Saravan?"])
        #expect(result.status == 0)
        let lines = result.stdout.split(separator: "\n")
        #expect(lines.first == "four")
        #expect(result.stdout.contains("three women and four children"))
        #expect(result.stdout.contains("pakistan-iran-airstrikes.txt:15"))
    }

    @Test("questions piped on standard input are answered one a line, with no prompt")
    func piped() throws {
        let result = try BinaryRunner.run(
            [], stdin: "Where did the strikes take place?\nWho is the president of France?\n")
        #expect(result.status == 0)
        #expect(result.stdout.hasPrefix("Sistan and Baluchestan province\n"))
        #expect(result.stdout.contains("no answer found"))
        #expect(!result.stdout.contains("inquire>"))
    }

    @Test("help lists the subcommands")
    func help() throws {
        let result = try BinaryRunner.run(["--help"])
        #expect(result.status == 0)
        let section = try #require(result.stdout.components(separatedBy: "SUBCOMMANDS:\n").last)
        let subcommands = section.split(separator: "\n").compactMap { line -> String? in
            guard line.hasPrefix("  "), line.dropFirst(2).first != " " else { return nil }
            return line.split(separator: " ").first.map(String.init)
        }
        #expect(
            Array(subcommands.prefix(7)) == ["ask", "run", "eval", "classify", "search", "index", "text"],
            "\(subcommands)")
    }
}
