import InquireKit

/// Formats answers as text for the terminal and for pipes.
enum AnswerRendering {
    /// The answer, then the evidence sentence and its source, each on its own line, then the type asked for and
    /// the confidence ("  NUM:count · confidence 0.89", as the shell shows them); "no answer found" when the
    /// engine abstained. A very long sentence is shown as an excerpt around the answer (`Excerpt`).
    static func plain(_ answer: Answer) -> String {
        var out = ""
        switch answer.kind {
        case .none:
            out += "no answer found\n"
        case .span, .sentence:
            out += TerminalText.visible(Excerpt.cut(answer.text ?? "", around: nil).text) + "\n"
            if let evidence = answer.evidence?.excerpt() {
                if answer.kind == .span { out += "  evidence: \(TerminalText.visible(evidence.text))\n" }
                out += "  source: \(TerminalText.visible(evidence.source))\n"
            }
        }
        out += "  \(answer.question.answerType.rawValue) · confidence \(AnswerView.number(answer.confidence))\n"
        return out
    }
}
