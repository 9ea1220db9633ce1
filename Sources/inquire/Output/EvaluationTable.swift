import InquireKit

/// The evaluation report as text: a table per question type (count, answered, EM, F1, hit@k), the overall row,
/// MRR, abstention and classifier figures, and with `--misses` every wrong answer with what was expected.
enum EvaluationTable {
    /// The whole report; `title` says what was evaluated against what; `goldPath` names the gold file in the
    /// `file:line` of a TSV or JSON Lines miss.
    static func render(_ report: EvaluationReport, title: String, goldPath: String? = nil) -> String {
        var out = title + "\n\n"
        let columns = ["type", "questions", "answered", "EM", "F1", "hit@\(report.k)"]
        var rows: [[String]] = []
        let types = report.byType.keys.sorted {
            (QuestionOpening(rawValue: $0) ?? .other) < (QuestionOpening(rawValue: $1) ?? .other)
        }
        for type in types {
            if let scores = report.byType[type] { rows.append(row(type, scores)) }
        }
        rows.append(row("overall", report.overall))
        out += table(columns, rows)
        out += "\n"
        out += "MRR          \(fixed(report.mrr, digits: 3))\n"
        out += "abstention   \(abstention(report.abstention))\n"
        if let classifier = report.classifier {
            var line = "classifier   "
            if let fine = classifier.fine {
                line += "fine \(fixed(fine)) (\(classifier.fineCorrect) of \(classifier.fineQuestions)), "
            }
            line += "coarse \(fixed(classifier.coarse)) (\(classifier.coarseCorrect) of \(classifier.questions))"
            out += line + "\n"
        }
        out += "forced       EM \(fixed(report.exactMatchForced)), F1 \(fixed(report.f1Forced)) with the best "
        out += "candidate always given (as answered: EM \(fixed(report.exactMatch)), F1 \(fixed(report.f1)))\n"
        if report.abstention.unanswerable > 0 {
            let answerable = report.answerable
            out += "answerable   \(answerable.questions) questions: forced EM \(fixed(answerable.exactMatchForced)), "
            out += "F1 \(fixed(answerable.f1Forced)); as answered EM \(fixed(answerable.exactMatch)), "
            out += "F1 \(fixed(answerable.f1))\n"
        }
        out += "calibration  ECE \(fixed(report.calibration.ece, digits: 3)) over \(report.calibration.questions) "
        out += "best candidates (10 equal-width confidence bins)\n"
        out += "\n" + reliability(report.calibration)
        out += "\n" + riskCoverage(report.riskCoverage)
        if let misses = report.misses {
            out += "\nmisses (\(misses.count)):\n"
            for miss in misses { out += self.miss(miss, goldPath: goldPath) }
        }
        return out
    }

    /// One table row.
    static func row(_ name: String, _ scores: EvaluationReport.Scores) -> [String] {
        [
            name, "\(scores.questions)", "\(scores.answered)", fixed(scores.exactMatch), fixed(scores.f1),
            fixed(scores.hitAtK),
        ]
    }

    /// Columns aligned: the first to the left, the others to the right.
    static func table(_ header: [String], _ rows: [[String]]) -> String {
        let all = [header] + rows
        let widths = header.indices.map { column in all.map { $0[column].count }.max() ?? 0 }
        return all.map { cells in
            cells.enumerated().map { column, cell in
                let pad = String(repeating: " ", count: widths[column] - cell.count)
                return column == 0 ? cell + pad : pad + cell
            }.joined(separator: "  ")
        }.joined(separator: "\n") + "\n"
    }

    /// The abstention line: precision and recall with their counts, or why one is undefined.
    static func abstention(_ figures: EvaluationReport.Abstention) -> String {
        let precision =
            figures.precision.map { "precision \(fixed($0)) (\(figures.correct) of \(figures.abstained) abstentions)" }
            ?? "precision - (no abstentions)"
        let recall =
            figures.recall.map { "recall \(fixed($0)) (\(figures.correct) of \(figures.unanswerable) unanswerable)" }
            ?? "recall - (no unanswerable questions)"
        return precision + ", " + recall
    }

    /// The reliability table: per confidence bin, the questions, their mean confidence and their accuracy.
    static func reliability(_ calibration: Calibration) -> String {
        let rows = calibration.bins.map { bin in
            [
                "\(fixed(bin.lower, digits: 1))–\(fixed(bin.upper, digits: 1))", "\(bin.count)",
                bin.meanConfidence.map { fixed($0, digits: 3) } ?? "-",
                bin.accuracy.map { fixed($0, digits: 3) } ?? "-",
            ]
        }
        return table(["confidence", "questions", "mean confidence", "accuracy"], rows)
    }

    /// The risk–coverage table: the accuracy of the most confident share of the questions.
    static func riskCoverage(_ points: [RiskCoveragePoint]) -> String {
        let rows = points.map { [percentLabel($0.coverage), "\($0.questions)", fixed($0.accuracy)] }
        return table(["coverage", "questions", "accuracy"], rows)
    }

    /// A share as "25%" (whole) or "12.50%".
    static func percentLabel(_ value: Double) -> String {
        (value == value.rounded() && abs(value) < 1e9 ? "\(Int(value))" : fixed(value)) + "%"
    }

    /// One wrong answer: where and what was asked (a SQuAD question by its id and paragraph, others by their
    /// line), what was expected, what was given, and the evidence.
    static func miss(_ miss: EvaluationReport.Miss, goldPath: String? = nil) -> String {
        var out: String
        if let paragraph = miss.paragraph {
            out = "  \(miss.id) (\(TerminalText.visible(paragraph.title)) ¶\(paragraph.index)) [\(miss.type)] "
            out += TerminalText.visible(miss.question) + "\n"
            out += "    paragraph: \(TerminalText.visible(paragraph.excerpt))\n"
        } else {
            let place = goldPath.map { "\($0):\(miss.line)" } ?? "line \(miss.line)"
            out = "  \(place) [\(miss.type)] \(TerminalText.visible(miss.question))\n"
        }
        let expected = miss.expected.isEmpty ? "(no answer in the corpus)" : miss.expected.joined(separator: " | ")
        out += "    expected: \(TerminalText.visible(expected))\n"
        out += "    given:    \(TerminalText.visible(miss.given ?? "(no answer)"))\n"
        if miss.given == nil, let best = miss.best {
            out += "    withheld: \(TerminalText.visible(best)) (confidence \(fixed(miss.confidence)))\n"
        }
        if let evidence = miss.evidence { out += "    evidence: \(TerminalText.visible(evidence))\n" }
        if let source = miss.source { out += "    source:   \(TerminalText.visible(source))\n" }
        return out
    }

    /// A number with a fixed count of decimals (half away from zero).
    static func fixed(_ value: Double, digits: Int = 2) -> String {
        var scale = 1.0
        for _ in 0..<digits { scale *= 10 }
        let scaled = Int((abs(value) * scale).rounded())
        let whole = scaled / Int(scale)
        let fraction = String(scaled % Int(scale))
        let sign = value < 0 && scaled != 0 ? "-" : ""
        return "\(sign)\(whole)." + String(repeating: "0", count: digits - fraction.count) + fraction
    }
}
