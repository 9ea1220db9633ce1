import DefaultCorpus
import Foundation
import InquireKit
import Testing

@testable import inquire

@Suite("the shell's new parts: command parsing, settings, suggestions, timing, rc file, pager decision")
struct ShellSettingsTests {
    @Test("the new commands parse, with their arguments checked")
    func parsing() {
        #expect(ShellCommand.parse(":search Saravan strikes") == .search("Saravan strikes"))
        #expect(ShellCommand.parse(":timer on") == .timer(true))
        #expect(ShellCommand.parse(":timer maybe") == .usage("usage: :timer on|off"))
        #expect(ShellCommand.parse(":mode jsonl") == .mode(.json))
        #expect(ShellCommand.parse(":set ranking bm25") == .set(.ranking(.bm25)))
        #expect(ShellCommand.parse(":set threshold 1.5") == .usage("usage: :set threshold X, with X from 0 to 1"))
        #expect(
            ShellCommand.parse(":set colour")
                == .usage(
                    "usage: :set NAME VALUE, NAME one of "
                        + "ranking, threshold, alternatives, retrieved, colour, pager"))
        #expect(
            ShellCommand.parse(":set rankng bm25")
                == .usage(
                    "unknown setting 'rankng'; did you mean 'ranking'? (known: ranking, threshold, alternatives, retrieved, "
                        + "colour, pager)"))
        #expect(ShellCommand.parse(":output") == .output(nil))
        #expect(ShellCommand.parse(":output a.txt") == .output("a.txt"))
        #expect(ShellCommand.parse("!3") == .rerun(3))
        #expect(ShellCommand.parse(":history 3") == .rerun(3))
        #expect(ShellCommand.parse("!0") == .usage("usage: !N, with N a number from :history"))
        #expect(ShellCommand.parse("help") == .help)
        #expect(ShellCommand.parse("help me find the answer") == nil)
        #expect(ShellCommand.parse(":docs") == .docs)
        #expect(ShellCommand.parse(":read") == .usage("usage: :read FILE"))
    }

    @Test("every command `:help` lists is completed and parsed (none is listed but unknown)")
    func namesParse() {
        for name in ShellCommand.names {
            if case .unknown = ShellCommand.parse(name + " 1") { Issue.record("\(name) is listed but not parsed") }
        }
    }

    @Test(
        "suggestions come from the edit distance, swaps counting once",
        arguments: [
            ("aks", ["ask", "run", "eval"], "ask"), ("serch", ["search", "set"], "search"), ("runn", ["run"], "run"),
            ("xyz", ["ask", "run"], nil), ("a", ["ask"], nil),
        ])
    func suggestions(typed: String, names: [String], expected: String?) {
        #expect(Suggestion.closest(to: typed, among: names) == expected)
    }

    @Test(
        "the edit distance", arguments: [("", "abc", 3), ("kitten", "sitting", 3), ("ab", "ba", 1), ("ask", "ask", 0)])
    func distance(a: String, b: String, expected: Int) {
        #expect(Suggestion.distance(a, b) == expected)
    }

    @Test("the timed stages give the engine's own answer, and add up to their total")
    func timedAnswer() throws {
        let corpus = try CorpusLoader.load(path: try ResourceBundle.defaultCorpus(named: DefaultCorpus.fileName).path)
        for ranking in Ranking.allCases {
            var engine = try Engine(corpus: corpus, ranking: ranking)
            engine.retrieved = 10
            for question in [
                "How many children were killed near the town of Saravan?", "Where did the strikes take place?",
                "Who is the president of France?",
            ] {
                let timed = TimedAnswer.timed(question, engine: engine, alternatives: 3)
                let plain = engine.answer(question, alternatives: 3)
                #expect(timed.answer.text == plain.text)
                // Equal up to the last bits: the extractor sums over dictionaries, whose order can differ between
                // two runs of the same question.
                #expect(abs(timed.answer.confidence - plain.confidence) < 1e-9)
                #expect(timed.answer.alternatives.map(\.text) == plain.alternatives.map(\.text))
                #expect(timed.stages.map(\.name) == ["analyse", "classify", "retrieve", "extract"])
                let sum = timed.stages.map(\.duration).reduce(.zero, +)
                #expect(sum == timed.total)
            }
        }
    }

    @Test("settings configure the engine's ranking, threshold and retrieval depth")
    func settingsConfigure() throws {
        let corpus = Corpus(name: "t", documents: [Document(id: "t", source: "t", text: "Ada wrote code.")])
        let engine = try Engine(corpus: corpus)
        var settings = ShellSettings(engine: engine, colour: false)
        settings.apply(.ranking(.bm25))
        settings.apply(.threshold(0.5))
        settings.apply(.retrieved(7))
        let configured = settings.configure(engine)
        #expect(configured.ranking == .bm25)
        #expect(configured.extractor.threshold == 0.5)
        #expect(configured.retrieved == 7)
    }

    @Test("the rc file skips blank and # lines and keeps line numbers")
    func rcLines() {
        let rc = RCFile(path: "rc", text: "# comment\n\n:set pager off\r\n  :mode json  \n")
        #expect(
            rc.lines == [RCFile.Line(number: 3, text: ":set pager off"), RCFile.Line(number: 4, text: ":mode json")])
    }

    @Test("the pager: $PAGER first (empty: none), and only for text taller than the terminal")
    func pagerChoice() {
        #expect(Pager.resolve(environment: ["PAGER": "more"])?.command == "more")
        #expect(Pager.resolve(environment: ["PAGER": " "]) == nil)
        #expect(Pager.resolve(environment: ["PATH": "/nonexistent"]) == nil)
        #expect(Pager.isTaller(String(repeating: "line\n", count: 30), than: 30))
        #expect(!Pager.isTaller(String(repeating: "line\n", count: 29), than: 30))
        #expect(!Pager.isTaller("line\n", than: 0))
    }
}
