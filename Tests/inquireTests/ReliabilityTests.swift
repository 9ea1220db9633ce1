import Foundation
import Testing

@testable import InquireKit

/// Issue 17's cases, each through the built binary: long sentences without punctuation, counts too large to
/// allocate, files with CRLF line ends, terminal escapes in documents, duplicate gold ids, outputs that name an
/// input, and error messages that say what really happened.
@Suite("reliability: sizes, line ends, escapes, ids, output paths, messages")
struct ReliabilityTests {
    /// A corpus of one sentence: "Bob went to Paris " `count` times, with no punctuation at all.
    static func bob(_ count: Int) throws -> String {
        try Scratch.file("bob.txt", String(repeating: "Bob went to Paris ", count: count) + "\n")
    }

    @Test("a 16,000-word sentence without punctuation is answered in seconds of CPU (was 179 s)")
    func longSentence() throws {
        let corpus = try Self.bob(4000)
        let who = try BinaryRunner.runTimed(["ask", "--corpus", corpus, "Who went to Paris?"])
        let whereTo = try BinaryRunner.runTimed(["ask", "--corpus", corpus, "Where did Bob go?"])
        #expect(who.result.status == 0 && whereTo.result.status == 0)
        #expect(who.result.stdout.hasPrefix("Bob\n"))
        #expect(whereTo.result.stdout.hasPrefix("Paris\n"))
        // Both questions in a debug build: CPU time (the wall clock grows with whatever else the machine runs), far
        // below the minutes the cubic path took. Most of it is loading the models, the same for any corpus.
        let cpu = who.cpuSeconds + whereTo.cpuSeconds
        #expect(cpu > 0 && cpu < 60, "took \(cpu) s of CPU")
    }

    @Test("--top beyond the corpus is clamped, not allocated")
    func hugeTop() throws {
        let result = try BinaryRunner.run(["search", "Pakistan", "--top", "7000000000"])
        #expect(result.status == 0)
        #expect(result.stderr.isEmpty)
        #expect(result.stdout.hasPrefix("1. "))
    }

    @Test("eval --k as large as an Int goes through")
    func hugeK() throws {
        let gold = try Scratch.file("gold.tsv", "Where did the strikes take place?\tSistan and Baluchestan province\n")
        let result = try BinaryRunner.run(["eval", gold, "--k", "9223372036854775807"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(!result.stderr.contains("Fatal"))
    }

    @Test("an index declaring a section larger than memory over a sparse file of that length is refused")
    func sparseIndex() throws {
        let folder = try Scratch.folder()
        let index = folder + "/c.idx"
        let built = try BinaryRunner.run(["index", "build", try Scratch.file("c.txt", Scratch.article), "-o", index])
        #expect(built.status == 0)
        var bytes = [UInt8](try Data(contentsOf: URL(fileURLWithPath: index)))
        func put(_ value: UInt64, at offset: Int) {
            for byte in 0..<8 { bytes[offset + byte] = UInt8(truncatingIfNeeded: value >> (8 * byte)) }
        }
        // The first section entry's byte count (table at 64, 32 bytes an entry; count at +16) becomes twice the
        // machine's memory, and the declared file length grows to match; both checksums are made right again.
        let huge = ProcessInfo.processInfo.physicalMemory * 2
        put(huge, at: 64 + 16)
        let length = UInt64(bytes.count) + huge
        put(length, at: 16)
        let tableSize = IndexFileFormat.Tag.allCases.count * 32
        put(Checksum.xxh64(array: Array(bytes[64..<(64 + tableSize)])), at: 48)
        put(Checksum.xxh64(array: Array(bytes[0..<56])), at: 56)
        try Data(bytes).write(to: URL(fileURLWithPath: index))
        #expect(truncate(index, off_t(length)) == 0)
        let result = try BinaryRunner.run(["index", "info", index])
        #expect(result.status == 1)
        #expect(result.stderr.contains("index file is corrupt (section"))
        #expect(result.stderr.split(separator: "\n").count == 1)
        #expect(!result.stderr.contains("Fatal"))
    }

    @Test(
        "CRLF copies of a label file, a queries file, a JSON Lines corpus, gold files and a question file give the LF results"
    )
    func crlfFiles() throws {
        let folder = try Scratch.folder()
        func both(_ name: String, _ text: String) throws -> (lf: String, crlf: String) {
            try FileManager.default.createDirectory(atPath: folder + "/lf", withIntermediateDirectories: true)
            try FileManager.default.createDirectory(atPath: folder + "/crlf", withIntermediateDirectories: true)
            try text.write(toFile: folder + "/lf/" + name, atomically: true, encoding: .utf8)
            try text.replacing("\n", with: "\r\n").write(
                toFile: folder + "/crlf/" + name, atomically: true, encoding: .utf8)
            return (folder + "/lf/" + name, folder + "/crlf/" + name)
        }
        func same(_ arguments: (String) -> [String], _ files: (lf: String, crlf: String)) throws {
            let lf = try BinaryRunner.run(arguments(files.lf))
            let crlf = try BinaryRunner.run(arguments(files.crlf))
            #expect(lf.status == 0, "\(lf.stderr)")
            #expect(crlf.status == lf.status)
            #expect(crlf.stdout.replacing("/crlf/", with: "/lf/") == lf.stdout)
            #expect(!lf.stdout.isEmpty)
        }
        let labels = try String(
            contentsOfFile: EvalFixtures.root.appendingPathComponent(
                "Tests/InquireKitTests/Fixtures/questions/fresh-questions.label"
            ).path, encoding: .utf8)
        try same({ ["classify", "--eval", $0] }, try both("q.label", labels))
        try same({ ["search", "--queries", $0] }, try both("q.txt", "Saravan\nPakistan airstrikes\nIran\n"))
        let jsonl =
            "{\"id\": \"a\", \"text\": \"Bob went to Paris.\"}\n{\"id\": \"b\", \"text\": \"Ann lives in Rome.\"}\n"
        try same({ ["ask", "--corpus", $0, "Where does Ann live?"] }, try both("c.jsonl", jsonl))
        let tsv =
            "Where did the strikes take place?\tSistan and Baluchestan province\tLOC:other\nWho condemned the strikes?\tPakistan\n"
        try same({ ["eval", $0] }, try both("g.tsv", tsv))
        let goldLines =
            "{\"question\": \"Where did the strikes take place?\", \"answers\": [\"Sistan and Baluchestan province\"]}\n"
            + "{\"question\": \"How many children were killed near Saravan?\", \"answers\": [\"four\"]}\n"
        try same({ ["eval", $0] }, try both("g.jsonl", goldLines))
        try same(
            { ["run", $0] },
            try both("q.txt", "Where did the strikes take place?\n# skip\nWho condemned the strikes?\n"))
    }

    @Test("terminal escapes and control bytes from a document are shown escaped; JSON keeps them")
    func escapes() throws {
        let corpus = try Scratch.file(
            "evil.txt",
            "Bob went to Paris \u{1B}]0;PWNED\u{07} now.\n\nAnn\u{1B}[2J moved to Rome in May \u{7F}\u{9B}1990.\n")
        for arguments in [
            ["ask", "--corpus", corpus, "Who went to Paris?"], ["ask", "--corpus", corpus, "Where did Ann move?"],
            ["search", "--corpus", corpus, "Paris Rome"],
        ] {
            let result = try BinaryRunner.run(arguments)
            #expect(result.status == 0)
            #expect(
                !result.stdout.unicodeScalars.contains { [0x1B, 0x07, 0x7F, 0x9B].contains($0.value) }, "\(arguments)")
            #expect(result.stdout.contains("^["), "\(arguments)")
        }
        let gold = try Scratch.file("g.tsv", "Who went to Paris?\tNobody\n")
        let misses = try BinaryRunner.run(["eval", gold, "--corpus", corpus, "--misses"])
        #expect(!misses.stdout.unicodeScalars.contains { $0.value == 0x1B || $0.value == 0x07 })
        #expect(misses.stdout.contains("evidence: Bob went to Paris ^[]0;PWNED^G now."))
        let questions = try Scratch.file("q.txt", "Who went to Paris?\n")
        let json = try BinaryRunner.run(["run", "--format", "jsonl", "--corpus", corpus, questions])
        #expect(json.stdout.contains("\\u001b]0;PWNED\\u0007"))
    }

    @Test("a sentence's own line break is shown as a space on the evidence line")
    func sentenceLineBreak() throws {
        let corpus = try Scratch.file("wrapped.txt", "Bob went\nto Paris\r\nin May.\n")
        let result = try BinaryRunner.run(["ask", "--corpus", corpus, "Who went to Paris?"])
        #expect(result.stdout.contains("  evidence: Bob went to Paris in May.\n"))
    }

    @Test("duplicate ids in a gold file are refused, naming the id and both lines")
    func duplicateIDs() throws {
        let gold = try Scratch.file(
            "g.jsonl",
            "{\"id\": \"q1\", \"question\": \"Who?\", \"answers\": [\"A\"]}\n"
                + "{\"id\": \"q1\", \"question\": \"Where?\", \"answers\": [\"B\"]}\n")
        expectOneLineError(
            try BinaryRunner.run(["eval", gold]), "Error: \(gold):2: duplicate question id \"q1\" (first at \(gold):1)")
    }

    @Test("an output path naming an input is refused before anything is written")
    func outputIsInput() throws {
        let corpus = try Scratch.file("c.txt", Scratch.article)
        expectOneLineError(
            try BinaryRunner.run(["index", "build", corpus, "-o", corpus]),
            "Error: \(corpus): is the input \(corpus); -o would write over it")
        let link = (corpus as NSString).deletingLastPathComponent + "/link.idx"
        try FileManager.default.createSymbolicLink(atPath: link, withDestinationPath: corpus)
        expectOneLineError(
            try BinaryRunner.run(["index", "build", corpus, "-o", link]),
            "Error: \(link): is the input \(corpus); -o would write over it")
        #expect(try String(contentsOfFile: corpus, encoding: .utf8) == Scratch.article)
        let folder = (corpus as NSString).deletingLastPathComponent
        expectOneLineError(
            try BinaryRunner.run(["index", "build", folder, "-o", corpus]),
            "Error: \(corpus): is a file of the corpus folder \(folder); -o would write over it")
        let goldText = "Where did the strikes take place?\tSistan and Baluchestan province\n"
        let gold = try Scratch.file("g.tsv", goldText)
        expectOneLineError(
            try BinaryRunner.run(["eval", gold, "--predictions-out", gold]),
            "Error: \(gold): is the input \(gold); --predictions-out would write over it")
        #expect(try String(contentsOfFile: gold, encoding: .utf8) == goldText)
    }

    @Test("error messages say what happened: a link loop, a folder, a missing file")
    func messages() throws {
        let folder = try Scratch.folder()
        let loop = folder + "/loop.txt"
        try FileManager.default.createSymbolicLink(atPath: loop, withDestinationPath: loop)
        expectOneLineError(
            try BinaryRunner.run(["ask", "--corpus", loop, "Who?"]),
            "Error: \(loop): cannot read: too many levels of symbolic links (a symbolic link loop?)")
        expectOneLineError(
            try BinaryRunner.run(["search", "--queries", folder]),
            "Error: \(folder): is a folder, not a file of queries")
        // Query files are read by the one reader of line files, as question files are.
        expectOneLineError(
            try BinaryRunner.run(["search", "--queries", folder + "/none.txt"]),
            "Error: \(folder)/none.txt: no such file")
        if getuid() != 0 {  // root reads any folder
            let locked = folder + "/locked"
            try FileManager.default.createDirectory(atPath: locked, withIntermediateDirectories: false)
            try "Bob went to Paris.".write(toFile: locked + "/a.txt", atomically: true, encoding: .utf8)
            chmod(locked, 0)
            defer { chmod(locked, 0o700) }
            expectOneLineError(
                try BinaryRunner.run(["ask", "--corpus", locked, "Who?"]),
                "Error: \(locked): cannot read: permission denied")
        }
    }
}
