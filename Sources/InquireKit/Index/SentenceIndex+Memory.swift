extension SentenceIndex {
    /// The bytes the index holds in memory: its flat arrays (vocabulary bytes, offsets and slot table, postings,
    /// counts, sentence lengths and norms) at their allocated sizes. For `:stats` and sizing decisions; allocator
    /// overhead and the search scratch (`scratchBytesPerSearch`) are not counted.
    public var memoryFootprint: Int { memoryBytes }
}
