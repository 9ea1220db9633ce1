import Foundation
import TestSupport
import Testing

/// Questions piped in, `ask`'s details and formats, misspelled commands, and corpora that are not UTF-8.
@Suite("piped colon commands, --echo, ask's details, misspelled commands, Windows-1252 corpora")
struct PipedCommandsTests {
    /// An environment without an rc file.
    static let noRC = ["XDG_CONFIG_HOME": "/nonexistent-inquire-config"]

    @Test("piped colon commands work as in the shell; --echo prints each line before its answer")
    func pipedCommands() throws {
        let input = ":mode json\nHow many children were killed near the town of Saravan?\n:bogus\n"
        let result = try BinaryRunner.run([], stdin: input, environment: Self.noRC)
        #expect(result.status == 0)
        #expect(result.stdout.hasPrefix("{\"question\":\"How many children were killed near the town of Saravan?\""))
        #expect(result.stderr == "inquire: unknown command ':bogus'; type :help for the list\n")

        let stdinRead = try BinaryRunner.run([], stdin: ":read -\n", environment: Self.noRC)
        #expect(stdinRead.stderr == "inquire: usage: :read FILE (standard input is where the commands come from)\n")

        let echoed = try BinaryRunner.run(
            ["--echo"], stdin: "How many children were killed near the town of Saravan?\n", environment: Self.noRC)
        #expect(echoed.stdout.hasPrefix("inquire> How many children were killed near the town of Saravan?\nfour\n"))
    }

    @Test("`ask` prints the type and confidence line, and JSON with --format json")
    func askDetails() throws {
        let question = "How many children were killed near the town of Saravan?"
        let text = try BinaryRunner.run(["ask", question])
        let lines = text.stdout.split(separator: "\n")
        #expect(lines.first == "four")
        #expect(lines.last?.hasPrefix("  NUM:count · confidence 0.") == true)
        let json = try BinaryRunner.run(["ask", "--format", "json", question])
        #expect(json.stdout.hasPrefix("{\"question\":\"\(question)\",\"type\":\"NUM:count\",\"answer\":\"four\""))
        #expect(json.stdout.split(separator: "\n").count == 1)
    }

    @Test(
        "a misspelled subcommand is named with a suggestion, exit 64",
        arguments: [
            (["aks", "Who?"], "unknown command 'aks'; did you mean 'ask'?"),
            (["--corpus", "x.txt", "serch", "x"], "unknown command 'serch'; did you mean 'search'?"),
            (["frobnicate"], "unknown command 'frobnicate'; see 'inquire --help' for the commands"),
        ])
    func misspelledSubcommand(arguments: [String], message: String) throws {
        let result = try BinaryRunner.run(arguments)
        #expect(result.status == 64)
        #expect(result.stderr == "Error: \(message)\n")
        #expect(result.stdout.isEmpty)
    }

    /// A folder of the default article (UTF-8) and a Latin-1 article.
    static func mixedFolder() throws -> (folder: String, latin1: String) {
        let folder = try ScratchSpace.folder("inquire-encoding")
        try Data(Scratch.article.utf8).write(to: URL(fileURLWithPath: folder + "/a.txt"))
        // "Müller" and "café" in Latin-1, and a Windows-1252 curly apostrophe (0x92).
        let latin1: [UInt8] =
            Array("The Z".utf8) + [0xFC] + Array("rich caf".utf8) + [0xE9] + Array(" was opened by Anna M".utf8)
            + [0xFC] + Array("ller in 1911. The owner".utf8) + [0x92] + Array("s son ran it later.\n".utf8)
        let path = folder + "/b.txt"
        try Data(latin1).write(to: URL(fileURLWithPath: path))
        return (folder, path)
    }

    @Test("a folder with one Latin-1 file answers from all its files, with one warning naming that file")
    func windows1252InFolder() throws {
        let (folder, latin1) = try Self.mixedFolder()
        let result = try BinaryRunner.run(["--corpus", folder, "ask", "Who opened the Zürich café?"])
        #expect(result.status == 0)
        #expect(result.stdout.hasPrefix("Anna Müller\n"))
        #expect(result.stderr == "inquire: warning: \(latin1): not UTF-8; read as Windows-1252\n")
        let other = try BinaryRunner.run(["--corpus", folder, "ask", "How many children were killed near Saravan?"])
        #expect(other.stdout.hasPrefix("four\n"))
        let search = try BinaryRunner.run(["--corpus", folder, "search", "owner’s son"])
        #expect(search.stdout.contains("The owner’s son ran it later."))

        let strict = try BinaryRunner.run(["--corpus", folder, "--strict-encoding", "ask", "Who opened the café?"])
        #expect(strict.status == 1)
        #expect(strict.stderr == "Error: \(latin1):1: not UTF-8 text: invalid UTF-8 byte sequence\n")
    }

    @Test("`:stats` and `index build` count the files read as Windows-1252")
    func windows1252Counted() throws {
        let (folder, _) = try Self.mixedFolder()
        let stats = try BinaryRunner.run(["--corpus", folder], stdin: ":stats\n", environment: Self.noRC)
        #expect(stats.stdout.contains("1 file, read as Windows-1252"))
        let index = try ScratchSpace.folder("inquire-encoding-index") + "/i.idx"
        let build = try BinaryRunner.run(["index", "build", folder, "-o", index, "--json"])
        #expect(build.stdout.contains("\"windows_1252_files\":1"))
    }

    @Test("a binary file inside a folder is skipped with a warning; alone it is refused")
    func binaryInFolder() throws {
        let folder = try ScratchSpace.folder("inquire-binary")
        try Data(Scratch.article.utf8).write(to: URL(fileURLWithPath: folder + "/a.txt"))
        try Data([0x00, 0x01, 0x02]).write(to: URL(fileURLWithPath: folder + "/b.txt"))
        try Data((0..<200).map { UInt8($0 % 8 + 1) } + [0xFF]).write(to: URL(fileURLWithPath: folder + "/c.txt"))
        let result = try BinaryRunner.run(["--corpus", folder, "ask", "How many children were killed near Saravan?"])
        #expect(result.status == 0)
        #expect(result.stdout.hasPrefix("four\n"))
        #expect(
            result.stderr
                == "inquire: warning: skipped \(folder)/b.txt:1: not UTF-8 text: NUL byte (binary file?)\n"
                + "inquire: warning: skipped \(folder)/c.txt:1: not UTF-8 text: mostly control characters "
                + "(binary file?)\n")
        let alone = try BinaryRunner.run(["--corpus", folder + "/c.txt", "ask", "Who?"])
        #expect(alone.status == 1)
        #expect(alone.stderr == "Error: \(folder)/c.txt:1: not UTF-8 text: mostly control characters (binary file?)\n")
    }
}
