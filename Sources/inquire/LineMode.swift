import InquireKit

/// Answers one question a line from standard input, with no prompt or banner (for pipes and scripts).
struct LineMode {
    let engine: Engine

    func run() throws {
        try StandardInput.checkReadable()
        while let line = readLine() {
            let question = line.trimmingCharacters(in: .whitespaces)
            if question.isEmpty { continue }
            StandardOutput.write(AnswerRendering.plain(engine.answer(question)))
        }
    }
}
