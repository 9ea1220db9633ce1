import Foundation

/// Reads JSON Lines gold files: one `{"question": …, "answers": […], "type": …?, "id": …?}` object a line; an
/// empty `answers` array marks a question the corpus cannot answer. Blank lines are skipped.
package enum JSONLinesGoldReader {
    /// The questions of `text`; throws on a line that is not a JSON object, lacks a string `question` or an
    /// `answers` array of strings, or gives an unknown type label, naming the line.
    package static func read(_ text: String, path: String) throws(GoldFileError) -> GoldFile {
        var questions: [GoldQuestion] = []
        var number = 0
        for rawLine in GoldFile.lines(of: text) {
            number += 1
            if rawLine.allSatisfy(\.isWhitespace) { continue }
            let object: LocatedJSON
            do {
                object = try LocatedJSONParser.parse(rawLine, firstLine: number)
            } catch {
                throw GoldFileError(path: path, line: number, reason: "broken JSON line: \(error.reason)")
            }
            guard object.isObject else {
                throw GoldFileError(path: path, line: number, reason: "expected a JSON object")
            }
            guard let question = object["question"]?.string?.trimmingCharacters(in: .whitespaces), !question.isEmpty
            else {
                throw GoldFileError(path: path, line: number, reason: "missing string \"question\"")
            }
            guard let list = object["answers"]?.array else {
                throw GoldFileError(path: path, line: number, reason: "missing array \"answers\"")
            }
            var answers: [String] = []
            for element in list {
                guard let answer = element.string else {
                    throw GoldFileError(path: path, line: number, reason: "\"answers\" must hold strings only")
                }
                let trimmed = answer.trimmingCharacters(in: .whitespaces)
                if !trimmed.isEmpty { answers.append(trimmed) }
            }
            let type = try typeLabel(object["type"], path: path, line: number)
            let id = object["id"]?.scalarText ?? String(number)
            questions.append(GoldQuestion(id: id, question: question, answers: answers, type: type, line: number))
        }
        return GoldFile(path: path, format: .jsonLines, questions: questions)
    }

    /// The `type` member: absent, null or "" for none; otherwise a valid TREC label.
    static func typeLabel(_ value: LocatedJSON?, path: String, line: Int) throws(GoldFileError) -> String? {
        guard let value, case .string(let label) = value.value else {
            if let value, case .null = value.value { return nil }
            if value == nil { return nil }
            throw GoldFileError(path: path, line: line, reason: "\"type\" must be a string")
        }
        if label.isEmpty { return nil }
        guard GoldTypeLabel.isValid(label) else {
            throw GoldFileError(
                path: path, line: line, reason: "unknown type label \"\(label)\" (expected a TREC label)")
        }
        return label
    }
}
