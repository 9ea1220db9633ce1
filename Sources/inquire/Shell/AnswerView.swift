import Foundation
import InquireKit

/// How the shell shows an answer: the answer, its evidence sentence with the answer highlighted, then the type,
/// the confidence and the source on one dimmed line; or an honest "no answer" with the closest sentence. A very long
/// sentence is shown as an excerpt around the answer (`Excerpt`).
struct AnswerView {
    /// Bold and colour, or plain text.
    let style: Style
    /// The width to wrap to, or nil to leave lines whole.
    let width: Int?

    /// The text shown for `answer`, ending in a newline.
    func render(_ answer: Answer) -> String {
        var out = ""
        switch answer.kind {
        case .span:
            out += style.answer(TerminalText.visible(answer.text ?? "")) + "\n"
            if let evidence = answer.evidence?.excerpt() {
                let marks = evidence.range.map { [TextWrap.Mark(range: $0, apply: style.answer)] } ?? []
                out += TextWrap.render(evidence.text, indent: "  ", width: width, marks: marks)
            }
        case .sentence:
            out += TextWrap.render(
                Excerpt.cut(answer.text ?? "", around: nil).text, indent: "", width: width, rest: style.bold)
        case .none:
            out += style.bold("no answer found in the corpus") + "\n"
            if let evidence = answer.evidence?.excerpt() {
                out += TextWrap.render("closest: " + evidence.text, indent: "  ", width: width, rest: style.dim)
            }
        }
        out += "  " + style.dim(details(answer)) + "\n"
        return out
    }

    /// The type the question asks for, the confidence and the source: "NUM:count · confidence 0.82 · file:15".
    func details(_ answer: Answer) -> String {
        var parts = [answer.question.answerType.rawValue, "confidence " + Self.number(answer.confidence)]
        if let evidence = answer.evidence { parts.append(TerminalText.visible(evidence.source)) }
        return parts.joined(separator: " · ")
    }

    /// A score with two decimals.
    static func number(_ value: Double) -> String {
        String(format: "%.2f", value)
    }
}
