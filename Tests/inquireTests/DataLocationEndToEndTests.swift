import Foundation
import TestSupport
import Testing

@testable import inquire

@Suite("Finding the data: $INQUIRE_DATA, a symlinked binary, one line when it is missing")
struct DataLocationEndToEndTests {
    /// The question used throughout; its answer depends on the gazetteer (without it the answer is longer).
    static let question = "Where will the drill commence?"

    /// The build's resource folder and default corpus folder, beside the binary under test.
    static var buildData: (resources: URL, corpus: URL) {
        let folder = BinaryRunner.binary.resolvingSymlinksInPath().deletingLastPathComponent()
        return (
            folder.appendingPathComponent("inquire_InquireKit.resources/Resources"),
            folder.appendingPathComponent("inquire_DefaultCorpus.resources")
        )
    }

    /// A copy of the build's data laid out as `share/inquire` (resources at the top, the corpus in `corpus/`).
    static func copyOfData() throws -> URL {
        let copy = URL(fileURLWithPath: ScratchSpace.path("data"))
        try FileManager.default.copyItem(at: buildData.resources, to: copy)
        try FileManager.default.copyItem(at: buildData.corpus, to: copy.appendingPathComponent("corpus"))
        return copy
    }

    @Test("$INQUIRE_DATA naming an empty folder: exit 1 and one line naming the folder")
    func emptyFolder() throws {
        let empty = try ScratchSpace.folder("empty")
        for arguments in [["ask", Self.question], ["classify", "Who won?"], ["run", "-"], []] {
            let result = try BinaryRunner.run(
                arguments, stdin: Self.question + "\n", environment: ["INQUIRE_DATA": empty])
            #expect(result.status == 1, "\(arguments)")
            #expect(result.stdout.isEmpty, "\(arguments)")
            #expect(result.stderr.hasPrefix("Error: inquire's data"), "\(arguments)")
            #expect(result.stderr.contains("$INQUIRE_DATA (\(empty))"), "\(arguments)")
            #expect(result.stderr.filter { $0 == "\n" }.count == 1, "\(arguments)")
        }
    }

    @Test("a copy of the data named by $INQUIRE_DATA answers as the build does")
    func copiedData() throws {
        let copy = try Self.copyOfData()
        let expected = try BinaryRunner.run(["ask", Self.question])
        let result = try BinaryRunner.run(["ask", Self.question], environment: ["INQUIRE_DATA": copy.path])
        #expect(expected.status == 0)
        #expect(result.status == 0)
        #expect(result.stdout == expected.stdout)
        #expect(result.stdout.hasPrefix("Port of Chabahar\n"))
    }

    @Test("a data folder missing a gazetteer table: exit 1 and one line naming the table and the folder")
    func missingResource() throws {
        let copy = try Self.copyOfData()
        try FileManager.default.removeItem(at: copy.appendingPathComponent("gazetteer/names.sorted.tsv"))
        let result = try BinaryRunner.run(["ask", Self.question], environment: ["INQUIRE_DATA": copy.path])
        #expect(result.status == 1)
        #expect(result.stderr == "Error: the resource gazetteer/names.sorted.tsv is missing from \(copy.path)\n")
    }

    @Test("a malformed question lexicon in the data folder: exit 1 and one line naming the file and line")
    func malformedLexicon() throws {
        let copy = try Self.copyOfData()
        let lexicon = copy.appendingPathComponent("question-lexicon.tsv")
        let lines = try String(contentsOf: lexicon, encoding: .utf8).split(
            separator: "\n", omittingEmptySubsequences: false)
        try (lines.dropLast() + ["head\tgadget\tNOPE:x", ""]).joined(separator: "\n").write(
            to: lexicon, atomically: true, encoding: .utf8)
        let result = try BinaryRunner.run(["classify", "Who won?"], environment: ["INQUIRE_DATA": copy.path])
        #expect(result.status == 1)
        #expect(result.stdout.isEmpty)
        #expect(result.stderr == "Error: \(lexicon.path):\(lines.count): unknown label 'NOPE:x'\n")
    }

    @Test("a data folder without the default corpus still answers from --corpus, and says what is missing without")
    func missingCorpus() throws {
        let copy = try Self.copyOfData()
        try FileManager.default.removeItem(at: copy.appendingPathComponent("corpus"))
        let article = ScratchSpace.path("article.txt")
        try "The summit was held in Geneva on Monday.\n".write(toFile: article, atomically: true, encoding: .utf8)
        let environment = ["INQUIRE_DATA": copy.path]
        let answered = try BinaryRunner.run(
            ["--corpus", article, "ask", "Where was the summit held?"], environment: environment)
        #expect(answered.status == 0)
        #expect(answered.stdout.hasPrefix("Geneva\n"))
        let result = try BinaryRunner.run(["ask", Self.question], environment: environment)
        #expect(result.status == 1)
        #expect(
            result.stderr
                == "Error: the resource pakistan-iran-airstrikes.txt is missing from \(copy.path)/corpus\n")
    }

    @Test("a symbolic link to the binary finds the data beside the binary's real path")
    func symlinkedBinary() throws {
        let folder = try ScratchSpace.folder("bin")
        let link = folder + "/inquire"
        try FileManager.default.createSymbolicLink(atPath: link, withDestinationPath: BinaryRunner.binary.path)
        let expected = try BinaryRunner.run(["ask", Self.question])
        let result = try BinaryRunner.run(["ask", Self.question], environment: ["INQUIRE_BINARY": link])
        #expect(result.status == 0)
        #expect(result.stdout == expected.stdout)
    }

    @Test("--version names the version and, for a build that was not installed, says so")
    func version() throws {
        let result = try BinaryRunner.run(["--version"])
        #expect(result.status == 0)
        #expect(result.stdout == "\(BuildInfo.version) (development build)\n")
    }

    @Test("doctor reports the data folder, the history and rc files, colour and models")
    func doctor() throws {
        let home = try ScratchSpace.folder("home")
        let environment = ["HOME": home, "XDG_CONFIG_HOME": "", "XDG_STATE_HOME": "", "INQUIRE_HISTORY": ""]
        let result = try BinaryRunner.run(["doctor"], environment: environment)
        #expect(result.status == 0)
        let lines = result.stdout.split(separator: "\n").map(String.init)
        #expect(lines.contains("data       \(Self.buildData.resources.standardizedFileURL.path) (build)"))
        #expect(lines.contains("history    \(home)/.local/state/inquire/history (not there)"))
        #expect(lines.contains("rc file    \(home)/.config/inquire/inquirerc (not there)"))
        #expect(lines.contains("colour     no (standard output is not a terminal)"))
        #expect(
            lines.contains { $0.hasPrefix("models     models/entities.inqm (") && $0.contains("models/tagger.inqm (") })
    }

    @Test("doctor with no data: the report says so, then one error line and exit 1")
    func doctorWithoutData() throws {
        let empty = try ScratchSpace.folder("empty")
        let result = try BinaryRunner.run(["doctor"], environment: ["INQUIRE_DATA": empty])
        #expect(result.status == 1)
        #expect(result.stdout.contains("\ndata       not found\n"))
        #expect(result.stderr.hasPrefix("Error: inquire's data"))
    }

    @Test("doctor lists the files under models/ when there are some")
    func doctorModels() throws {
        let copy = try Self.copyOfData()
        let models = copy.appendingPathComponent("models")
        try FileManager.default.createDirectory(at: models, withIntermediateDirectories: true)
        try Data(count: 12).write(to: models.appendingPathComponent("extra.bin"))
        let result = try BinaryRunner.run(["doctor"], environment: ["INQUIRE_DATA": copy.path])
        #expect(result.status == 0)
        #expect(result.stdout.contains("models/extra.bin (12 bytes)"))
    }

    @Test("the commit comes from the build-info file an installation writes")
    func buildInfo() {
        #expect(
            BuildInfo.describe(version: "1.2.3", buildInfo: "version 1.2.3\ncommit 3aac465\n")
                == "1.2.3 (commit 3aac465)")
        #expect(BuildInfo.describe(version: "1.2.3", buildInfo: "version 1.2.3\n") == "1.2.3 (development build)")
        #expect(BuildInfo.describe(version: "1.2.3", buildInfo: nil) == "1.2.3 (development build)")
    }

    @Test("the rc file is under $XDG_CONFIG_HOME when it is absolute, else under ~/.config")
    func rcFile() {
        #expect(DoctorReport.rcFile(environment: ["XDG_CONFIG_HOME": "/c", "HOME": "/h"]) == "/c/inquire/inquirerc")
        #expect(
            DoctorReport.rcFile(environment: ["XDG_CONFIG_HOME": "c", "HOME": "/h"]) == "/h/.config/inquire/inquirerc")
        #expect(DoctorReport.rcFile(environment: [:]) == nil)
    }
}
