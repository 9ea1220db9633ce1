import InquireKit

/// The evaluation report as text: a table per question type (count, answered, EM, F1, hit@k), the overall row,
/// MRR, abstention and classifier figures, and with `--misses` every wrong answer with what was expected.
enum EvaluationTable {
    /// The whole report; `title` says what was evaluated against what.
    static func render(_ report: EvaluationReport, title: String) -> String {
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
        if let misses = report.misses {
            out += "\nmisses (\(misses.count)):\n"
            for miss in misses { out += self.miss(miss) }
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

    /// One wrong answer: where and what was asked, what was expected, what was given, and the evidence.
    static func miss(_ miss: EvaluationReport.Miss) -> String {
        var out = "  line \(miss.line) [\(miss.type)] \(TerminalText.visible(miss.question))\n"
        let expected = miss.expected.isEmpty ? "(no answer in the corpus)" : miss.expected.joined(separator: " | ")
        out += "    expected: \(TerminalText.visible(expected))\n"
        out += "    given:    \(TerminalText.visible(miss.given ?? "(no answer)"))\n"
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
