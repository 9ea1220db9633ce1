extension SentenceIndex {
    /// An estimate of the bytes the index holds in memory: its flat arrays at their element sizes, plus the term
    /// dictionary (each term's text and string header, its id, and the hash table's slack at a 3/4 load factor).
    /// For `:stats` and sizing decisions; not exact, since allocator overhead is not counted.
    public var memoryFootprint: Int {
        let arrays =
            postingStarts.count * MemoryLayout<Int32>.stride
            + postingSentences.count * MemoryLayout<Int32>.stride
            + postingCounts.count * MemoryLayout<UInt16>.stride
            + sentenceLengths.count * MemoryLayout<UInt32>.stride
            + sentenceNorms.count * MemoryLayout<Float>.stride
        let entry = MemoryLayout<String>.stride + MemoryLayout<Int32>.stride
        // Strings of up to 15 UTF-8 bytes are stored inline in the string header; longer ones have their own buffer.
        let text = termIDs.keys.reduce(0) { $0 + ($1.utf8.count > 15 ? $1.utf8.count + 32 : 0) }
        let table = termIDs.capacity * entry * 4 / 3
        return arrays + table + text
    }
}
