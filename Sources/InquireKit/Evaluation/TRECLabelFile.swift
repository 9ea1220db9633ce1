import Foundation

/// Reads the label files of the UIUC/TREC question-classification data (`train_5500.label`,
/// `TREC_10.label`): one question a line, `COARSE:fine question tokens ?`.
package enum TRECLabelFile {
    /// Parses the text of a label file; `file` names it in errors. Blank lines are skipped; a line whose
    /// label is not one of the 50 fine classes throws, naming the file and line.
    package static func parse(_ text: String, file: String = "<input>") throws(TRECLabelFileError)
        -> [(label: AnswerType, question: String)]
    {
        var entries: [(label: AnswerType, question: String)] = []
        var lineNumber = 0
        for rawLine in TextLines.lines(of: text) {
            lineNumber += 1
            if let entry = try parseLine(rawLine, file: file, line: lineNumber) { entries.append(entry) }
        }
        return entries
    }

    /// Parses leniently: the valid lines, and one error for each line that was skipped.
    package static func parseSkippingInvalid(_ text: String, file: String = "<input>")
        -> (entries: [(label: AnswerType, question: String)], skipped: [TRECLabelFileError])
    {
        var entries: [(label: AnswerType, question: String)] = []
        var skipped: [TRECLabelFileError] = []
        var lineNumber = 0
        for rawLine in TextLines.lines(of: text) {
            lineNumber += 1
            do {
                if let entry = try parseLine(rawLine, file: file, line: lineNumber) { entries.append(entry) }
            } catch {
                skipped.append(error)
            }
        }
        return (entries, skipped)
    }

    /// Reads and parses the label file at `path` (UTF-8, or Latin-1 as the original files partly are).
    package static func read(contentsOf path: String) throws(TRECLabelFileError)
        -> [(label: AnswerType, question: String)]
    {
        try parse(try text(at: path), file: path)
    }

    /// The text of the file at `path`, decoded as UTF-8 or else Latin-1.
    package static func text(at path: String) throws(TRECLabelFileError) -> String {
        switch FileKind.of(path) {
        case nil:
            let reason = PathProblem.of(path) ?? "no such file"
            throw TRECLabelFileError(
                file: path, line: 0, reason: reason == "no such file or folder" ? "no such file" : reason)
        case .folder?: throw TRECLabelFileError(file: path, line: 0, reason: "is a folder, not a label file")
        default: break
        }
        let data: Data
        do {
            data = Data(try CorpusLoader.readBytes(path))
        } catch {
            switch error {
            case .unreadable(_, let reason):
                throw TRECLabelFileError(file: path, line: 0, reason: "cannot read: \(reason)")
            default: throw TRECLabelFileError(file: path, line: 0, reason: "cannot read the file")
            }
        }
        if let text = String(data: data, encoding: .utf8) { return text }
        if let text = String(data: data, encoding: .isoLatin1) { return text }
        throw TRECLabelFileError(file: path, line: 0, reason: "not text")
    }

    private static func parseLine(_ rawLine: Substring, file: String, line: Int) throws(TRECLabelFileError)
        -> (label: AnswerType, question: String)?
    {
        let trimmed = rawLine.trimmingCharacters(in: .whitespacesAndNewlines)
        if trimmed.isEmpty { return nil }
        guard let space = trimmed.firstIndex(where: { $0 == " " || $0 == "\t" }) else {
            throw TRECLabelFileError(file: file, line: line, reason: "expected 'COARSE:fine question'")
        }
        let label = String(trimmed[..<space])
        let question = trimmed[space...].trimmingCharacters(in: .whitespaces)
        guard let type = AnswerType(rawValue: label) else {
            throw TRECLabelFileError(file: file, line: line, reason: "unknown label '\(label)'")
        }
        guard !question.isEmpty else {
            throw TRECLabelFileError(file: file, line: line, reason: "label '\(label)' without a question")
        }
        return (type, question)
    }
}

/// A label file that could not be read, or a line of it that is not `COARSE:fine question`.
package struct TRECLabelFileError: Error, CustomStringConvertible, Equatable, Sendable {
    /// The file name or path.
    package let file: String
    /// The 1-based line number (0 when the whole file is concerned).
    package let line: Int
    /// What is wrong.
    package let reason: String

    /// Creates an error for a file and line.
    package init(file: String, line: Int, reason: String) {
        self.file = file
        self.line = line
        self.reason = reason
    }

    /// One line: `file:line: reason`.
    package var description: String { line > 0 ? "\(file):\(line): \(reason)" : "\(file): \(reason)" }
}
