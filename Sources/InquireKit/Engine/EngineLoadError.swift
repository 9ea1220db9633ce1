/// Why an engine could not be loaded, beyond the corpus's and the index file's own errors (`CorpusError`,
/// `IndexFileError`), which the loader passes on as they are.
public enum EngineLoadError: Error, Sendable, Equatable, CustomStringConvertible {
    /// Neither a corpus nor an index file was given.
    case nothingToLoad
    /// The load was cancelled before it finished.
    case cancelled

    /// One line.
    public var description: String {
        switch self {
        case .nothingToLoad: "no corpus and no index file to load"
        case .cancelled: "loading was cancelled"
        }
    }
}
