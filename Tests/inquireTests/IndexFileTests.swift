import Foundation
import InquireKit
import TestSupport
import Testing

@Suite("inquire index build and --index FILE, end to end")
struct IndexFileEndToEndTests {
    /// A temporary folder with a small corpus in it.
    static func workspace() throws -> URL {
        let folder = URL(fileURLWithPath: try ScratchSpace.folder("inquire-index"))
        let text = """
            The river Danube flows through Vienna and Budapest. It reaches the Black Sea in Romania.
            Vienna is the capital of Austria. Budapest is the capital of Hungary.
            """
        try text.write(to: folder.appendingPathComponent("rivers.txt"), atomically: true, encoding: .utf8)
        return folder
    }

    @Test("search --index gives the same hits as indexing the corpus, without the corpus")
    func sameHits() throws {
        let folder = try Self.workspace()
        defer { try? FileManager.default.removeItem(at: folder) }
        let corpus = folder.appendingPathComponent("rivers.txt").path
        let index = folder.appendingPathComponent("rivers.idx").path
        let build = try BinaryRunner.run(["index", "build", corpus, "-o", index])
        #expect(build.status == 0)
        #expect(build.stdout.contains("indexed 4 sentences"))
        let direct = try BinaryRunner.run(["search", "--corpus", corpus, "capital Austria", "--json"])
        let loaded = try BinaryRunner.run(["search", "--index", index, "capital Austria", "--json"])
        let checked = try BinaryRunner.run([
            "search", "--index", index, "--corpus", corpus, "capital Austria", "--json",
        ])
        #expect(direct.status == 0 && loaded.status == 0 && checked.status == 0)
        #expect(loaded.stdout == direct.stdout)
        #expect(checked.stdout == direct.stdout)
        try FileManager.default.removeItem(atPath: corpus)
        let without = try BinaryRunner.run(["search", "--index", index, "capital Austria", "--json"])
        #expect(without.stdout == direct.stdout)
        let ask = try BinaryRunner.run(["ask", "--index", index, "What is the capital of Hungary?"])
        #expect(ask.status == 0)
        #expect(ask.stdout.contains("rivers.txt:2"))
        let info = try BinaryRunner.run(["index", "info", index, "--json"])
        let figures = try #require(try JSONSerialization.jsonObject(with: Data(info.stdout.utf8)) as? [String: Any])
        #expect(figures["sentences"] as? Int == 4)
    }

    @Test("index info reports how many files were read as Windows-1252 when the index was built")
    func windows1252Count() throws {
        let folder = try Self.workspace()
        defer { try? FileManager.default.removeItem(at: folder) }
        let latin1 =
            Array("The Inn joins the Danube at Passau. Z".utf8) + [0xFC] + Array("rich is in Switzerland.\n".utf8)
        try Data(latin1).write(to: folder.appendingPathComponent("latin1.txt"))
        let index = folder.appendingPathComponent("rivers.idx").path
        let build = try BinaryRunner.run(["index", "build", folder.path, "-o", index])
        #expect(build.status == 0)
        #expect(build.stdout.contains("1 file(s) read as Windows-1252"))
        let info = try BinaryRunner.run(["index", "info", index, "--json"])
        let figures = try #require(try JSONSerialization.jsonObject(with: Data(info.stdout.utf8)) as? [String: Any])
        #expect(figures["windows_1252_files"] as? Int == 1)
        let text = try BinaryRunner.run(["index", "info", index])
        #expect(text.stdout.contains("; 1 file(s) read as Windows-1252 when built"))
        let plain = folder.appendingPathComponent("plain.idx").path
        let corpus = folder.appendingPathComponent("rivers.txt").path
        #expect(try BinaryRunner.run(["index", "build", corpus, "-o", plain]).status == 0)
        let clean = try BinaryRunner.run(["index", "info", plain, "--json"])
        let cleanFigures = try #require(
            try JSONSerialization.jsonObject(with: Data(clean.stdout.utf8)) as? [String: Any])
        #expect(cleanFigures["windows_1252_files"] as? Int == 0)
    }

    @Test("a stale index is refused when the corpus changed")
    func stale() throws {
        let folder = try Self.workspace()
        defer { try? FileManager.default.removeItem(at: folder) }
        let corpus = folder.appendingPathComponent("rivers.txt").path
        let index = folder.appendingPathComponent("rivers.idx").path
        #expect(try BinaryRunner.run(["index", "build", corpus, "-o", index]).status == 0)
        try "The Rhine flows through Basel.\n".write(toFile: corpus, atomically: true, encoding: .utf8)
        let result = try BinaryRunner.run(["search", "--index", index, "--corpus", corpus, "Rhine"])
        #expect(result.status != 0)
        #expect(result.stderr.contains("stale"))
        #expect(result.stdout.isEmpty)
    }

    @Test("a damaged or foreign file is refused with one clear line")
    func damaged() throws {
        let folder = try Self.workspace()
        defer { try? FileManager.default.removeItem(at: folder) }
        let corpus = folder.appendingPathComponent("rivers.txt").path
        let index = folder.appendingPathComponent("rivers.idx").path
        #expect(try BinaryRunner.run(["index", "build", corpus, "-o", index]).status == 0)
        var bytes = [UInt8](try Data(contentsOf: URL(fileURLWithPath: index)))
        bytes[bytes.count - 3] ^= 0xFF
        try Data(bytes).write(to: URL(fileURLWithPath: index))
        let corrupt = try BinaryRunner.run(["search", "--index", index, "Danube"])
        #expect(corrupt.status != 0)
        #expect(corrupt.stderr.contains("corrupt"))
        try Data(bytes.prefix(100)).write(to: URL(fileURLWithPath: index))
        let truncated = try BinaryRunner.run(["ask", "--index", index, "Where is Vienna?"])
        #expect(truncated.status != 0)
        #expect(truncated.stderr.contains("truncated"))
        let foreign = try BinaryRunner.run(["search", "--index", corpus, "Danube"])
        #expect(foreign.status != 0)
        #expect(foreign.stderr.contains("not an inquire index file"))
    }

    @Test("index build reports its rate and peak memory; index verify hashes the text that opening leaves alone")
    func verifyText() throws {
        let folder = try Self.workspace()
        defer { try? FileManager.default.removeItem(at: folder) }
        let corpus = folder.appendingPathComponent("rivers.txt").path
        let index = folder.appendingPathComponent("rivers.idx").path
        let build = try BinaryRunner.run(["index", "build", corpus, "-o", index, "--json"])
        let figures = try #require(try JSONSerialization.jsonObject(with: Data(build.stdout.utf8)) as? [String: Any])
        #expect((figures["sentences_per_s"] as? Int ?? 0) > 0)
        #expect((figures["peak_rss_bytes"] as? Int ?? 0) > 1_000_000)
        let intact = try BinaryRunner.run(["index", "verify", index])
        #expect(intact.status == 0)
        #expect(intact.stdout.hasPrefix("\(index): intact (4 sentences"))
        // A byte of the corpus text ("Vienna" in the first sentence) is damaged, its checksum left as it was.
        var bytes = [UInt8](try Data(contentsOf: URL(fileURLWithPath: index)))
        let vienna = Array("Vienna".utf8)
        let at = try #require(
            (0..<(bytes.count - vienna.count)).first { Array(bytes[$0..<($0 + vienna.count)]) == vienna })
        bytes[at] = UInt8(ascii: "X")
        try Data(bytes).write(to: URL(fileURLWithPath: index))
        let search = try BinaryRunner.run(["search", "--index", index, "Danube"])
        #expect(search.status == 0)
        #expect(search.stdout.contains("Xienna"))
        let verify = try BinaryRunner.run(["index", "verify", index])
        #expect(verify.status == 1)
        #expect(verify.stderr == "Error: \(index): index file is corrupt (checksum of section CSTR); rebuild it\n")
    }

    @Test("index build streams a corpus larger than its pieces and writes the file the in-memory build writes")
    func streamedEqualsInMemory() throws {
        let folder = try Self.workspace()
        defer { try? FileManager.default.removeItem(at: folder) }
        // About 4.6 MB of prose (more than one 4 MiB piece), paragraphs between blank lines, CRLF in part.
        var prose = ""
        for number in 0..<12_000 {
            prose += "Report \(number): The river Danube flows past Vienna, 1,\(number % 1000) km from the sea. "
            prose += number % 3 == 0 ? "Dr. Smith said so.\r\n" : "The U.S. delegation met at 3 p.m.\n"
            prose += number % 7 == 0 ? "\n" : "Budapest answered! “Is it over?” she asked.\n"
            prose += number % 11 == 0 ? "  \n" : ""
        }
        try prose.write(to: folder.appendingPathComponent("reports.txt"), atomically: true, encoding: .utf8)
        try Data(Array("Z".utf8) + [0xFC] + Array("rich lies on the Limmat.\n".utf8)).write(
            to: folder.appendingPathComponent("latin1.txt"))
        try "{\"id\":\"a\",\"title\":\"T\",\"text\":\"Alpha beta. Gamma delta.\"}\n".write(
            to: folder.appendingPathComponent("docs.jsonl"), atomically: true, encoding: .utf8)
        for oneSentencePerLine in [false, true] {
            let streamed = folder.appendingPathComponent("streamed.idx").path
            let memory = folder.appendingPathComponent("memory.idx").path
            let flags = oneSentencePerLine ? ["--one-sentence-per-line"] : []
            let build = try BinaryRunner.run(["index", "build", folder.path, "-o", streamed] + flags)
            #expect(build.status == 0)
            #expect(build.stderr.contains("latin1.txt: not UTF-8; read as Windows-1252"))
            let corpus = try CorpusLoader.load(
                path: folder.path, oneSentencePerLine: oneSentencePerLine, strictEncoding: false)
            #expect(corpus.sentences.count > 20_000)
            try IndexFileWriter.write(try SentenceIndex(corpus: corpus), corpus: corpus, to: memory)
            #expect(
                try Data(contentsOf: URL(fileURLWithPath: streamed)) == Data(contentsOf: URL(fileURLWithPath: memory)))
            try FileManager.default.removeItem(atPath: streamed)
            try FileManager.default.removeItem(atPath: memory)
        }
        // Nothing left beside the index: the temporary text file is gone.
        #expect(
            try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted() == [
                "docs.jsonl", "latin1.txt", "reports.txt", "rivers.txt",
            ])
    }

    @Test("index build streams JSON Lines larger than its pieces, and a pipe, as the whole-file build reads them")
    func streamedJSONLines() throws {
        let folder = URL(fileURLWithPath: try ScratchSpace.folder("inquire-jsonl"))
        defer { try? FileManager.default.removeItem(at: folder) }
        // About 4.4 MB of JSON Lines (more than one 4 MiB piece): titles and ids or not, blank lines, CRLF in part.
        var lines = ""
        for number in 0..<26_000 {
            let id = number % 4 == 0 ? "" : #""id":"r\#(number)","#
            let title = number % 3 == 0 ? #""title":"Report \#(number)","# : ""
            let text =
                "Report \(number): the river Danube flows past Vienna, 1,\(number % 1000) km from the sea.\\n"
                + "Dr. Smith said so. \\u201cIs it over?\\u201d she asked in Z\u{FC}rich."
            lines += "{\(id)\(title)\"text\":\"\(text)\"}" + (number % 3 == 0 ? "\r\n" : "\n")
            lines += number % 7 == 0 ? "  \n" : ""
        }
        let path = folder.appendingPathComponent("reports.jsonl").path
        try lines.write(toFile: path, atomically: true, encoding: .utf8)
        #expect(lines.utf8.count > 1 << 22)
        for oneSentencePerLine in [false, true] {
            let streamed = folder.appendingPathComponent("streamed.idx").path
            let memory = folder.appendingPathComponent("memory.idx").path
            let flags = oneSentencePerLine ? ["--one-sentence-per-line"] : []
            let build = try BinaryRunner.run(["index", "build", path, "-o", streamed] + flags)
            #expect(build.status == 0)
            let corpus = try CorpusLoader.load(path: path, oneSentencePerLine: oneSentencePerLine)
            #expect(corpus.sentences.count >= 40_000)
            try IndexFileWriter.write(try SentenceIndex(corpus: corpus), corpus: corpus, to: memory)
            #expect(
                try Data(contentsOf: URL(fileURLWithPath: streamed)) == Data(contentsOf: URL(fileURLWithPath: memory)))
            try FileManager.default.removeItem(atPath: streamed)
            try FileManager.default.removeItem(atPath: memory)
        }
        // A line past the first piece without its text: the whole-file loader's message, and no file.
        try (lines + #"{"id":"last"}"# + "\n").write(toFile: path, atomically: true, encoding: .utf8)
        let refused = folder.appendingPathComponent("refused.idx").path
        let bad = try BinaryRunner.run(["index", "build", path, "-o", refused])
        #expect(bad.status == 1)
        #expect(throws: CorpusError.self) { _ = try CorpusLoader.load(path: path) }
        do {
            _ = try CorpusLoader.load(path: path)
        } catch {
            #expect(bad.stderr == "Error: \(error)\n")
            #expect(bad.stderr.hasSuffix(":\(TextLines.lines(of: lines).count): missing string field \"text\"\n"))
        }
        #expect(!FileManager.default.fileExists(atPath: refused))
        // A pipe: copied aside, then read in pieces; nothing is left beside the index.
        let small = #"{"id":"a","text":"The Danube reaches the Black Sea. Vienna lies on it."}"# + "\n"
        let piped = folder.appendingPathComponent("piped.idx").path
        let pipe = try BinaryRunner.run(["index", "build", "/dev/stdin", "-o", piped], stdin: small)
        #expect(pipe.status == 0)
        #expect(pipe.stdout.hasPrefix("indexed 2 sentences"))
        let search = try BinaryRunner.run(["search", "--index", piped, "Black Sea"])
        #expect(search.stdout.contains("The Danube reaches the Black Sea."))
        #expect(
            try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted() == ["piped.idx", "reports.jsonl"])
    }
}
