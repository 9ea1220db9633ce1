import InquireKit

/// Answers as text for people: the question, the answer (or "no answer found"), the evidence sentence and its
/// source, with a blank line after each block. A very long sentence is shown as an excerpt around the answer.
enum AnswerTextBlock {
    /// The block for `answer` to `question`, ending in a blank line.
    static func block(question: String, answer: Answer) -> String {
        var out = "Q: \(TerminalText.visible(question))\n"
        switch answer.kind {
        case .none:
            out += "A: no answer found\n"
        case .span, .sentence:
            out += "A: \(TerminalText.visible(Excerpt.cut(answer.text ?? "", around: nil).text))\n"
            if let evidence = answer.evidence?.excerpt() {
                if answer.kind == .span { out += "   evidence: \(TerminalText.visible(evidence.text))\n" }
                out += "   source: \(TerminalText.visible(evidence.source))\n"
            }
        }
        return out + "\n"
    }
}
