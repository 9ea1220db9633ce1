/// Something a corpus loader worked around rather than refused, for the face to show (one line per file).
public struct CorpusWarning: Sendable, Equatable, CustomStringConvertible {
    /// What was done.
    public enum Kind: Sendable, Equatable {
        /// The file is not valid UTF-8 and was read as Windows-1252.
        case readAsWindows1252
        /// The file was left out of a folder's corpus, for the reason given (a binary file).
        case skipped(CorpusError)
    }

    /// The file concerned.
    public let path: String
    /// What was done.
    public let kind: Kind

    /// Creates a warning about `path`.
    public init(path: String, kind: Kind) {
        self.path = path
        self.kind = kind
    }

    /// One line: `path: not UTF-8; read as Windows-1252`, or `skipped path:line: reason`.
    public var description: String {
        switch kind {
        case .readAsWindows1252: "\(path): not UTF-8; read as Windows-1252"
        case .skipped(let error): "skipped \(error)"
        }
    }
}

extension Corpus {
    /// How many files of the corpus were read as Windows-1252 because they are not valid UTF-8.
    public var windows1252Files: Int {
        warnings.count { $0.kind == .readAsWindows1252 }
    }
}
