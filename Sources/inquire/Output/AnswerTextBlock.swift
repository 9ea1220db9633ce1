import InquireKit

/// Answers as text for people: the question, the answer (or "no answer found"), the evidence sentence and its
/// source, with a blank line after each block. A very long sentence is shown as an excerpt around the answer.
enum AnswerTextBlock {
    /// The block for `answer` to `question`, ending in a blank line.
    static func block(question: String, answer: Answer) -> String {
        "Q: \(TerminalText.visible(question))\n" + AnswerRendering.body(answer, answerPrefix: "A: ", indent: "   ")
            + "\n"
    }
}
