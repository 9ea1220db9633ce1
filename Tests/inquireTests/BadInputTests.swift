import Foundation
import Testing

/// Bad input given to the built binary: every case ends with a correct result or one clear line on standard error
/// (`Error: what went wrong and where`) and exit status 1, or argument-parser's usage message and status 64 —
/// never a crash, a hang, a stack trace or a half-written file.
@Suite("bad input: corpora, questions, usage, pipes")
struct BadInputTests {
    // MARK: Corpus files and folders

    @Test("a missing corpus file or folder is named in one line, status 1")
    func missingCorpus() throws {
        let folder = try Scratch.folder()
        for path in [folder + "/absent.txt", folder + "/absent-folder/"] {
            let result = try BinaryRunner.run(["--corpus", path, "ask", "Who?"])
            expectOneLineError(result, "Error: \(path): no such file or folder")
        }
    }

    @Test("an empty or blank corpus file says it holds no text", arguments: ["", "\n\n  \t\n"])
    func emptyCorpus(content: String) throws {
        let path = try Scratch.file("empty.txt", content)
        let result = try BinaryRunner.run(["--corpus", path, "ask", "Who?"])
        expectOneLineError(result, "Error: \(path): the corpus holds no text")
    }

    @Test("a folder without text files, or an empty one, says so")
    func folderWithoutTextFiles() throws {
        let empty = try Scratch.folder()
        let other = try Scratch.folder()
        try Data([0x89, 0x50, 0x4E, 0x47]).write(to: URL(fileURLWithPath: other + "/picture.png"))
        try Data("notes".utf8).write(to: URL(fileURLWithPath: other + "/notes.docx"))
        try FileManager.default.createDirectory(atPath: other + "/sub.txt", withIntermediateDirectories: true)
        for path in [empty, other] {
            let result = try BinaryRunner.run(["--corpus", path, "ask", "Who?"])
            expectOneLineError(result, "Error: \(path): no .txt, .md, .jsonl or .json files in this folder")
        }
    }

    @Test("a binary file is refused as not UTF-8 text, naming the file and line")
    func binaryFile() throws {
        var bytes: [UInt8] = [0x7F, 0x45, 0x4C, 0x46, 0x02, 0x01, 0x01, 0x00]  // an ELF header
        bytes += (0..<4096).map { UInt8(truncatingIfNeeded: $0 &* 37) }
        let path = try Scratch.file("program.txt", bytes)
        let result = try BinaryRunner.run(["--corpus", path, "ask", "Who?"])
        expectOneLineError(result, "Error: \(path):1: not UTF-8 text: NUL byte (binary file?)")
    }

    @Test("invalid UTF-8 is read as Windows-1252 with a warning, or with --strict-encoding refused at its line")
    func invalidUTF8() throws {
        let path = try Scratch.file("latin1.txt", Array("Good first line.\nZ".utf8) + [0xFC] + Array("rich.\n".utf8))
        let lenient = try BinaryRunner.run(["--corpus", path, "ask", "Who?"])
        #expect(lenient.status == 0)
        #expect(lenient.stderr == "inquire: warning: \(path): not UTF-8; read as Windows-1252\n")
        let result = try BinaryRunner.run(["--corpus", path, "--strict-encoding", "ask", "Who?"])
        expectOneLineError(result, "Error: \(path):2: not UTF-8 text: invalid UTF-8 byte sequence")
    }

    @Test("a UTF-16 file with a byte-order mark is refused with a hint to convert it")
    func utf16WithBOM() throws {
        for bom: [UInt8] in [[0xFF, 0xFE], [0xFE, 0xFF]] {
            let body =
                bom == [0xFF, 0xFE] ? Array("Who won?".utf16).flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] } : []
            let path = try Scratch.file("utf16.txt", bom + body)
            let result = try BinaryRunner.run(["--corpus", path, "ask", "Who?"])
            expectOneLineError(
                result, "Error: \(path):1: not UTF-8 text: UTF-16 or UTF-32 byte-order mark (convert the file to UTF-8)"
            )
        }
    }

    @Test("a UTF-8 byte-order mark is dropped and the file read normally")
    func utf8WithBOM() throws {
        let path = try Scratch.file("bom.txt", [0xEF, 0xBB, 0xBF] + Array(Scratch.article.utf8))
        let result = try BinaryRunner.run(["--corpus", path, "ask", "How many children were killed near Saravan?"])
        #expect(result.status == 0)
        #expect(result.stdout.hasPrefix("four\n"))
        #expect(result.stderr.isEmpty)
    }

    @Test("NUL bytes inside text are refused, naming their line")
    func nulBytes() throws {
        let path = try Scratch.file("nul.txt", Array("One line.\nTwo lines.\nThree\0lines.\n".utf8))
        let result = try BinaryRunner.run(["--corpus", path, "ask", "Who?"])
        expectOneLineError(result, "Error: \(path):3: not UTF-8 text: NUL byte (binary file?)")
    }

    @Test("with --strict-encoding one bad file in a folder is named; the good files around it do not hide it")
    func badFileInFolder() throws {
        let folder = try Scratch.folder()
        try Data(Scratch.article.utf8).write(to: URL(fileURLWithPath: folder + "/a.txt"))
        try Data([0x00, 0x01, 0x02]).write(to: URL(fileURLWithPath: folder + "/b.txt"))
        let result = try BinaryRunner.run(["--corpus", folder, "--strict-encoding", "ask", "Who?"])
        expectOneLineError(result, "Error: \(folder)/b.txt:1: not UTF-8 text: NUL byte (binary file?)")
    }

    @Test("a device is refused instead of being read for ever")
    func device() throws {
        let result = try BinaryRunner.run(["--corpus", "/dev/zero", "ask", "Who?"])
        expectOneLineError(result, "Error: /dev/zero: cannot read: a device, not a file")
    }

    @Test("a named pipe inside a corpus folder is skipped instead of blocking")
    func namedPipeInFolder() throws {
        let folder = try Scratch.folder()
        #expect(mkfifo(folder + "/pipe.txt", 0o600) == 0)
        try Data(Scratch.article.utf8).write(to: URL(fileURLWithPath: folder + "/article.txt"))
        let result = try BinaryRunner.run(["--corpus", folder, "ask", "How many children were killed near Saravan?"])
        #expect(result.status == 0)
        #expect(result.stdout.hasPrefix("four\n"))
    }

    @Test("a broken JSON Lines line is named by its line number")
    func brokenJSONLines() throws {
        let path = try Scratch.file(
            "docs.jsonl", "{\"id\": \"a\", \"text\": \"Fine.\"}\n{\"id\": \"b\", \"text\": \"cut off\n{\"id\": \"c\"}\n"
        )
        let result = try BinaryRunner.run(["--corpus", path, "ask", "Who?"])
        expectOneLineError(result, "Error: \(path):2: not a JSON object")
        let missing = try Scratch.file("nokey.jsonl", "{\"id\": \"a\", \"text\": \"Fine.\"}\n{\"id\": \"c\"}\n")
        let second = try BinaryRunner.run(["--corpus", missing, "ask", "Who?"])
        expectOneLineError(second, "Error: \(missing):2: missing string field \"text\"")
    }

    @Test(
        "a SQuAD file with missing keys says which",
        arguments: [
            ("{\"version\": \"1.1\"}", "missing array \"data\" (expected a SQuAD file)"),
            ("{\"data\": [{\"title\": \"T\"}]}", "article \"T\" has no \"paragraphs\" array"),
            ("{\"data\": [{\"title\": \"T\", \"paragraphs\": [{\"qas\": []}]}]}", "\"T\" paragraph 1 has no context"),
            ("{\"data\": [{\"title\": \"T\", \"paragraphs\": [{\"context\": 3}]", "not a JSON object"),
        ])
    func squadMissingKeys(json: String, message: String) throws {
        let path = try Scratch.file("squad.json", json)
        let result = try BinaryRunner.run(["--corpus", path, "ask", "Who?"])
        expectOneLineError(result, "Error: \(path):1: \(message)")
    }

    @Test("a path with a line break is shown escaped, so the error stays on one line")
    func pathWithLineBreak() throws {
        let folder = try Scratch.folder()
        let result = try BinaryRunner.run(["--corpus", folder + "/two\nlines.txt", "ask", "Who?"])
        expectOneLineError(result, "Error: \(folder)/two\\nlines.txt: no such file or folder")
    }

    @Test(
        "a 50 MB corpus on a single line is split, indexed and answered (INQUIRE_SKIP_LARGE_TESTS=1 skips it)",
        .enabled(if: ProcessInfo.processInfo.environment["INQUIRE_SKIP_LARGE_TESTS"] != "1"))
    func fiftyMegabyteSingleLine() throws {
        try answersFromSingleLine(megabytes: 50)
    }

    /// Writes the default article again and again on one line to `megabytes` MB and asks a question of it.
    func answersFromSingleLine(megabytes: Int) throws {
        let line = Scratch.article.replacingOccurrences(of: "\n", with: " ")
        let size = megabytes << 20
        var bytes: [UInt8] = []
        bytes.reserveCapacity(size + line.utf8.count)
        while bytes.count < size { bytes += line.utf8 }
        let path = try Scratch.file("one-line.txt", bytes)
        let result = try BinaryRunner.run(["--corpus", path, "ask", "How many children were killed near Saravan?"])
        #expect(result.status == 0)
        #expect(result.stdout.hasPrefix("four\n"))
        #expect(result.stdout.contains("source: \(path):1\n"))
        #expect(result.stderr.isEmpty)
    }

    @Test("a sentence hundreds of kilobytes long is shown as an excerpt around the answer, not whole")
    func longSentenceExcerpt() throws {
        let words = Array(repeating: "the convoy moved slowly along the dusty road toward the border", count: 3_000)
            .joined(separator: " ")
        let path = try Scratch.file("long.txt", words + " four children were killed near Saravan " + words + "\n")
        let asked = try BinaryRunner.run(["--corpus", path, "ask", "How many children were killed near Saravan?"])
        #expect(asked.status == 0)
        #expect(asked.stdout.hasPrefix("four\n"))
        #expect(asked.stdout.contains("four children were killed near Saravan"))
        let searched = try BinaryRunner.run(["--corpus", path, "search", "Saravan convoy"])
        #expect(searched.status == 0)
        #expect(searched.stdout.contains("near Saravan"))  // shown around the query's rarest term
        for output in [asked.stdout, searched.stdout] {
            let lines = output.split(separator: "\n")
            #expect(lines.contains { $0.hasSuffix(" …") })
            #expect(lines.allSatisfy { $0.utf8.count < 1_100 })
        }
    }

    @Test("Ctrl-C while a corpus is being indexed ends the process at once, by the signal, silently")
    func interruptedWhileIndexing() throws {
        let line = Scratch.article.replacingOccurrences(of: "\n", with: " ")
        let path = try Scratch.file("big.txt", String(repeating: line, count: (16 << 20) / line.utf8.count))
        let result = try Scratch.runInterrupted(["--corpus", path, "ask", "Who?"], after: 1.0)
        #expect(result.signalled)
        #expect(result.status == SIGINT)
        #expect(result.stderr.isEmpty)
        #expect(result.secondsToEnd < 5)
    }

    // MARK: Questions

    @Test("a 10,000-character question is answered, or abstains, without trouble")
    func longQuestion() throws {
        let question = String(repeating: "Who conducted strikes near the town of Saravan in Iran ", count: 200).prefix(
            10_000)
        let result = try BinaryRunner.run(["ask", String(question) + "?"])
        #expect(result.status == 0)
        #expect(!result.stdout.isEmpty)
        #expect(result.stderr.isEmpty)
        let piped = try BinaryRunner.run(
            [], stdin: String(question) + "?\nHow many children were killed near Saravan?\n")
        #expect(piped.status == 0)
        #expect(piped.stdout.contains("four\n"))
    }

    @Test(
        "an empty question is a usage error, for ask and classify", arguments: ["ask", "classify"], ["", "   ", "\t\n"])
    func emptyQuestion(command: String, question: String) throws {
        let result = try BinaryRunner.run([command, question])
        #expect(result.status == 64)
        #expect(result.stderr.hasPrefix("Error: the question is empty\n"))
        #expect(result.stdout.isEmpty)
    }

    @Test("blank lines piped in are skipped; the questions around them answered")
    func blankLinesPiped() throws {
        let result = try BinaryRunner.run([], stdin: "\n   \n\t\nHow many children were killed near Saravan?\n\n")
        #expect(result.status == 0)
        #expect(result.stdout.hasPrefix("four\n"))
        #expect(result.stderr.isEmpty)
    }

    @Test("a question of only punctuation or emoji finds no answer", arguments: ["?", "?!…", "...", "🤔", "🇵🇰🇮🇷 ❓", "—"])
    func punctuationQuestion(question: String) throws {
        let result = try BinaryRunner.run(["ask", question])
        #expect(result.status == 0)
        #expect(result.stdout.hasPrefix("no answer found\n  "))
        #expect(result.stdout.hasSuffix(" · confidence 0.00\n"))
        #expect(result.stderr.isEmpty)
    }

    @Test("invalid UTF-8 and control characters piped in as questions are answered, not fatal")
    func invalidBytesPiped() throws {
        let input =
            Array("How many children were killed near Saravan?\n".utf8) + [0xFF, 0xFE, 0x00, 0x1B, 0x0A]
            + Array("Who?\u{7}\n".utf8)
        let result = try Scratch.run([], stdinBytes: input)
        #expect(result.status == 0)
        #expect(result.stdout.hasPrefix("four\n"))
        #expect(result.stderr.isEmpty)
    }

    @Test(
        "standard input redirected from a folder or an endless device is refused, not a crash or a hang",
        arguments: [["run", "-"], ["text", "tokens"], ["text", "stem"], []])
    func unreadableStandardInput(arguments: [String]) throws {
        let folder = try Scratch.run(arguments, stdinFrom: try Scratch.folder())
        expectOneLineError(folder, "Error: standard input: cannot read: Is a directory")
        let device = try Scratch.run(arguments, stdinFrom: "/dev/zero")
        expectOneLineError(device, "Error: standard input: a device, not a file or a pipe")
        let empty = try Scratch.run(arguments, stdinFrom: "/dev/null")
        #expect(empty.status == 0)
        #expect(empty.stderr.isEmpty)
    }

    // MARK: Usage

    @Test(
        "usage errors keep argument-parser's message and exit with EX_USAGE (64)",
        arguments: [
            ["--bogus"], ["ask"], ["--ranking", "nonsense", "ask", "Who?"],
        ])  // an unknown subcommand gets its own line and a suggestion: see PipedCommandsTests
    func usageErrors(arguments: [String]) throws {
        let result = try BinaryRunner.run(arguments)
        #expect(result.status == 64)
        #expect(result.stderr.hasPrefix("Error: "))
        #expect(result.stderr.contains("Usage: inquire"))
        #expect(result.stdout.isEmpty)
    }

    // MARK: Standard output

    @Test("standard output closed early (`inquire | head -1`) ends quietly with status 0")
    func stdoutClosedEarly() throws {
        // Minutes of work, unless the binary stops as soon as the reader is gone.
        let questions = String(repeating: "How many children were killed near Saravan?\n", count: 100_000)
        let result = try Scratch.runReadingFirstLine([], stdin: questions)
        #expect(result.firstLine == "four")
        #expect(!result.signalled)
        #expect(result.status == 0)
        #expect(result.stderr.isEmpty)
        let help = try Scratch.runReadingFirstLine(["--help"], stdin: "")
        #expect(help.status == 0)
        #expect(help.stderr.isEmpty)
    }

    @Test(
        "`inquire text … | head -1` ends quietly with status 0 (it used to trap in FileHandle.write)",
        arguments: ["sentences", "tokens", "terms", "numbers", "stem"])
    func textToolIntoClosedPipe(tool: String) throws {
        let line = Scratch.article.replacingOccurrences(of: "\n", with: " ")
        let path = try Scratch.file("big.txt", String(repeating: line + "\n", count: 400))
        let result = try Scratch.runReadingFirstLine(["text", tool, path], stdin: "")
        #expect(!result.firstLine.isEmpty)
        #expect(!result.signalled)
        #expect(result.status == 0)
        #expect(result.stderr.isEmpty)
    }

    @Test("`inquire search --queries … | head -1` ends quietly with status 0")
    func searchIntoClosedPipe() throws {
        let path = try Scratch.file(
            "queries.txt", String(repeating: "Iran airstrikes\nchildren killed\n", count: 20_000))
        for extra in [[], ["--json"]] {
            let result = try Scratch.runReadingFirstLine(["search", "--queries", path] + extra, stdin: "")
            #expect(result.firstLine.hasPrefix(extra.isEmpty ? "query: Iran airstrikes" : "[{\"rank\":1,"))
            #expect(!result.signalled)
            #expect(result.status == 0)
            #expect(result.stderr.isEmpty)
        }
    }

    @Test("a full disk on standard output is reported, status 1")
    func stdoutFull() throws {
        let result = try Scratch.run(["ask", "Who conducted the strikes?"], stdout: "/dev/full")
        expectOneLineError(result, "Error: cannot write to standard output: No space left on device")
    }
}

/// Expects status 1, nothing on standard output, and exactly `line` (one line) on standard error.
func expectOneLineError(
    _ result: BinaryRunner.Result, _ line: String, sourceLocation: SourceLocation = #_sourceLocation
) {
    #expect(result.status == 1, sourceLocation: sourceLocation)
    #expect(result.stderr == line + "\n", sourceLocation: sourceLocation)
    #expect(result.stdout.isEmpty, sourceLocation: sourceLocation)
}
