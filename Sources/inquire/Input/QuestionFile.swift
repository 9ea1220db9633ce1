import Foundation
import InquireKit

/// A file of questions for `inquire run`: one question a line; blank lines and lines starting with `#` are
/// skipped.
struct QuestionFile {
    /// A question and the line it stands on.
    struct Entry: Equatable {
        /// The 1-based line.
        let line: Int
        /// The question, trimmed.
        let question: String
    }

    /// The questions in file order.
    let entries: [Entry]

    /// Reads `path`, or standard input for `-` (`LineFile`).
    static func read(path: String) throws -> QuestionFile {
        QuestionFile(text: try LineFile.text(path: path, of: "questions"))
    }

    /// Parses question-file text.
    init(text: String) {
        var entries: [Entry] = []
        for (index, line) in TextLines.lines(of: text).enumerated() {
            let question = line.trimmingCharacters(in: .whitespacesAndNewlines)
            if question.isEmpty || question.hasPrefix("#") { continue }
            entries.append(Entry(line: index + 1, question: question))
        }
        self.entries = entries
    }
}
