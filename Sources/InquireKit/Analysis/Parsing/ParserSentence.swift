/// A sentence as the parser reads it: word ids from the parser's vocabulary and tag ids.
///
/// Tag ids are the class id in the model's ``TagSet`` plus one (0 stands for "no word"; for the UPOS tag set the
/// ``UniversalTag`` raw value plus one); word ids come from ``ParserVocabulary`` (0 no word, 1 the root, 2 an unknown
/// word).
package struct ParserSentence: Sendable {
    /// The vocabulary id of each word.
    package var words: [Int32]
    /// The tag id of each word (class id + 1).
    package var tags: [UInt8]
    /// The tag id of the root.
    package var rootTag: UInt8
    /// With fine tags, the UPOS tag id of each word (``UniversalTag`` raw value + 1), read beside the fine tag;
    /// empty with UPOS tags.
    package var coarse: [UInt8] = []

    /// A sentence from its word and tag ids (of equal length) and the root's tag id.
    package init(words: [Int32], tags: [UInt8], rootTag: UInt8 = ParserSentence.rootTag) {
        precondition(words.count == tags.count, "one tag per word")  // safe: the annotator tags every word
        self.words = words
        self.tags = tags
        self.rootTag = rootTag
    }

    /// The number of words.
    package var count: Int { words.count }

    /// The tag id of the root with the UPOS tag set (kept from the first models, whose feature keys use it).
    package static let rootTag: UInt8 = 31
    /// The tag id of the root with a fine tag set (above every class id + 1 of a ``TagSet``; within 6 bits).
    package static let fineRootTag = UInt8(TagSet.maximumCount + 1)
}
