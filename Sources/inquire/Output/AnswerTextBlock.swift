import InquireKit

/// Answers as text for people: the question, the answer (or "no answer found"), the evidence sentence and its
/// source, with a blank line after each block.
enum AnswerTextBlock {
    /// The block for `answer` to `question`, ending in a blank line.
    static func block(question: String, answer: Answer) -> String {
        var out = "Q: \(question)\n"
        switch answer.kind {
        case .none:
            out += "A: no answer found\n"
        case .span, .sentence:
            out += "A: \(answer.text ?? "")\n"
            if let evidence = answer.evidence {
                if answer.kind == .span { out += "   evidence: \(evidence.text)\n" }
                out += "   source: \(evidence.source)\n"
            }
        }
        return out + "\n"
    }
}
