/// A sentence as the parser reads it: word ids from the parser's vocabulary and tag ids.
///
/// Tag ids are the ``UniversalTag`` raw value plus one (0 stands for "no word"); word ids come from
/// ``ParserVocabulary`` (0 no word, 1 the root, 2 an unknown word).
package struct ParserSentence: Sendable {
    /// The vocabulary id of each word.
    package var words: [Int32]
    /// The tag id of each word (``UniversalTag`` raw value + 1).
    package var tags: [UInt8]

    /// A sentence from its word and tag ids (of equal length).
    package init(words: [Int32], tags: [UInt8]) {
        precondition(words.count == tags.count, "one tag per word")  // safe: the annotator tags every word
        self.words = words
        self.tags = tags
    }

    /// The number of words.
    package var count: Int { words.count }

    /// The tag id used for the root.
    package static let rootTag: UInt8 = 31
}
