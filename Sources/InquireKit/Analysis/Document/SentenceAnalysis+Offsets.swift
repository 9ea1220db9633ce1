/// From byte offsets in the sentence text to the analysis's words.
extension SentenceAnalysis {
    /// The words overlapping the byte range `bytes` of `text`, or nil when none does.
    package func words(coveringBytes bytes: Range<Int>) -> Range<Int>? {
        let covered = (0..<count).filter { words[$0].range.overlaps(bytes) }
        guard let first = covered.first, let last = covered.last else { return nil }
        return first..<(last + 1)
    }

    /// The head of the words overlapping the byte range `bytes`: the last of them whose head lies outside them;
    /// nil when no word overlaps.
    package func headWord(coveringBytes bytes: Range<Int>) -> Int? {
        guard let range = words(coveringBytes: bytes) else { return nil }
        return range.last { !range.contains(heads[$0]) } ?? range.upperBound - 1
    }
}
