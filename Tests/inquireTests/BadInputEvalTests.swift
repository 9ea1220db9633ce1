import Foundation
import Testing

/// Bad gold files, question files and output paths given to `inquire eval` and `inquire run`.
@Suite("bad input: gold files, question files, output paths")
struct BadInputEvalTests {
    @Test(
        "a malformed gold file is refused, naming its line",
        arguments: [
            (
                "cols.tsv", "Who?\tA\tHUM:ind\textra\n",
                "1: expected 2 or 3 tab-separated columns (question, answers, type), found 4"
            ),
            (
                "one.tsv", "# comment\nWho lives there?\n",
                "2: expected 2 or 3 tab-separated columns (question, answers, type), found 1"
            ),
            ("label.tsv", "Who?\tA\tXYZ:foo\n", "1: unknown type label \"XYZ:foo\" (expected a TREC label)"),
            ("noquestion.tsv", " \tA\n", "1: empty question"),
            (
                "broken.jsonl",
                "{\"question\": \"Who?\", \"answers\": [\"A\"]}\n{\"question\": \"Where?\", \"answers\": [1\n",
                "2: broken JSON line: unexpected end of JSON inside an array"
            ),
            (
                "answers.jsonl",
                "{\"question\": \"Who?\", \"answers\": [\"A\"]}\n{\"question\": \"Where?\", \"answers\": \"x\"}\n",
                "2: missing array \"answers\""
            ),
            (
                "squad.json",
                "{\"data\": [{\"title\": \"T\", \"paragraphs\": [{\"context\": \"Text.\", \"qas\": [{\"id\": \"1\"}]}]}]}",
                "1: question 1 is missing string \"question\""
            ),
            (
                "nopara.json", "{\"version\": \"1.1\", \"data\": [{\"title\": \"T\"}]}",
                "1: article is missing array \"paragraphs\""
            ),
        ])
    func malformedGold(name: String, content: String, message: String) throws {
        let path = try Scratch.file(name, content)
        let result = try BinaryRunner.run(["eval", path])
        expectOneLineError(result, "Error: \(path):\(message)")
    }

    @Test("an empty gold file, a missing one and a binary one are refused")
    func unusableGold() throws {
        let empty = try Scratch.file("empty.tsv", "# only a comment\n\n")
        expectOneLineError(try BinaryRunner.run(["eval", empty]), "Error: \(empty): no questions")
        let missing = try Scratch.folder() + "/gold.tsv"
        expectOneLineError(try BinaryRunner.run(["eval", missing]), "Error: \(missing): no such file")
        let binary = try Scratch.file("gold.tsv", [0x50, 0x4B, 0x03, 0x04, 0x00, 0x00])
        expectOneLineError(
            try BinaryRunner.run(["eval", binary]), "Error: \(binary):1: NUL byte (binary file?)")
    }

    @Test("predictions that cannot be written are named, and nothing half-written is left")
    func unwritablePredictions() throws {
        let gold = try Scratch.file("gold.tsv", "How many children were killed near Saravan?\tfour\tNUM:count\n")
        let folder = try Scratch.folder()
        let missingFolder = folder + "/absent/predictions.json"
        let result = try BinaryRunner.run(["eval", gold, "--predictions-out", missingFolder])
        expectOneLineError(
            result, "Error: \(missingFolder): cannot create a file in \(folder)/absent: No such file or directory")
        let onFolder = try BinaryRunner.run(["eval", gold, "--predictions-out", folder])
        #expect(onFolder.status == 1)
        #expect(onFolder.stderr == "Error: \(folder): cannot replace: Is a directory\n")
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder) == [])
    }

    @Test("predictions replace an existing file whole")
    func predictionsReplaceFile() throws {
        let gold = try Scratch.file("gold.tsv", "How many children were killed near Saravan?\tfour\tNUM:count\n")
        let folder = try Scratch.folder()
        let out = folder + "/predictions.json"
        try Data(String(repeating: "old content that is longer than the new one\n", count: 100).utf8)
            .write(to: URL(fileURLWithPath: out))
        let result = try BinaryRunner.run(["eval", gold, "--predictions-out", out])
        #expect(result.status == 0)
        #expect(try String(contentsOfFile: out, encoding: .utf8) == "{\"1\":\"four\"}\n")
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder) == ["predictions.json"])
    }

    @Test("a missing or binary question file for run is refused, naming it")
    func badQuestionFile() throws {
        let missing = try Scratch.folder() + "/questions.txt"
        expectOneLineError(try BinaryRunner.run(["run", missing]), "Error: \(missing): no such file")
        let binary = try Scratch.file("questions.txt", Array("Who?\n".utf8) + [0xC0, 0x0A])
        expectOneLineError(
            try BinaryRunner.run(["run", binary]), "Error: \(binary):2: not UTF-8 text: invalid UTF-8 byte sequence")
    }

    @Test("`inquire run … | head -1` ends quietly with status 0", arguments: ["text", "jsonl", "tsv"])
    func runIntoClosedPipe(format: String) throws {
        let questions = String(repeating: "How many children were killed near Saravan?\n", count: 100_000)
        let file = try Scratch.file("questions.txt", questions)
        let result = try Scratch.runReadingFirstLine(["run", file, "--format", format], stdin: "")
        #expect(!result.firstLine.isEmpty)
        #expect(!result.signalled)
        #expect(result.status == 0)
        #expect(result.stderr.isEmpty)
    }
}
