import Foundation
import InquireKit
import TestSupport
import Testing

/// `scripts/install.sh` end to end: a release build installed into a scratch prefix, compared with the build
/// under test. A release build takes minutes, so this runs only with `INQUIRE_INSTALL_TESTS=1`; the build folder
/// is `$INQUIRE_BUILD_PATH`, default `.build-install` in the package (kept apart from the `.build` that `swift
/// test` is using).
@Suite(
    "scripts/install.sh: install, answer as the build does, man page, completion, uninstall",
    .enabled(if: ProcessInfo.processInfo.environment["INQUIRE_INSTALL_TESTS"] == "1"),
    .serialized)
struct InstallEndToEndTests {
    /// The package's root folder.
    static let package = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()

    /// Questions over the default article; several depend on the gazetteer (places, demonyms, names).
    static let questions = [
        "Where will the drill commence?",
        "Where did the strikes take place?",
        "Where is the Port of Chabahar?",
        "Which country conducted retaliatory airstrikes?",
        "Who conducted retaliatory airstrikes on militant positions in Iran?",
        "How many children were killed near the town of Saravan?",
        "When will the drill commence?",
        "Who is the president of France?",
    ]

    /// Two small articles for the folder-corpus comparison.
    static let folderCorpus = [
        "summit.txt": """
        Leaders met in Geneva on Monday. The talks were chaired by Maria Lopez, the Swiss foreign minister.
        Delegations from Kenya and Peru arrived late.
        """,
        "river.md": """
        The Danube flows through Vienna and Budapest before reaching the Black Sea.
        About 81 million people live in its basin.
        """,
    ]
    static let folderQuestions = [
        "Where did the leaders meet?", "Who chaired the talks?", "Which city does the Danube flow through?",
        "How many people live in its basin?",
    ]

    /// Runs `executable` with `arguments` from the scratch folder and returns status, output and errors.
    static func run(
        _ executable: String, _ arguments: [String], stdin: String = "", environment: [String: String] = [:]
    ) throws -> BinaryRunner.Result {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        process.currentDirectoryURL = URL(fileURLWithPath: try ScratchSpace.folder("cwd"))
        process.environment = ProcessInfo.processInfo.environment.merging(environment) { $1 }
        // Standard error goes to a file, so that a long build log on one stream cannot block the other.
        let errorFile = ScratchSpace.path("stderr")
        _ = FileManager.default.createFile(atPath: errorFile, contents: nil)
        let errors = try FileHandle(forWritingTo: URL(fileURLWithPath: errorFile))
        let output = Pipe()
        let input = Pipe()
        process.standardOutput = output
        process.standardError = errors
        process.standardInput = input
        try process.run()
        input.fileHandleForWriting.write(Data(stdin.utf8))
        try input.fileHandleForWriting.close()
        let out = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        try errors.close()
        let err = FileManager.default.contents(atPath: errorFile) ?? Data()
        return BinaryRunner.Result(
            status: process.terminationStatus, stdout: String(decoding: out, as: UTF8.self),
            stderr: String(decoding: err, as: UTF8.self))
    }

    /// `inquire run --format tsv` output with the confidence column (the fourth) rounded to 6 decimals.
    static func rounded(_ tsv: String) -> [[String]] {
        tsv.split(separator: "\n").map { line in
            var fields = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            if fields.count > 3, let value = Double(fields[3]) { fields[3] = String(format: "%.6f", value) }
            return fields
        }
    }

    /// Every path under `root` with its kind and, for files, its size: what "the prefix as it was" compares.
    static func snapshot(_ root: String) -> [String] {
        guard let walker = FileManager.default.enumerator(atPath: root) else { return [] }
        var entries: [String] = []
        while let name = walker.nextObject() as? String {
            let path = root + "/" + name
            let size = (try? FileManager.default.attributesOfItem(atPath: path))?[.size] as? Int ?? -1
            entries.append("\(name) \(FileKind.kindName(path)) \(FileKind.kindName(path) == "file" ? size : 0)")
        }
        return entries.sorted()
    }

    @Test("install into a scratch prefix, use it from PATH, uninstall")
    func installUseUninstall() throws {
        let prefix = try ScratchSpace.folder("prefix")
        // Things the user already had there, which must survive the install and the uninstall.
        try FileManager.default.createDirectory(atPath: prefix + "/bin", withIntermediateDirectories: true)
        try "#!/bin/sh\n".write(toFile: prefix + "/bin/other-tool", atomically: true, encoding: .utf8)
        try FileManager.default.createDirectory(atPath: prefix + "/share/man/man1", withIntermediateDirectories: true)
        let before = Self.snapshot(prefix)

        let buildPath =
            ProcessInfo.processInfo.environment["INQUIRE_BUILD_PATH"] ?? Self.package.path + "/.build-install"
        let install = try Self.run(
            "/bin/bash", [Self.package.path + "/scripts/install.sh", "--prefix", prefix],
            environment: ["INQUIRE_BUILD_PATH": buildPath])
        try #require(install.status == 0, "install.sh failed: \(install.stderr)")

        let path = prefix + "/bin:" + (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin")
        /// `inquire ARGUMENTS` found through PATH, from a scratch folder.
        func installed(_ arguments: [String], stdin: String = "") throws -> BinaryRunner.Result {
            try Self.run("/usr/bin/env", ["inquire"] + arguments, stdin: stdin, environment: ["PATH": path])
        }

        // The same answers as the build, on the default corpus and on a folder corpus.
        let questions = Self.questions.joined(separator: "\n") + "\n"
        // The release build's confidences differ from the debug build's in the last digits (floating-point
        // arithmetic optimised differently), so the TSV rows are compared with the confidence rounded.
        let fromBuild = try BinaryRunner.run(["run", "--format", "tsv", "-"], stdin: questions)
        let fromInstall = try installed(["run", "--format", "tsv", "-"], stdin: questions)
        #expect(fromBuild.status == 0)
        #expect(fromInstall.status == 0)
        #expect(Self.rounded(fromInstall.stdout) == Self.rounded(fromBuild.stdout))
        #expect(fromInstall.stdout.contains("\tPort of Chabahar\t"))
        let folder = try ScratchSpace.folder("articles")
        for (name, text) in Self.folderCorpus {
            try text.write(toFile: folder + "/" + name, atomically: true, encoding: .utf8)
        }
        let folderQuestions = Self.folderQuestions.joined(separator: "\n") + "\n"
        let folderBuild = try BinaryRunner.run(
            ["--corpus", folder, "run", "--format", "tsv", "-"], stdin: folderQuestions)
        let folderInstall = try installed(["--corpus", folder, "run", "--format", "tsv", "-"], stdin: folderQuestions)
        #expect(folderBuild.status == 0)
        #expect(Self.rounded(folderInstall.stdout) == Self.rounded(folderBuild.stdout))

        // The version carries the commit install.sh recorded; doctor finds the installed data.
        let version = try installed(["--version"])
        #expect(version.stdout.contains("(commit "))
        let doctor = try installed(["doctor"])
        #expect(doctor.status == 0)
        #expect(doctor.stdout.contains("\(prefix)/share/inquire (installed)"))

        // The man page renders.
        let man = try Self.run(
            "/usr/bin/env", ["man", "-l", prefix + "/share/man/man1/inquire.1"],
            environment: ["MANPAGER": "cat", "PAGER": "cat", "MANWIDTH": "80"])
        #expect(man.status == 0, "\(man.stderr)")
        #expect(man.stdout.contains("inquire"))
        #expect(man.stdout.contains("doctor"))

        // bash completes the subcommands in an interactive shell, loading the completion from where
        // bash-completion looks for it under the prefix (or from the file itself when bash-completion is absent).
        let script = """
            if [ -f /usr/share/bash-completion/bash_completion ]; then
                . /usr/share/bash-completion/bash_completion
                __load_completion inquire
            else
                . '\(prefix)/share/bash-completion/completions/inquire'
            fi
            function_name=$(complete -p inquire | sed -n 's/.*-F \\([^ ]*\\).*/\\1/p')
            COMP_WORDS=(inquire "")
            COMP_CWORD=1
            COMP_LINE='inquire '
            COMP_POINT=${#COMP_LINE}
            "$function_name" inquire '' inquire
            printf 'reply %s\\n' "${COMPREPLY[@]}"
            """
        let bash = try Self.run(
            "/bin/bash", ["--norc", "-i", "-c", script],
            environment: ["PATH": path, "HOME": try ScratchSpace.folder("home")])
        let replies = Set(bash.stdout.split(separator: "\n").filter { $0.hasPrefix("reply ") }.map { $0.dropFirst(6) })
        for subcommand in ["ask", "run", "eval", "classify", "search", "index", "text", "doctor"] {
            #expect(
                replies.contains(Substring(subcommand)),
                "bash did not offer \(subcommand): \(bash.stdout) \(bash.stderr)")
        }

        // With share/inquire moved away: exit 1, one line naming where it looked.
        let moved = prefix + "/moved-away"
        try FileManager.default.moveItem(atPath: prefix + "/share/inquire", toPath: moved)
        let missing = try installed(["ask", Self.questions[0]])
        try FileManager.default.moveItem(atPath: moved, toPath: prefix + "/share/inquire")
        #expect(missing.status == 1)
        #expect(missing.stdout.isEmpty)
        #expect(missing.stderr.filter { $0 == "\n" }.count == 1)
        #expect(missing.stderr.contains("\(prefix)/share/inquire"))
        #expect(missing.stderr.contains("\(prefix)/bin/inquire_InquireKit.resources"))

        // --uninstall leaves the prefix as it was.
        let uninstall = try Self.run(
            "/bin/bash", [Self.package.path + "/scripts/install.sh", "--prefix", prefix, "--uninstall"])
        #expect(uninstall.status == 0, "\(uninstall.stderr)")
        #expect(Self.snapshot(prefix) == before)
    }
}

extension FileKind {
    /// "file", "folder" or "other" for the snapshot of a prefix.
    static func kindName(_ path: String) -> String {
        switch FileKind.of(path) {
        case .regular: "file"
        case .folder: "folder"
        default: "other"
        }
    }
}
