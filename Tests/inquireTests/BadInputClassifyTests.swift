import Foundation
import Testing

/// Bad TREC label files and odd questions given to `inquire classify`.
@Suite("bad input: TREC label files and classify")
struct BadInputClassifyTests {
    /// A label file with two good lines, an unknown label and a line without a question.
    static let mixed = "HUM:ind Who is he ?\nFOO:bar What is this ?\nNUM:count How many cats ?\nLOC:city\n"

    @Test("unknown labels are reported on standard error, one line each, and skipped")
    func unknownLabelsSkipped() throws {
        let path = try Scratch.file("mixed.label", Self.mixed)
        let result = try BinaryRunner.run(["classify", "--eval", path])
        #expect(result.status == 0)
        #expect(
            result.stderr == """
                warning: \(path):2: unknown label 'FOO:bar' (skipped)
                warning: \(path):4: expected 'COARSE:fine question' (skipped)

                """)
        #expect(!result.stdout.isEmpty)
    }

    @Test("with --strict the first unknown label ends the run, status 1")
    func unknownLabelStrict() throws {
        let path = try Scratch.file("mixed.label", Self.mixed)
        expectOneLineError(
            try BinaryRunner.run(["classify", "--eval", path, "--strict"]), "Error: \(path):2: unknown label 'FOO:bar'")
    }

    @Test("a label file with no usable line, or none at all, is refused")
    func noUsableLines() throws {
        let path = try Scratch.file("bad.label", "XYZ:abc Who ?\nnonsense\n")
        let result = try BinaryRunner.run(["classify", "--eval", path])
        #expect(result.status == 1)
        #expect(result.stderr.hasSuffix("Error: \(path): no labelled questions\n"))
        let missing = try Scratch.folder() + "/absent.label"
        expectOneLineError(
            try BinaryRunner.run(["classify", "--eval", missing]), "Error: \(missing): no such file")
        let folder = try Scratch.folder()
        expectOneLineError(
            try BinaryRunner.run(["classify", "--eval", folder]), "Error: \(folder): is a folder, not a label file")
    }

    @Test("a binary label file gives warnings with control characters escaped, never raw")
    func binaryLabelFile() throws {
        let bytes: [UInt8] = [0x7F, 0x45, 0x4C, 0x46, 0x1B, 0x5B, 0x32, 0x4A, 0x00, 0x20, 0x57, 0x0A, 0xFF]
        let path = try Scratch.file("binary.label", bytes)
        let result = try BinaryRunner.run(["classify", "--eval", path])
        #expect(result.status == 1)
        #expect(result.stderr.contains("unknown label '\\u{7F}ELF\\u{1B}[2J\\u{0}' (skipped)"))
        #expect(!result.stderr.unicodeScalars.contains { $0.value < 0x20 && $0 != "\n" })
    }

    @Test("a question of only punctuation or emoji is classified without trouble", arguments: ["?", "🤔", "…"])
    func oddQuestions(question: String) throws {
        let result = try BinaryRunner.run(["classify", question])
        #expect(result.status == 0)
        #expect(result.stdout.hasPrefix("class:"))
        #expect(result.stderr.isEmpty)
    }
}
