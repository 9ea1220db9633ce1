import Foundation
import TestSupport
import Testing

/// Paths of the evaluation fixtures (shared with the engine's unit tests).
enum EvalFixtures {
    /// The repository root.
    static let root = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// A file under `Tests/InquireKitTests/Fixtures/eval/`.
    static func path(_ name: String) -> String {
        root.appendingPathComponent("Tests/InquireKitTests/Fixtures/eval").appendingPathComponent(name).path
    }

    /// The made-up article the fixtures ask about.
    static let corpus = path("lighthouse.txt")

    /// A temporary file holding `text`.
    static func temporary(_ text: String, suffix: String) throws -> String {
        let path = ScratchSpace.path("inquire-eval\(suffix)")
        try Data(text.utf8).write(to: URL(fileURLWithPath: path))
        return path
    }

    /// The JSON object printed by a command.
    static func object(_ text: String) throws -> [String: Any] {
        try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
    }
}

@Suite("inquire run, end to end")
struct RunCommandTests {
    @Test("text output: question, answer, evidence and source per question; comments and blank lines skipped")
    func text() throws {
        let result = try BinaryRunner.run(["run", "--corpus", EvalFixtures.corpus, EvalFixtures.path("questions.txt")])
        #expect(result.status == 0)
        let blocks = result.stdout.components(separatedBy: "\n\n").filter { !$0.isEmpty }
        #expect(blocks.count == 3)
        #expect(blocks.allSatisfy { $0.hasPrefix("Q: ") && $0.contains("\nA: ") })
        // The designer is Ada Linden (line 4), the agent of the passive "designed by" and the best candidate (a
        // place, Gull Point, before the syntax-based answers).
        #expect(blocks[0].hasPrefix("Q: Who designed the Harwick Lighthouse?\nA: Ada Linden\n"))
        #expect(blocks[1].hasPrefix("Q: How many keepers lived at the station?\nA: Three\n"))
        #expect(blocks[1].hasSuffix("source: \(EvalFixtures.corpus):5"))
        #expect(blocks[2].hasPrefix("Q: Who painted the tower?\nA: no answer found"))
        #expect(!result.stdout.contains("# Questions"))
    }

    @Test("jsonl output: one object a line with the specified keys, in order")
    func jsonl() throws {
        let result = try BinaryRunner.run(
            ["run", "--corpus", EvalFixtures.corpus, "--format", "jsonl", EvalFixtures.path("questions.txt")])
        #expect(result.status == 0)
        let lines = result.stdout.split(separator: "\n")
        #expect(lines.count == 3)
        for line in lines {
            #expect(line.hasPrefix("{\"question\":"))
            let object = try EvalFixtures.object(String(line))
            #expect(Set(object.keys) == ["question", "type", "answer", "confidence", "evidence", "alternatives"])
            #expect(object["answer"] is String || object["answer"] is NSNull)
            #expect(object["confidence"] is Double)
            #expect((object["type"] as? String)?.contains(":") == true)
            if let evidence = object["evidence"] as? [String: Any] {
                #expect(Set(evidence.keys) == ["text", "source", "start", "end"])
                if let text = evidence["text"] as? String, let start = evidence["start"] as? Int,
                    let end = evidence["end"] as? Int, let answer = object["answer"] as? String
                {
                    // start and end are code points into the evidence text.
                    let scalars = Array(text.unicodeScalars)
                    #expect(String(String.UnicodeScalarView(scalars[start..<end])) == answer)
                }
            } else {
                #expect(object["evidence"] is NSNull)
            }
            let alternatives = try #require(object["alternatives"] as? [[String: Any]])
            #expect(alternatives.allSatisfy { Set($0.keys) == ["answer", "confidence"] })
        }
        let order = [
            "\"question\":", "\"type\":", "\"answer\":", "\"confidence\":", "\"evidence\":", "\"alternatives\":",
        ]
        let first = String(lines[0])
        let positions = order.compactMap { first.range(of: $0)?.lowerBound }
        #expect(positions.count == order.count && positions == positions.sorted())
    }

    @Test("tsv output: a header and six fields a row; an abstention leaves the answer empty")
    func tsv() throws {
        let result = try BinaryRunner.run(
            ["run", "--format", "tsv", "-"],
            stdin: "Who is the president of France?\nHow many children were killed near the town of Saravan?\n")
        #expect(result.status == 0)
        let rows = result.stdout.split(separator: "\n", omittingEmptySubsequences: false).dropLast()
        #expect(rows.first == "question\ttype\tanswer\tconfidence\tsource\tevidence")
        #expect(rows.count == 3)
        #expect(rows.allSatisfy { $0.split(separator: "\t", omittingEmptySubsequences: false).count == 6 })
        let abstention = rows[1].split(separator: "\t", omittingEmptySubsequences: false)
        #expect(abstention[0] == "Who is the president of France?")
        #expect(abstention[2].isEmpty)
        #expect(rows[2].split(separator: "\t", omittingEmptySubsequences: false)[2] == "four")
    }

    @Test("a reader that stops early ends the run quietly")
    func closedPipe() throws {
        let questions = try EvalFixtures.temporary(
            String(repeating: "Who designed the Harwick Lighthouse?\n", count: 400), suffix: ".txt")
        defer { try? FileManager.default.removeItem(atPath: questions) }
        let binary = BinaryRunner.binary.path
        let script = """
            "\(binary)" run --format jsonl --corpus "\(EvalFixtures.corpus)" "\(questions)" | head -1 >/dev/null
            echo "status=${PIPESTATUS[0]}"
            """
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/bash")
        process.arguments = ["-c", script]
        let output = Pipe()
        let errors = Pipe()
        process.standardOutput = output
        process.standardError = errors
        try process.run()
        let out = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        let err = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(out == "status=0\n")
        #expect(err.isEmpty)
    }

    @Test("a missing question file is an error naming it")
    func missing() throws {
        let result = try BinaryRunner.run(["run", "/nonexistent/questions.txt"])
        #expect(result.status != 0)
        #expect(result.stderr.contains("/nonexistent/questions.txt: no such file"))
    }

    @Test("a question file that is not UTF-8 is refused with its line")
    func notText() throws {
        let path = ScratchSpace.path("inquire-q.txt")
        try Data([0x57, 0x68, 0x6F, 0x3F, 0x0A, 0xFF, 0x0A]).write(to: URL(fileURLWithPath: path))
        defer { try? FileManager.default.removeItem(atPath: path) }
        let result = try BinaryRunner.run(["run", path])
        #expect(result.status != 0)
        #expect(result.stderr.contains("\(path):2:"))
    }
}

@Suite("inquire eval, end to end")
struct EvalCommandTests {
    @Test("TSV gold over a named corpus: the table per type, overall row, misses")
    func tsv() throws {
        let result = try BinaryRunner.run(
            ["eval", "--corpus", EvalFixtures.corpus, EvalFixtures.path("gold.tsv"), "--misses"])
        #expect(result.status == 0)
        #expect(result.stdout.contains("(TSV, 5 questions) on lighthouse.txt"))
        let header = try #require(result.stdout.split(separator: "\n").first { $0.hasPrefix("type ") })
        #expect(header.split(separator: " ") == ["type", "questions", "answered", "EM", "F1", "hit@5"])
        // The rows as measured (one who question has a deliberately wrong gold answer; the designer, Ada Linden,
        // is answered).
        let rows = result.stdout.split(separator: "\n").map { $0.split(separator: " ").map(String.init) }
        #expect(rows.contains(["who", "3", "2", "66.67", "66.67", "66.67"]))
        #expect(rows.contains(["where", "1", "1", "100.00", "100.00", "100.00"]))
        #expect(rows.contains(["how-many", "1", "1", "100.00", "100.00", "100.00"]))
        #expect(rows.contains(["overall", "5", "4", "80.00", "80.00", "80.00"]))
        #expect(result.stdout.contains("abstention   precision 100.00 (1 of 1 abstentions), recall 100.00"))
        #expect(result.stdout.contains("forced       EM 60.00"))
        #expect(!result.stdout.contains("given:    Gull Point"))
        // The deliberately wrong gold answer is always a miss.
        #expect(result.stdout.contains("expected: The Harwick Society"))
    }

    @Test("--json prints one object with the specified keys")
    func json() throws {
        let result = try BinaryRunner.run([
            "eval", "--json", "--k", "3", "--corpus", EvalFixtures.corpus, EvalFixtures.path("gold.jsonl"),
        ])
        #expect(result.status == 0)
        let object = try EvalFixtures.object(result.stdout)
        let keys: Set = ["questions", "answered", "exact_match", "f1", "hit_at_k", "mrr", "by_type", "abstention"]
        #expect(keys.isSubset(of: Set(object.keys)))
        #expect(object["questions"] as? Int == 4)
        #expect(object["k"] as? Int == 3)
        let byType = try #require(object["by_type"] as? [String: [String: Any]])
        #expect(Set(byType.keys) == ["who", "which"])
        #expect(
            byType.values.allSatisfy {
                ["questions", "exact_match", "f1", "hit_at_k", "mrr"].allSatisfy($0.keys.contains)
            })
        let abstention = try #require(object["abstention"] as? [String: Any])
        #expect(abstention["unanswerable"] as? Int == 1)
    }

    @Test("the default gold file over the default corpus")
    func defaultCorpus() throws {
        let gold = EvalFixtures.root.appendingPathComponent("Corpus/gold.tsv")
        let result = try BinaryRunner.run(["eval", "--json", gold.path])
        #expect(result.status == 0)
        let object = try EvalFixtures.object(result.stdout)
        let questions = try String(contentsOf: gold, encoding: .utf8).split(separator: "\n")
            .filter { !$0.hasPrefix("#") }.count
        #expect(questions >= 60)
        #expect(object["questions"] as? Int == questions)
        #expect((object["classifier"] as? [String: Any])?["questions"] as? Int == questions)
        // A floor, not a target, counted in questions (the EM share moves as questions are added): 84 of 122 right
        // when measured (EM 68.85; 66 of the first 108 in the seventh session); GoldQuestionsTests names the misses.
        let exactMatch = try #require(object["exact_match"] as? Double)
        let right = Int((exactMatch * Double(questions) / 100).rounded())
        #expect(right >= 84, "\(right) of \(questions) right (EM \(exactMatch)), below the measured 84")
    }

    @Test(
        "SQuAD gold in both modes; predictions hold every id, \"\" for abstentions", arguments: ["paragraph", "open"])
    func squad(mode: String) throws {
        let predictions = ScratchSpace.url("inquire-p.json")
        defer { try? FileManager.default.removeItem(at: predictions) }
        let result = try BinaryRunner.run([
            "eval", EvalFixtures.path("squad-v2.json"), "--mode", mode, "--json", "--predictions-out", predictions.path,
        ])
        #expect(result.status == 0)
        let object = try EvalFixtures.object(result.stdout)
        #expect(object["questions"] as? Int == 3)
        let written = try #require(
            try JSONSerialization.jsonObject(with: Data(contentsOf: predictions)) as? [String: String])
        #expect(Set(written.keys) == ["k1", "k2", "k3"])
        let answered = object["answered"] as? Int ?? -1
        #expect(written.values.count { !$0.isEmpty } == answered)
        // The answers as measured: the count, an abstention on the unanswerable question, the year.
        #expect(written == ["k1": "Three", "k2": "", "k3": "1962"])
        #expect(object["exact_match"] as? Double == 100)
    }

    @Test("--types keeps only questions with those openings")
    func types() throws {
        let result = try BinaryRunner.run(
            [
                "eval", "--json", "--types", "how-many,where", "--corpus", EvalFixtures.corpus,
                EvalFixtures.path("gold.tsv"),
            ])
        #expect(result.status == 0)
        let object = try EvalFixtures.object(result.stdout)
        #expect(object["questions"] as? Int == 2)
        #expect(Set((object["by_type"] as? [String: Any])?.keys.map { $0 } ?? []) == ["how-many", "where"])
    }

    @Test(
        "unusable input exits non-zero naming the file and line",
        arguments: [
            ("Who?\tAda\tHUM:ind\nWho designed it?\n", ".tsv", ":2: expected 2 or 3 tab-separated columns"),
            ("{\"question\": \"Who?\", \"answers\": []}\n{\"question\": \n", ".jsonl", ":2: broken JSON line"),
            (
                "{\"data\": [{\"paragraphs\": [\n{\"qas\": []}]}]}", ".json",
                ":2: paragraph is missing string \"context\""
            ),
        ])
    func unusable(text: String, suffix: String, message: String) throws {
        let path = try EvalFixtures.temporary(text, suffix: suffix)
        defer { try? FileManager.default.removeItem(atPath: path) }
        let result = try BinaryRunner.run(["eval", path])
        #expect(result.status != 0)
        #expect(result.stderr.contains(path + message))
        #expect(result.stdout.isEmpty)
    }

    @Test(
        "options that do not fit the gold file are refused",
        arguments: [
            ["eval", "--mode", "open", "GOLD_TSV"],
            ["eval", "--corpus", "CORPUS", "SQUAD"],
            ["eval", "--types", "who,sometimes", "GOLD_TSV"],
            ["eval", "--k", "0", "GOLD_TSV"],
            ["eval", "/nonexistent/gold.tsv"],
        ])
    func refused(arguments: [String]) throws {
        let resolved = arguments.map {
            switch $0 {
            case "GOLD_TSV": EvalFixtures.path("gold.tsv")
            case "SQUAD": EvalFixtures.path("squad-v1.json")
            case "CORPUS": EvalFixtures.corpus
            default: $0
            }
        }
        let result = try BinaryRunner.run(resolved)
        #expect(result.status != 0)
        #expect(!result.stderr.isEmpty)
    }
}
