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

    /// Reads `path`, or standard input for `-`; the file must be UTF-8 text.
    static func read(path: String) throws -> QuestionFile {
        let name = path == "-" ? "<stdin>" : path
        let bytes: [UInt8]
        if path == "-" {
            bytes = try StandardInput.readAll()
        } else {
            switch FileKind.of(path) {
            case .folder?: throw CommandFailure("\(path): is a folder, not a file of questions")
            case nil where PathProblem.code(of: path) == ENOENT: throw CommandFailure("\(path): no such file")
            default: break
            }
            bytes = try CorpusLoader.readBytes(path)
        }
        return QuestionFile(text: try TextDecoding.decode(bytes, path: name))
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
