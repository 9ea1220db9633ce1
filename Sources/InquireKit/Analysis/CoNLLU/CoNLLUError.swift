/// A malformed CoNLL-U line: where it is and what is wrong with it.
package struct CoNLLUError: Error, Equatable, CustomStringConvertible {
    /// The file name (or "-" for standard input).
    package var file: String
    /// The 1-based line number.
    package var line: Int
    /// What is wrong.
    package var message: String

    /// An error at a file and line.
    package init(file: String, line: Int, message: String) {
        self.file = file
        self.line = line
        self.message = message
    }

    /// "file:line: message".
    package var description: String { "\(file):\(line): \(message)" }
}
