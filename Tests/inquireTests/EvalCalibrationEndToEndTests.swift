import Foundation
import TestSupport
import Testing

/// `inquire eval`'s calibration, risk–coverage and forced figures on `Corpus/gold.tsv`, checked against figures
/// the test computes itself from `inquire run` over the same questions (the confidence of each best candidate,
/// and the answer when it was given), and its SQuAD misses named by id and paragraph.
@Suite("inquire eval: calibration, risk–coverage, forced answers, end to end")
struct EvalCalibrationEndToEndTests {
    /// One gold question with its acceptable answers (empty: unanswerable).
    struct Gold {
        let question: String
        let answers: [String]
    }

    /// What `inquire run` said to one question.
    struct Said {
        let answer: String?
        let confidence: Double
    }

    /// The path of `Corpus/gold.tsv`.
    static let goldPath = EvalFixtures.root.appendingPathComponent("Corpus/gold.tsv").path

    /// The questions of `Corpus/gold.tsv`.
    static func gold() throws -> [Gold] {
        let text = try String(
            contentsOf: EvalFixtures.root.appendingPathComponent("Corpus/gold.tsv"), encoding: .utf8)
        return text.split(separator: "\n").filter { !$0.hasPrefix("#") && !$0.isEmpty }.map { line in
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            let answers = fields.count > 1 ? fields[1].split(separator: "|").map(String.init) : []
            return Gold(question: fields[0], answers: answers)
        }
    }

    /// A plain reimplementation of the SQuAD normalisation for this file's answers: curly quotes folded, lowercase,
    /// ASCII punctuation removed, the articles a/an/the dropped, whitespace collapsed.
    static func normalized(_ text: String) -> String {
        let folded = text.replacingOccurrences(of: "\u{2019}", with: "'").replacingOccurrences(
            of: "\u{2018}", with: "'"
        )
        .lowercased()
        let punctuation = Set("!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~")
        let kept = String(folded.filter { !punctuation.contains($0) })
        return kept.split(whereSeparator: \.isWhitespace).filter { !["a", "an", "the"].contains($0) }
            .joined(separator: " ")
    }

    /// A confidence in units of 10⁻⁹, as the report bins and ranks them (the last binary digits of a confidence
    /// differ from one process to another, and 0.9 must not fall into the bin below in one of them).
    static func units(_ confidence: Double) -> Int {
        Int((min(max(confidence, 0), 1) * 1e9).rounded())
    }

    /// Whether `answer` is right for `gold` (never, for an unanswerable question).
    static func isRight(_ answer: String?, _ gold: Gold) -> Bool {
        guard let answer, !gold.answers.isEmpty else { return false }
        return gold.answers.contains { normalized($0) == normalized(answer) }
    }

    @Test("--json calibration, risk_coverage and forced figures agree with figures computed from inquire run")
    func goldFile() throws {
        let gold = try Self.gold()
        let run = try BinaryRunner.run(
            ["run", "--format", "jsonl", "-"], stdin: gold.map(\.question).joined(separator: "\n") + "\n")
        #expect(run.status == 0)
        let said: [Said] = try run.stdout.split(separator: "\n").map {
            let object = try EvalFixtures.object(String($0))
            return Said(answer: object["answer"] as? String, confidence: try #require(object["confidence"] as? Double))
        }
        try #require(said.count == gold.count)

        let eval = try BinaryRunner.run(["eval", "--json", Self.goldPath])
        #expect(eval.status == 0)
        let report = try EvalFixtures.object(eval.stdout)
        let calibration = try #require(report["calibration"] as? [String: Any])
        let bins = try #require(calibration["bins"] as? [[String: Any]])
        try #require(bins.count == 10)
        #expect(calibration["questions"] as? Int == gold.count)

        // Bin membership and mean confidence from run's confidences; accuracy wherever every question of the bin
        // was answered (then the best candidate is the answer given).
        var ece = 0.0
        for (number, bin) in bins.enumerated() {
            let members = said.indices.filter { min(Self.units(said[$0].confidence) * 10 / 1_000_000_000, 9) == number }
            #expect(bin["count"] as? Int == members.count, "bin \(number)")
            guard !members.isEmpty else {
                #expect(bin["mean_confidence"] is NSNull && bin["accuracy"] is NSNull)
                continue
            }
            let mean = members.reduce(0) { $0 + said[$1].confidence } / Double(members.count)
            let reportedMean = try #require(bin["mean_confidence"] as? Double)
            let accuracy = try #require(bin["accuracy"] as? Double)
            #expect(abs(reportedMean - mean) < 1e-9, "bin \(number)")
            if members.allSatisfy({ said[$0].answer != nil }) {
                let right = members.count { Self.isRight(said[$0].answer, gold[$0]) }
                #expect(abs(accuracy - Double(right) / Double(members.count)) < 1e-9, "bin \(number)")
            }
            ece += Double(members.count) / Double(gold.count) * abs(accuracy - mean)
        }
        let reportedECE = try #require(calibration["ece"] as? Double)
        #expect(abs(reportedECE - ece) < 1e-9)

        // Risk–coverage: the most confident ⌈x·n/100⌉ questions; accuracy where all of them were answered.
        let points = try #require(report["risk_coverage"] as? [[String: Any]])
        #expect(points.map { $0["coverage"] as? Double } == [25, 50, 75, 100])
        let ranked = said.indices.sorted {
            Self.units(said[$0].confidence) != Self.units(said[$1].confidence)
                ? Self.units(said[$0].confidence) > Self.units(said[$1].confidence) : $0 < $1
        }
        var checked = 0
        for point in points {
            let coverage = try #require(point["coverage"] as? Double)
            let kept = Int((coverage * Double(gold.count) / 100).rounded(.up))
            #expect(point["questions"] as? Int == kept)
            let top = ranked.prefix(kept)
            // Only where the cut does not fall inside a run of equal confidences.
            let tieAtCut =
                kept < ranked.count
                && Self.units(said[ranked[kept - 1]].confidence) == Self.units(said[ranked[kept]].confidence)
            guard top.allSatisfy({ said[$0].answer != nil }), !tieAtCut else { continue }
            let right = top.count { Self.isRight(said[$0].answer, gold[$0]) }
            #expect(abs((point["accuracy"] as? Double ?? -1) - 100 * Double(right) / Double(kept)) < 1e-9)
            checked += 1
        }
        #expect(checked >= 1, "no coverage point could be checked independently")

        // As answered vs forced on the answerable questions: forced can only add right answers.
        let answerable = try #require(report["answerable"] as? [String: Any])
        let answerableIndices = gold.indices.filter { !gold[$0].answers.isEmpty }
        #expect(answerable["questions"] as? Int == answerableIndices.count)
        let rightAsAnswered = answerableIndices.count { Self.isRight(said[$0].answer, gold[$0]) }
        let asAnswered = try #require(answerable["exact_match"] as? Double)
        #expect(abs(asAnswered - 100 * Double(rightAsAnswered) / Double(answerableIndices.count)) < 1e-9)
        let forced = try #require(answerable["exact_match_forced"] as? Double)
        #expect(forced >= asAnswered)
        // Every unanswerable question is wrong when forced to an answer, except one with no candidate at all.
        let overallForced = try #require(report["exact_match_forced"] as? Double)
        let unanswerable = Double(gold.count - answerableIndices.count)
        let forcedRight = forced / 100 * Double(answerableIndices.count)
        #expect(overallForced <= 100 * (forcedRight + unanswerable) / Double(gold.count) + 1e-9)
        #expect(overallForced >= 100 * forcedRight / Double(gold.count) - 1e-9)
        #expect(report["f1_forced"] is Double)
        #expect(answerable["f1_forced"] as? Double ?? -1 >= answerable["f1"] as? Double ?? 101)
    }

    @Test("text output: the forced, answerable and calibration lines, the reliability and risk–coverage tables")
    func textLines() throws {
        let json = try EvalFixtures.object(
            BinaryRunner.run(["eval", "--json", Self.goldPath]).stdout)
        let text = try BinaryRunner.run(["eval", Self.goldPath]).stdout
        func fixed(_ value: Any?, _ digits: Int) -> String {
            String(format: "%.\(digits)f", value as? Double ?? .nan)
        }
        #expect(
            text.contains(
                "forced       EM \(fixed(json["exact_match_forced"], 2)), F1 \(fixed(json["f1_forced"], 2)) with the "
                    + "best candidate always given (as answered: EM \(fixed(json["exact_match"], 2)), F1 "
                    + "\(fixed(json["f1"], 2)))"))
        let calibration = json["calibration"] as? [String: Any]
        let candidates = calibration?["questions"] as? Int ?? -1
        #expect(candidates == json["questions"] as? Int)
        #expect(text.contains("calibration  ECE \(fixed(calibration?["ece"], 3)) over \(candidates) best candidates"))
        let answerable = json["answerable"] as? [String: Any]
        #expect(text.contains("answerable   \(answerable?["questions"] as? Int ?? -1) questions: forced EM "))
        let lines = text.split(separator: "\n").map { $0.split(separator: " ").map(String.init) }
        #expect(lines.contains(["confidence", "questions", "mean", "confidence", "accuracy"]))
        #expect(lines.contains(["coverage", "questions", "accuracy"]))
        let points = json["risk_coverage"] as? [[String: Any]] ?? []
        for point in points {
            let row = [
                "\(Int(point["coverage"] as? Double ?? -1))%", "\(point["questions"] as? Int ?? -1)",
                fixed(point["accuracy"], 2),
            ]
            #expect(lines.contains(row), "\(row)")
        }
        let bins = calibration?["bins"] as? [[String: Any]] ?? []
        #expect(bins.count == 10)
        for (number, bin) in bins.enumerated() {
            let label = String(format: "%.1f–%.1f", Double(number) / 10, Double(number + 1) / 10)
            let count = bin["count"] as? Int ?? -1
            guard count > 0 else {
                #expect(lines.contains([label, "\(count)", "-", "-"]), "bin \(label)")
                continue
            }
            // Each printed figure is the JSON's rounded to 3 places (either way at an exact half: 13/16 = 0.8125).
            let row = lines.first { $0.count == 4 && $0[0] == label && $0[1] == "\(count)" }
            #expect(row != nil, "bin \(label)")
            for (column, key) in [(2, "mean_confidence"), (3, "accuracy")] {
                let printed = row.flatMap { Double($0[column]) } ?? -1
                let value = bin[key] as? Double ?? -2
                #expect(abs(printed - value) <= 0.0005 + 1e-9, "bin \(label) \(key)")
            }
        }
    }

    @Test("--misses names a SQuAD question by its id and its paragraph, a TSV question by file:line")
    func squadMisses() throws {
        let squad = """
            {"version": "1.1", "data": [{"title": "Gull_Point", "paragraphs": [
              {"context": "The museum opened in 1990.", "qas": []},
              {"context": "The lighthouse on Gull Point was designed by Ada Linden and first lit in 1871.",
               "qas": [{"id": "gp-7", "question": "Who designed the lighthouse?",
                        "answers": [{"text": "Nobody Known", "answer_start": 0}]}]}]}]}
            """
        let path = try EvalFixtures.temporary(squad, suffix: "-misses.json")
        defer { try? FileManager.default.removeItem(atPath: path) }
        let result = try BinaryRunner.run(["eval", path, "--misses"])
        #expect(result.status == 0)
        #expect(result.stdout.contains("  gp-7 (Gull_Point ¶2) [who] Who designed the lighthouse?\n"))
        #expect(
            result.stdout.contains("    paragraph: The lighthouse on Gull Point was designed by Ada Linden and…\n"))
        #expect(!result.stdout.contains("line "))
        let json = try EvalFixtures.object(try BinaryRunner.run(["eval", path, "--misses", "--json"]).stdout)
        let miss = (json["misses"] as? [[String: Any]])?.first
        #expect(miss?["id"] as? String == "gp-7")
        let paragraph = miss?["paragraph"] as? [String: Any]
        #expect(paragraph?["title"] as? String == "Gull_Point" && paragraph?["index"] as? Int == 2)

        let tsv = try BinaryRunner.run(
            ["eval", "--corpus", EvalFixtures.corpus, EvalFixtures.path("gold.tsv"), "--misses"])
        #expect(tsv.stdout.contains("  \(EvalFixtures.path("gold.tsv")):"))
    }
}
