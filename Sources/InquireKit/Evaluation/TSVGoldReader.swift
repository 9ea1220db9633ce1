/// Reads TSV gold files: `question<TAB>answers<TAB>type?` a line, answers separated by `|`, an empty answer field
/// for a question the corpus cannot answer; blank lines and lines starting with `#` are skipped.
package enum TSVGoldReader {
    /// The questions of `text`; throws on a line with a wrong number of columns, an empty question or an unknown
    /// type label, naming the line.
    package static func read(_ text: String, path: String) throws(GoldFileError) -> GoldFile {
        var questions: [GoldQuestion] = []
        var number = 0
        for line in GoldFile.lines(of: text) {
            number += 1
            let trimmed = line.drop { $0 == " " || $0 == "\t" }
            if trimmed.isEmpty || trimmed.first == "#" { continue }
            let columns = line.split(separator: "\t", omittingEmptySubsequences: false)
            guard columns.count == 2 || columns.count == 3 else {
                throw GoldFileError(
                    path: path, line: number,
                    reason: "expected 2 or 3 tab-separated columns (question, answers, type), found \(columns.count)")
            }
            let question = columns[0].trimmingWhitespace()
            guard !question.isEmpty else { throw GoldFileError(path: path, line: number, reason: "empty question") }
            let answers = columns[1].split(separator: "|").map { $0.trimmingWhitespace() }.filter { !$0.isEmpty }
            var type: String?
            if columns.count == 3 {
                let label = columns[2].trimmingWhitespace()
                if !label.isEmpty {
                    guard GoldTypeLabel.isValid(label) else {
                        throw GoldFileError(
                            path: path, line: number, reason: "unknown type label \"\(label)\" (expected a TREC label)")
                    }
                    type = label
                }
            }
            questions.append(
                GoldQuestion(id: String(number), question: question, answers: answers, type: type, line: number))
        }
        return GoldFile(path: path, format: .tsv, questions: questions)
    }
}

extension Substring {
    /// The text without leading and trailing spaces and tabs.
    fileprivate func trimmingWhitespace() -> String {
        String(drop { $0.isWhitespace }.reversed().drop { $0.isWhitespace }.reversed())
    }
}
