import Foundation
import InquireKit
import TestSupport
import Testing

@testable import inquire

@Suite("the shell's parts: style, history, commands, completion, wrapping")
struct ShellPartsTests {
    static let styleCases: [(Bool, [String: String], Bool)] = [
        (true, ["TERM": "xterm-256color"], true),
        (false, ["TERM": "xterm"], false),
        (true, ["TERM": "xterm", "NO_COLOR": "1"], false),
        (true, ["TERM": "xterm", "NO_COLOR": ""], true),
        (true, ["TERM": "dumb"], false),
        (true, [:], false),
    ]

    @Test("styling needs a terminal, no NO_COLOR and a TERM other than dumb", arguments: styleCases)
    func styleDecision(isTerminal: Bool, environment: [String: String], styled: Bool) {
        #expect(Style.shouldStyle(isTerminal: isTerminal, environment: environment) == styled)
        let style = Style(enabled: styled)
        #expect(style.answer("four").contains("\u{1B}[") == styled)
        #expect(Style.plain.bold("four") == "four")
    }

    static let historyCases: [([String: String], String?, Int)] = [
        (["INQUIRE_HISTORY": "/x/h", "HOME": "/home/a"], "/x/h", 1000),
        (["INQUIRE_HISTORY": "~/h", "HOME": "/home/a"], "/home/a/h", 1000),
        (["XDG_STATE_HOME": "/s", "HOME": "/home/a"], "/s/inquire/history", 1000),
        (["XDG_STATE_HOME": "relative", "HOME": "/home/a"], "/home/a/.local/state/inquire/history", 1000),
        (["HOME": "/home/a", "INQUIRE_HISTORY_SIZE": "20"], "/home/a/.local/state/inquire/history", 20),
        (["HOME": "/home/a", "INQUIRE_HISTORY_SIZE": "lots"], "/home/a/.local/state/inquire/history", 1000),
        (["HOME": "/home/a", "INQUIRE_HISTORY_SIZE": "0"], nil, 0),
    ]

    @Test(
        "the history file is $INQUIRE_HISTORY, else under $XDG_STATE_HOME, else under ~/.local/state",
        arguments: historyCases)
    func historySettings(environment: [String: String], path: String?, limit: Int) {
        let settings = HistorySettings.resolve(environment: environment)
        #expect(settings.path == path)
        #expect(settings.limit == limit)
    }

    @Test("history entries survive the file format: newlines and backslashes are escaped")
    func historyEscapes() {
        for entry in ["plain", "two\nlines", "back\\slash", "\\n literally", "trailing\\", "cr\r"] {
            let line = HistoryFile.encode(entry)
            #expect(!line.contains("\n"))
            #expect(HistoryFile.decode(line[...]) == entry)
        }
        #expect(HistoryFile.entries(in: Array("a\n\n  \nb\\nc\n".utf8)) == ["a", "b\nc"])
    }

    @Test("the history file is created with its folder at mode 0600, trimmed on load and on append")
    func historyFileTrims() throws {
        let folder = ScratchSpace.path("inquire-history")
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let path = folder + "/deeper/history"
        let file = HistoryFile(path: path, limit: 3)
        #expect(try file.load() == [])
        let mode = try FileManager.default.attributesOfItem(atPath: path)[.posixPermissions] as? Int
        #expect(mode == 0o600)
        for entry in ["1", "2", "3", "4", "5"] { try file.append(entry) }
        #expect(try HistoryFile(path: path, limit: 10).load() == ["3", "4", "5"])
        #expect(try HistoryFile(path: path, limit: 2).load() == ["4", "5"])
        #expect(try String(contentsOfFile: path, encoding: .utf8) == "4\n5\n")
        #expect(try FileManager.default.attributesOfItem(atPath: path)[.posixPermissions] as? Int == 0o600)
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: folder + "/deeper")
        #expect(leftovers == ["history"])
    }

    @Test("two writers appending at once lose nothing, even while the file is being trimmed")
    func historyConcurrentWriters() async throws {
        let folder = ScratchSpace.path("inquire-history")
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let path = folder + "/history"
        _ = try HistoryFile(path: path, limit: 1000).load()
        try await withThrowingTaskGroup(of: Void.self) { group in
            for writer in ["a", "b"] {
                group.addTask {
                    let file = HistoryFile(path: path, limit: 150)
                    for number in 0..<100 { try file.append("\(writer)\(number)") }
                }
            }
            try await group.waitForAll()
        }
        let entries = try HistoryFile(path: path, limit: 1000).load()
        #expect(entries.count == 150)
        // The last entries of each writer are all there, each writer's in order.
        for writer in ["a", "b"] {
            let mine = entries.filter { $0.hasPrefix(writer) }.compactMap { Int($0.dropFirst()) }
            #expect(mine == mine.sorted())
            #expect(mine.last == 99)
        }
    }

    @Test("the in-memory history skips blank lines and consecutive duplicates, and warns once on failure")
    func shellHistory() throws {
        let folder = try ScratchSpace.folder("inquire-history")
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try "".write(toFile: folder + "/file", atomically: true, encoding: .utf8)
        nonisolated(unsafe) var warnings: [String] = []
        var history = ShellHistory(settings: HistorySettings(path: folder + "/file/history", limit: 3)) {
            warnings.append($0)
        }
        let stored = ["one", "one", "  ", "two", "one", "three"].map { history.record($0) }
        #expect(stored == [true, false, false, true, true, true])
        #expect(history.entries == ["two", "one", "three"])
        #expect(warnings.count == 1)
        #expect(warnings.first?.contains("history will not be saved") == true)
    }

    static let commandCases: [(String, ShellCommand)] = [
        (":help", .help), (":why", .why), (":top", .top(5)), (":top 3", .top(3)),
        (":top x", .usage("usage: :top N, with N a number")), (":sources", .sources), (":open", .open(nil)),
        (":open 2", .open(2)), (":load ~/a b.txt", .load("~/a b.txt")), (":load", .usage("usage: :load PATH")),
        (":stats", .stats), (":history", .history), (":quit", .quit), (":q", .quit), ("exit", .quit),
        (":frobnicate", .unknown(":frobnicate")),
    ]

    @Test("colon commands parse, with their arguments checked", arguments: commandCases)
    func parse(line: String, command: ShellCommand) {
        #expect(ShellCommand.parse(line) == command)
    }

    @Test("a question is not a command")
    func questionsAreNotCommands() {
        #expect(ShellCommand.parse("Who won?") == nil)
        #expect(ShellCommand.parse("What does :why mean?") == nil)
    }

    @Test("Tab completes commands at the start, file names after :load, corpus words elsewhere, proper nouns first")
    func completion() {
        let corpus = Corpus(
            name: "t",
            documents: [
                Document(
                    id: "t", source: "t.txt",
                    text: "Paris is large. The parade passed through Paris. A parrot saw the parade. Parma waited.")
            ])
        let completer = Completer(corpus: corpus)
        #expect(completer.complete(word: ":he", before: "") == .words([":help"]))
        #expect(completer.complete(word: ":h", before: "") == .words([":history", ":help"]))
        #expect(completer.complete(word: "Doc", before: ":load ") == .files)
        #expect(completer.complete(word: "2", before: ":open ") == .words([]))
        #expect(completer.complete(word: "par", before: "Where is ") == .words(["Paris", "Parma", "parade", "parrot"]))
        #expect(completer.complete(word: "Par", before: "") == .words(["Paris", "Parma"]))
        #expect(completer.complete(word: "", before: "Who ") == .words([]))
    }

    @Test("a large corpus's vocabulary is collected from an even sample of its sentences")
    func vocabularySample() {
        let text = (0..<10).map { "Word\($0) stands here." }.joined(separator: " ")
        let corpus = Corpus(name: "t", documents: [Document(id: "t", source: "t.txt", text: text)])
        let whole = Vocabulary(corpus: corpus)
        let sampled = Vocabulary(corpus: corpus, limit: 5)
        #expect(whole.completions(of: "word").count == 10)
        #expect(sampled.completions(of: "word") == ["Word0", "Word2", "Word4", "Word6", "Word8"])
        #expect(sampled.completions(of: "sta") == ["stands"])
    }

    @Test("text wraps at spaces to the width, and marks style their bytes across lines")
    func wrapping() {
        let text = "one two three four five six"
        let bytes = Array(text.utf8)
        let lines = TextWrap.lines(text, width: 9).map { String(decoding: bytes[$0], as: UTF8.self) }
        #expect(lines == ["one two", "three", "four five", "six"])
        #expect(TextWrap.lines(text, width: nil).count == 1)
        let marked = TextWrap.render(
            "aaa bbb ccc", indent: "> ", width: nil,
            marks: [
                TextWrap.Mark(range: 4..<11, apply: { "[\($0)]" }), TextWrap.Mark(range: 8..<11, apply: { "<\($0)>" }),
            ])
        #expect(marked == "> aaa [bbb ]<ccc>\n")
        #expect(TextWrap.truncated("abcdefghij", width: 5) == "abcd…")
    }

    @Test("a paragraph is the text between blank lines around the sentence")
    func paragraphs() {
        let text = Array("Title\n\nFirst one. Second one.\nStill here.\n\nNext paragraph.\n".utf8)
        let second = 18..<29
        let paragraph = SourcesReport.paragraph(around: second, in: text)
        #expect(String(decoding: text[paragraph], as: UTF8.self) == "First one. Second one.\nStill here.")
    }

    @Test("why: a win is explained by score parts only, an abstention by the relation checks that held it down")
    func whyReasons() {
        let evidence = Evidence(sentence: 0, text: "x", source: "a.txt:1", range: nil)
        func candidate(_ text: String, sentence: Double, coverage: Double, relation: Double, unknown: Bool) -> Candidate
        {
            var parts = ScoreParts()
            parts.sentence = sentence
            parts.coverage = coverage
            parts.relation = relation
            parts.unknownPredicate = unknown
            return Candidate(
                text: text, type: .person, score: parts.base, evidence: evidence, parts: parts, confidence: 0.5)
        }
        let winner = candidate("A", sentence: 0.9, coverage: 1, relation: 1, unknown: false)
        let other = candidate("B", sentence: 0.3, coverage: 0.2, relation: 0, unknown: true)
        let comparison = WhyReport.comparison(winner, other)
        #expect(comparison == "ahead on sentence +0.21")
        #expect(WhyReport.relationNote(winner).isEmpty)
        let note = WhyReport.relationNote(other)
        #expect(note.contains("states none of the question's relation words"))
        #expect(note.contains("no sentence of the corpus uses the question's key verb or noun"))
    }
}
