/// Why a gold file cannot be used; prints as one line `file:line: what is wrong` (or `file: …` when the problem is
/// the file as a whole).
public struct GoldFileError: Error, Equatable, Sendable, CustomStringConvertible {
    /// The gold file's path as given.
    public let path: String
    /// The 1-based line of the first problem, nil for problems with the whole file (missing, unreadable, empty).
    public let line: Int?
    /// What is wrong, in a few words.
    public let reason: String

    /// Creates an error for `path`, at `line` when known.
    public init(path: String, line: Int?, reason: String) {
        self.path = path
        self.line = line
        self.reason = reason
    }

    /// `file:line: reason`.
    public var description: String {
        if let line { return "\(path):\(line): \(reason)" }
        return "\(path): \(reason)"
    }
}
