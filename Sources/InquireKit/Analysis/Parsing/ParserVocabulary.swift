/// The parser's word forms and relation labels.
///
/// Word forms are normalised (lower case, every digit written as 0) and numbered from 3; id 0 means "no word",
/// 1 the root and 2 a word not in the vocabulary. Relation ids index ``relations``; id 0 is always `root`.
package struct ParserVocabulary: Sendable, Equatable {
    /// Normalised word forms in id order, starting at id 3.
    package let forms: [String]
    /// UD relations (with subtypes) in id order; the first is `root`.
    package let relations: [String]
    /// The tags the parser reads (the tagger's classes).
    package let tags: TagSet
    private let formIDs: [String: Int32]

    /// Id of "no word".
    package static let noWord: Int32 = 0
    /// Id of the root.
    package static let rootWord: Int32 = 1
    /// Id of a word outside the vocabulary.
    package static let unknownWord: Int32 = 2

    /// A vocabulary of the given normalised forms, relations (`relations[0]` must be `root`) and tags.
    package init(forms: [String], relations: [String], tags: TagSet = .universalTags) {
        precondition(relations.first == "root", "relation 0 is root")  // safe: trained model
        precondition(relations.count <= 64, "at most 64 relations")  // safe: fixed by the code
        self.forms = forms
        self.relations = relations
        self.tags = tags
        var ids: [String: Int32] = [:]
        for (offset, form) in forms.enumerated() { ids[form] = Int32(offset + 3) }
        formIDs = ids
    }

    /// The normalised form of a word: lower case, digits as 0.
    package static func normalise(_ word: String) -> String {
        if let ascii = normaliseASCII(word) { return ascii }
        var result = ""
        result.unicodeScalars.reserveCapacity(word.unicodeScalars.count)
        for scalar in word.lowercased().unicodeScalars {
            result.unicodeScalars.append(scalar.properties.numericType == .decimal ? "0" : scalar)
        }
        return result
    }

    /// ``normalise(_:)`` of an ASCII word from its bytes (A–Z lowered, 0–9 as 0: what the general path does to
    /// ASCII), or nil for any other word.
    private static func normaliseASCII(_ word: String) -> String? {
        var word = word
        return word.withUTF8 { bytes -> String? in
            guard bytes.allSatisfy({ $0 < 0x80 }) else { return nil }
            return String(unsafeUninitializedCapacity: bytes.count) { buffer in
                for (index, byte) in bytes.enumerated() {
                    buffer[index] =
                        byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte >= 0x30 && byte <= 0x39 ? 0x30 : byte
                }
                return bytes.count
            }
        }
    }

    /// The id of a word (normalised here).
    package func id(of word: String) -> Int32 {
        formIDs[Self.normalise(word)] ?? Self.unknownWord
    }

    /// The id of a relation, or `nil` when the vocabulary lacks it.
    package func relationID(_ relation: String) -> Int? {
        relations.firstIndex(of: relation)
    }

    /// Encodes words and their class ids in ``tags`` for the parser.
    package func sentence(words: [String], tagIDs: [UInt8]) -> ParserSentence {
        if tags.isUniversal {
            return ParserSentence(words: words.map { id(of: $0) }, tags: tagIDs.map { $0 + 1 })
        }
        var sentence = ParserSentence(
            words: words.map { id(of: $0) }, tags: tagIDs.map { $0 + 1 }, rootTag: ParserSentence.fineRootTag)
        sentence.coarse = tagIDs.map { tags.universal[Int($0)].rawValue + 1 }
        return sentence
    }
}
