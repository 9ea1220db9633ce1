import InquireKit

/// Formats answers as text for the terminal and for pipes: one body (the answer, its evidence and source) for every
/// text form, `ask`'s and the shell's with the type and confidence after it, `run`'s in a question block.
enum AnswerRendering {
    /// The answer, then the evidence sentence and its source, each on its own line, then the type asked for and
    /// the confidence ("  NUM:count · confidence 0.89", as the shell shows them); "no answer found" when the
    /// engine abstained. A very long sentence is shown as an excerpt around the answer (`Excerpt`).
    static func plain(_ answer: Answer) -> String {
        body(answer, answerPrefix: "", indent: "  ")
            + "  \(answer.question.answerType.rawValue) · confidence \(AnswerView.number(answer.confidence))\n"
    }

    /// The answer line (after `answerPrefix`; "no answer found" when the engine abstained), then, indented by
    /// `indent`, the evidence sentence of a span answer and the source.
    static func body(_ answer: Answer, answerPrefix: String, indent: String) -> String {
        switch answer.kind {
        case .none:
            return answerPrefix + "no answer found\n"
        case .span, .sentence:
            var out = answerPrefix + TerminalText.visible(Excerpt.cut(answer.text ?? "", around: nil).text) + "\n"
            if let evidence = answer.evidence?.excerpt() {
                if answer.kind == .span { out += indent + "evidence: \(TerminalText.visible(evidence.text))\n" }
                out += indent + "source: \(TerminalText.visible(evidence.source))\n"
            }
            return out
        }
    }
}
