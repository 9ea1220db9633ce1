/// Why a corpus could not be loaded; each case prints as one line naming the file (and line) at fault.
public enum CorpusError: Error, Equatable, CustomStringConvertible {
    /// The path does not exist.
    case notFound(path: String)
    /// The file could not be read (permissions, a device, an I/O error).
    case unreadable(path: String, reason: String)
    /// The file is not UTF-8 text; `line` is where the first offending byte sits.
    case notText(path: String, line: Int, reason: String)
    /// A folder without any `.txt`, `.md`, `.jsonl` or `.json` file.
    case noTextFiles(path: String)
    /// The corpus holds no sentence at all.
    case empty(path: String)
    /// A JSON Lines or SQuAD file whose structure is wrong at `line`.
    case malformed(path: String, line: Int, reason: String)

    /// One line for the user: what went wrong and where.
    public var description: String {
        switch self {
        case .notFound(let path): "\(path): no such file or folder"
        case .unreadable(let path, let reason): "\(path): cannot read: \(reason)"
        case .notText(let path, let line, let reason): "\(path):\(line): not UTF-8 text: \(reason)"
        case .noTextFiles(let path): "\(path): no .txt, .md, .jsonl or .json files in this folder"
        case .empty(let path): "\(path): the corpus holds no text"
        case .malformed(let path, let line, let reason): "\(path):\(line): \(reason)"
        }
    }
}
