import Foundation
import TestSupport
import Testing

@Suite("inquire text, end to end")
struct TextCommandTests {
    /// The default article in the repository's `Corpus/`, located from this file.
    static let article = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Corpus/pakistan-iran-airstrikes.txt").path

    /// A file in a fresh temporary folder holding `bytes`.
    static func temporaryFile(_ bytes: [UInt8], name: String) throws -> String {
        let folder = URL(fileURLWithPath: try ScratchSpace.folder("inquire-text"))
        let file = folder.appendingPathComponent(name)
        try Data(bytes).write(to: file)
        return file.path
    }

    @Test("sentences prints the headline and 21 sentences of the default article, one a line")
    func sentences() throws {
        let result = try BinaryRunner.run(["text", "sentences", Self.article])
        #expect(result.status == 0)
        #expect(result.stderr.isEmpty)
        let lines = result.stdout.split(separator: "\n", omittingEmptySubsequences: false).dropLast()
        #expect(lines.count == 22)
        #expect(lines.first?.hasPrefix("Retaliatory Airstrikes by Pakistan") == true)
        #expect(lines.dropFirst().first?.hasPrefix("Islamabad, Pakistan –") == true)
        #expect(result.stdout.hasSuffix("regional stability.\n"))
    }

    @Test("--source prefixes each sentence with file:line and a tab")
    func source() throws {
        let result = try BinaryRunner.run(["text", "sentences", "--source", Self.article])
        #expect(result.status == 0)
        let lines = result.stdout.split(separator: "\n")
        #expect(lines.count == 22)
        #expect(lines.first?.hasPrefix(Self.article + ":1\tRetaliatory") == true)
        #expect(lines.dropFirst().first?.hasPrefix(Self.article + ":3\tIslamabad, Pakistan –") == true)
        #expect(lines.last?.hasPrefix(Self.article + ":23\t") == true)
    }

    @Test("sentences reads standard input with - or no file, and prints wrapped sentences on one line")
    func standardInput() throws {
        let text = "Dr. Khan met U.S. officials\nin Islamabad. They talked.\n"
        for arguments in [["text", "sentences"], ["text", "sentences", "-"]] {
            let result = try BinaryRunner.run(arguments, stdin: text)
            #expect(result.status == 0)
            #expect(result.stdout == "Dr. Khan met U.S. officials in Islamabad.\nThey talked.\n")
        }
    }

    @Test("tokens prints surface, term, kind and byte offsets, tab-separated")
    func tokens() throws {
        let result = try BinaryRunner.run(["text", "tokens"], stdin: "Pakistan’s 900-kilometer border, $4.5bn")
        #expect(result.status == 0)
        #expect(
            result.stdout == """
                Pakistan\tpakistan\tword\t0\t8
                900-kilometer\t900-kilometer\tcompound\t13\t26
                900\t900\tpart\t13\t16
                kilometer\tkilometer\tpart\t17\t26
                border\tborder\tword\t27\t33
                4.5bn\t4.5bn\tword$\t36\t41

                """)
    }

    @Test("terms prints each sentence's index terms; --one-sentence-per-line keeps input lines")
    func terms() throws {
        let split = try BinaryRunner.run(["text", "terms"], stdin: "The strikes took place. It was over.\n")
        #expect(split.status == 0)
        let lines = split.stdout.split(separator: "\n", omittingEmptySubsequences: false)
        #expect(lines.count == 3)  // two sentences, the second all stopwords, then the final newline
        #expect(lines[0].split(separator: " ").count == 3)  // strikes, took, place
        #expect(lines[1].isEmpty)
        let perLine = try BinaryRunner.run(
            ["text", "terms", "--one-sentence-per-line", "-"], stdin: "Iran. Pakistan.\nChina\n")
        #expect(perLine.status == 0)
        #expect(perLine.stdout.split(separator: "\n").count == 2)
    }

    @Test("numbers prints each number read with its value, qualifier, unit, currency and ordinal flag")
    func numbers() throws {
        let article = try BinaryRunner.run(["text", "numbers", Self.article])
        #expect(article.status == 0)
        let lines = article.stdout.split(separator: "\n")
        #expect(lines.contains("over 90\t90\tqualifier=over"))
        #expect(lines.contains("more than two\t2\tqualifier=more than"))
        #expect(lines.contains("900-kilometer\t900\tunit=kilometer"))
        let piped = try BinaryRunner.run(["text", "numbers"], stdin: "The 21st raid cost $4.5bn; two-thirds, 40%.")
        #expect(
            piped.stdout
                == "21st\t21\tordinal\n$4.5bn\t4500000000\tcurrency=$\ntwo-thirds\t0.666667\t\n40%\t40\tunit=%\n")
    }

    @Test("stem prints one Snowball stem a line for the words on standard input or given as arguments")
    func stem() throws {
        let piped = try BinaryRunner.run(["text", "stem"], stdin: "Nations\n  airstrikes militants Pakistan’s\n")
        #expect(piped.status == 0)
        #expect(piped.stdout == "nation\nairstrik\nmilit\npakistan\n")
        let given = try BinaryRunner.run(["text", "stem", "Running", "generously"])
        #expect(given.status == 0)
        #expect(given.stdout == "run\ngenerous\n")
    }

    @Test("a missing file is one clear line on standard error and exit status 1")
    func missingFile() throws {
        let result = try BinaryRunner.run(["text", "sentences", "/nonexistent/article.txt"])
        #expect(result.status == 1)
        #expect(result.stdout.isEmpty)
        let lines = result.stderr.split(separator: "\n")
        #expect(lines.count == 1)
        #expect(lines.first?.contains("/nonexistent/article.txt: no such file or folder") == true)
    }

    @Test("a file that is not UTF-8 text is refused with its line, exit status 1", arguments: ["tokens", "terms"])
    func notText(_ tool: String) throws {
        let path = try Self.temporaryFile(Array("Fine line.\nBad ".utf8) + [0xFF, 0xFE], name: "bad.txt")
        let result = try BinaryRunner.run(["text", tool, path])
        #expect(result.status == 1)
        let lines = result.stderr.split(separator: "\n")
        #expect(lines.count == 1)
        #expect(lines.first?.contains("bad.txt:2: not UTF-8 text") == true)
    }
}
