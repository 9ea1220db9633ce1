import Foundation
import Testing

/// Bad index files given to `--index` and `inquire index info`, and index builds that cannot finish.
@Suite("bad input: index files")
struct BadInputIndexTests {
    /// The default article, as a file of its own.
    static func article() throws -> String { try Scratch.file("article.txt", Scratch.article) }

    /// An index file of the default article, built by the binary.
    static func builtIndex() throws -> (path: String, bytes: [UInt8]) {
        let path = try Scratch.folder() + "/article.idx"
        let result = try BinaryRunner.run(["index", "build", try article(), "-o", path])
        #expect(result.status == 0)
        return (path, [UInt8](FileManager.default.contents(atPath: path) ?? Data()))
    }

    @Test("a good index file answers, as a check that the damaged ones below differ only by their damage")
    func goodIndex() throws {
        let (path, _) = try Self.builtIndex()
        let result = try BinaryRunner.run(["--index", path, "ask", "How many children were killed near Saravan?"])
        #expect(result.status == 0)
        #expect(result.stdout.hasPrefix("four\n"))
    }

    @Test("a truncated index file is refused as truncated, by ask and by index info")
    func truncated() throws {
        let (_, bytes) = try Self.builtIndex()
        for size in [100, bytes.count / 2, bytes.count - 1] {
            let path = try Scratch.file("cut.idx", Array(bytes.prefix(size)))
            let message =
                "Error: \(path): index file is truncated or padded (\(size) bytes, header says \(bytes.count)); "
                + "rebuild it"
            expectOneLineError(try BinaryRunner.run(["--index", path, "ask", "Who?"]), message)
            expectOneLineError(try BinaryRunner.run(["index", "info", path]), message)
        }
    }

    @Test("a file that is not an index (text, an image, nothing) is refused as such")
    func foreign() throws {
        for bytes: [UInt8] in [
            Array("Who is the president?\n".utf8), [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A], [],
        ] {
            let path = try Scratch.file("foreign.idx", bytes)
            expectOneLineError(
                try BinaryRunner.run(["--index", path, "ask", "Who?"]),
                "Error: \(path): not an inquire index file (wrong magic bytes)")
        }
    }

    @Test("an index file of another format version is refused with what to do")
    func otherVersion() throws {
        let (_, bytes) = try Self.builtIndex()
        for version: UInt8 in [1, 2, 4] {
            var changed = bytes
            changed[8] = version
            let path = try Scratch.file("old.idx", changed)
            expectOneLineError(
                try BinaryRunner.run(["--index", path, "ask", "Who?"]),
                version < 3
                    ? "Error: \(path): index file was made by an older inquire (format version \(version); this build "
                        + "reads version 3); rebuild it with `inquire index build`"
                    : "Error: \(path): index format version 4 is not supported (this build reads version 3); "
                        + "rebuild it with `inquire index build`")
        }
    }

    @Test("a damaged byte anywhere is caught by a checksum", arguments: [20, 70, -10])
    func corrupt(offset: Int) throws {
        let (_, bytes) = try Self.builtIndex()
        var changed = bytes
        changed[offset >= 0 ? offset : bytes.count + offset] ^= 0x5A
        let path = try Scratch.file("bad.idx", changed)
        let result = try BinaryRunner.run(["--index", path, "ask", "Who?"])
        #expect(result.status == 1)
        #expect(result.stderr.hasPrefix("Error: \(path): index file is corrupt ("))
        #expect(result.stderr.hasSuffix("); rebuild it\n"))
        #expect(result.stderr.filter { $0 == "\n" }.count == 1)
    }

    @Test("an index file of another corpus is refused as stale")
    func stale() throws {
        let (path, _) = try Self.builtIndex()
        let other = try Scratch.file("other.txt", "A different text. It has two sentences.\n")
        expectOneLineError(
            try BinaryRunner.run(["--index", path, "--corpus", other, "ask", "Who?"]),
            "Error: \(path): index file is stale: it was built from a different corpus (or split differently) than "
                + "the one given; rebuild it with `inquire index build`")
    }

    @Test("a missing index file, a folder or a device is refused")
    func unreadable() throws {
        let missing = try Scratch.folder() + "/absent.idx"
        expectOneLineError(
            try BinaryRunner.run(["--index", missing, "ask", "Who?"]),
            "Error: \(missing): cannot read the index file: No such file or directory")
        let folder = try Scratch.folder()
        for path in [folder, "/dev/zero"] {
            expectOneLineError(
                try BinaryRunner.run(["--index", path, "ask", "Who?"]),
                "Error: \(path): cannot read the index file: not a regular file")
        }
    }

    @Test("an index that cannot be written is named; an existing file is left whole and no temporary file remains")
    func unwritableOutput() throws {
        let article = try Self.article()
        let folder = try Scratch.folder()
        let missing = folder + "/absent/article.idx"
        expectOneLineError(
            try BinaryRunner.run(["index", "build", article, "-o", missing]),
            "Error: \(missing): cannot write the index file: cannot create a file in \(folder)/absent: "
                + "No such file or directory")
        expectOneLineError(
            try BinaryRunner.run(["index", "build", article, "-o", folder]),
            "Error: \(folder): cannot write the index file: cannot replace: Is a directory")
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder) == [])
    }

    @Test("Ctrl-C while an index is being built leaves neither an index file nor a temporary file")
    func interruptedBuild() throws {
        let line = Scratch.article.replacingOccurrences(of: "\n", with: " ")
        let corpus = try Scratch.file("big.txt", String(repeating: line + "\n", count: (16 << 20) / line.utf8.count))
        let folder = try Scratch.folder()
        let result = try Scratch.runInterrupted(["index", "build", corpus, "-o", folder + "/big.idx"], after: 1.0)
        #expect(result.signalled)
        #expect(result.status == SIGINT)
        #expect(result.stderr.filter { $0 == "\n" }.count <= 1)  // at most the progress bar's line, never a trace
        #expect(!result.stderr.contains("Error"))
        #expect(result.secondsToEnd < 5)
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder) == [])
    }
}
