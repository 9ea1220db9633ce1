/// What an engine being loaded is doing, reported to the `progress` handler of the engine's front door
/// (``Engine/init(contentsOf:index:configuration:progress:cancellation:)``).
public enum LoadProgress: Sendable, Equatable {
    /// Reading the corpus at this path.
    case readingCorpus(String)
    /// Indexing: `done` of `total` sentences analysed (reported with 0 as indexing starts, then a chunk at a time).
    case indexing(done: Int, total: Int)
    /// Reading and verifying the index file at this path.
    case readingIndex(String)
}
