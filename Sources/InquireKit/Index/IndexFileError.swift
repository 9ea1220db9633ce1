/// Why an index file could not be written or used; each case prints as one line naming the file.
public enum IndexFileError: Error, Equatable, CustomStringConvertible {
    /// The file does not exist or cannot be opened.
    case unreadable(path: String, reason: String)
    /// The file does not start with the index magic bytes: it is something else.
    case notAnIndex(path: String)
    /// The file was written by another version of the format.
    case unsupportedVersion(path: String, found: UInt32, supported: UInt32)
    /// The file is shorter (or longer) than its header says: an interrupted copy or write.
    case truncated(path: String, expected: UInt64, actual: UInt64)
    /// A checksum or a structural check failed: the named part of the file is damaged.
    case corrupt(path: String, part: String)
    /// The file indexes a different corpus (or the same files split differently) from the one given.
    case staleCorpus(path: String)
    /// The file was built with a different text analysis (tokenizer, stopwords or stemmer).
    case staleAnalyzer(path: String)
    /// Writing failed.
    case writeFailed(path: String, reason: String)

    /// Whether the file must be built again from its corpus (another format version, or built from another corpus or
    /// with another text analysis); a face may say how.
    public var needsRebuild: Bool {
        switch self {
        case .unsupportedVersion, .staleCorpus, .staleAnalyzer: true
        default: false
        }
    }

    /// One line for the user: what went wrong, where, and what to do (in the library's words; a face adds its own
    /// command for rebuilding, see ``needsRebuild``).
    public var description: String {
        switch self {
        case .unreadable(let path, let reason): "\(path): cannot read the index file: \(reason)"
        case .notAnIndex(let path): "\(path): not an inquire index file (wrong magic bytes)"
        case .unsupportedVersion(let path, let found, let supported) where found < supported:
            "\(path): index file was made by an older inquire (format version \(found); this build reads version "
                + "\(supported)); rebuild it"
        case .unsupportedVersion(let path, let found, let supported):
            "\(path): index format version \(found) is not supported (this build reads version \(supported)); "
                + "rebuild it"
        case .truncated(let path, let expected, let actual):
            "\(path): index file is truncated or padded (\(actual) bytes, header says \(expected)); rebuild it"
        case .corrupt(let path, let part): "\(path): index file is corrupt (\(part)); rebuild it"
        case .staleCorpus(let path):
            "\(path): index file is stale: it was built from a different corpus (or split differently) than the one "
                + "given; rebuild it"
        case .staleAnalyzer(let path):
            "\(path): index file is stale: it was built with a different text analyzer (tokenizer, stopwords or "
                + "stemmer); rebuild it"
        case .writeFailed(let path, let reason): "\(path): cannot write the index file: \(reason)"
        }
    }
}
