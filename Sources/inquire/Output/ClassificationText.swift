import Foundation
import InquireKit

/// Formats classifier output: one question's analysis, and the evaluation report over a label file.
enum ClassificationText {
    /// The analysis of one question, a field a line.
    static func plain(_ analysis: QuestionAnalysis) -> String {
        var out = ""
        out += "class:      \(analysis.answerType.rawValue) (\(analysis.answerType.displayName))\n"
        out += "coarse:     \(analysis.coarse.rawValue)\n"
        out += "wh-phrase:  \(analysis.whWord ?? "-")\n"
        if let focus = analysis.focus {
            let asked = analysis.focusAsAsked.map { $0 == focus ? "" : " (asked as \"\($0)\")" } ?? ""
            out += "focus:      \(focus)\(asked)\n"
        } else {
            out += "focus:      -\n"
        }
        out += "keywords:   \(analysis.keywords.joined(separator: " "))\n"
        if !analysis.phrases.isEmpty {
            out += "phrases:    \(analysis.phrases.map { "\"\($0)\"" }.joined(separator: " "))\n"
        }
        out += "confidence: \(String(format: "%.2f", analysis.confidence))\n"
        return out
    }

    /// The analysis of one question as a JSON object.
    static func json(_ analysis: QuestionAnalysis) -> String {
        let fields: [(String, JSONText)] = [
            ("question", .string(analysis.text)),
            ("class", .string(analysis.answerType.rawValue)),
            ("coarse", .string(analysis.coarse.rawValue)),
            ("wh", JSONText.string(analysis.whWord)),
            ("focus", JSONText.string(analysis.focus)),
            ("focus_as_asked", JSONText.string(analysis.focusAsAsked)),
            ("keywords", .array(analysis.keywords.map { .string($0) })),
            ("phrases", .array(analysis.phrases.map { .string($0) })),
            ("confidence", .number(analysis.confidence)),
        ]
        return JSONText.object(fields).encoded
    }

    /// The evaluation report: per-class table, coarse confusion, misses if given, and the accuracy lines last.
    static func report(_ evaluation: ClassifierEvaluation, misses: [ClassifierEvaluation.Miss]) -> String {
        var out = "class            support  predicted  precision  recall\n"
        for metrics in evaluation.perClass where metrics.support > 0 || metrics.predicted > 0 {
            out += metrics.label.padding(toLength: 16, withPad: " ", startingAt: 0)
            out += String(
                format: " %7d  %9d  %8.1f%%  %5.1f%%\n", metrics.support, metrics.predicted,
                metrics.precision, metrics.recall)
        }
        let coarse = CoarseType.allCases.map(\.rawValue)
        out += "\nconfusion (rows: gold coarse class, columns: predicted)\n"
        out += "      " + coarse.map { $0.padding(toLength: 6, withPad: " ", startingAt: 0) }.joined() + "\n"
        for gold in coarse {
            out += gold.padding(toLength: 6, withPad: " ", startingAt: 0)
            for predicted in coarse {
                let count = evaluation.confusion[gold]?[predicted] ?? 0
                out += String(count).padding(toLength: 6, withPad: " ", startingAt: 0)
            }
            out += "\n"
        }
        if !misses.isEmpty {
            out += "\nmisses (gold → predicted)\n"
            for miss in misses { out += "\(miss.gold.rawValue) → \(miss.predicted.rawValue)\t\(miss.question)\n" }
        }
        out += "\nquestions: \(evaluation.questions)\n"
        out += String(format: "coarse accuracy: %.2f%%\n", evaluation.coarseAccuracy)
        out += String(format: "fine accuracy: %.2f%%\n", evaluation.fineAccuracy)
        return out
    }
}
