/// A sentence as the parser reads it: word ids from the parser's vocabulary, tag ids, suffix classes, and running
/// counts of verbs and punctuation so that the features can ask what lies between two words in constant time.
///
/// Tag ids are the ``UniversalTag`` raw value plus one (0 stands for "no word"); word ids come from
/// ``ParserVocabulary`` (0 no word, 1 the root, 2 an unknown word, or an unknown word's signature: its last letters
/// and shape, see ``ParserVocabulary/signature(of:)``).
package struct ParserSentence: Sendable {
    /// The vocabulary id of each word.
    package var words: [Int32]
    /// The tag id of each word (``UniversalTag`` raw value + 1).
    package var tags: [UInt8]
    /// Each word's suffix class: a hash of its last three normalised characters with its shape.
    package var suffixes: [UInt32]
    /// `verbs[i]`: the number of verbs and auxiliaries among the words before `i` (`count + 1` entries).
    package var verbs: [UInt16]
    /// `punctuation[i]`: the number of punctuation marks among the words before `i` (`count + 1` entries).
    package var punctuation: [UInt16]

    /// A sentence from its word and tag ids (of equal length) and, optionally, suffix classes (zero when absent).
    package init(words: [Int32], tags: [UInt8], suffixes: [UInt32]? = nil) {
        precondition(words.count == tags.count, "one tag per word")  // safe: the annotator tags every word
        self.words = words
        self.tags = tags
        self.suffixes = suffixes ?? [UInt32](repeating: 0, count: words.count)
        var verbs = [UInt16](repeating: 0, count: words.count + 1)
        var punctuation = [UInt16](repeating: 0, count: words.count + 1)
        let verb = UniversalTag.verb.rawValue + 1
        let aux = UniversalTag.aux.rawValue + 1
        let punct = UniversalTag.punct.rawValue + 1
        for (index, tag) in tags.enumerated() {
            verbs[index + 1] = verbs[index] &+ (tag == verb || tag == aux ? 1 : 0)
            punctuation[index + 1] = punctuation[index] &+ (tag == punct ? 1 : 0)
        }
        self.verbs = verbs
        self.punctuation = punctuation
    }

    /// The number of words.
    package var count: Int { words.count }

    /// The tag id used for the root.
    package static let rootTag: UInt8 = 31

    /// The verbs and punctuation marks strictly between positions `low` and `high` (`low < high ≤ count`; the root
    /// is position `count`), each bucketed to 0, 1, 2 or more, packed as `verbs << 2 | punctuation`.
    @inline(__always) package func between(_ low: Int, _ high: Int) -> UInt64 {
        guard low >= 0, high > low + 1 else { return 0 }
        // Wrapping differences: the running counts wrap past 65,535 in an enormous sentence, their differences do
        // not go negative.
        let verbCount = Int(verbs[high] &- verbs[low + 1])
        let punctCount = Int(punctuation[high] &- punctuation[low + 1])
        return UInt64(min(verbCount, 2)) << 2 | UInt64(min(punctCount, 2))
    }
}
