/// The parser's word forms and relation labels.
///
/// Word forms are normalised (lower case, every digit written as 0) and numbered from 3; id 0 means "no word",
/// 1 the root and 2 a word not in the vocabulary. Relation ids index ``relations``; id 0 is always `root`.
package struct ParserVocabulary: Sendable, Equatable {
    /// Normalised word forms in id order, starting at id 3.
    package let forms: [String]
    /// UD relations (with subtypes) in id order; the first is `root`.
    package let relations: [String]
    private let formIDs: [String: Int32]

    /// Id of "no word".
    package static let noWord: Int32 = 0
    /// Id of the root.
    package static let rootWord: Int32 = 1
    /// Id of a word outside the vocabulary.
    package static let unknownWord: Int32 = 2

    /// A vocabulary of the given normalised forms and relations (`relations[0]` must be `root`).
    package init(forms: [String], relations: [String]) {
        precondition(relations.first == "root", "relation 0 is root")  // safe: trained model
        precondition(relations.count <= 64, "at most 64 relations")  // safe: fixed by the code
        self.forms = forms
        self.relations = relations
        var ids: [String: Int32] = [:]
        for (offset, form) in forms.enumerated() { ids[form] = Int32(offset + 3) }
        formIDs = ids
    }

    /// The normalised form of a word: lower case, digits as 0.
    package static func normalise(_ word: String) -> String {
        var result = ""
        result.unicodeScalars.reserveCapacity(word.unicodeScalars.count)
        for scalar in word.lowercased().unicodeScalars {
            result.unicodeScalars.append(scalar.properties.numericType == .decimal ? "0" : scalar)
        }
        return result
    }

    /// The id of a word (normalised here).
    package func id(of word: String) -> Int32 {
        formIDs[Self.normalise(word)] ?? Self.unknownWord
    }

    /// The first id of unknown words' signatures (above every vocabulary id).
    package static let signatureBase: Int32 = 1 << 30

    /// A word's suffix class: a hash of the last three characters of its normalised form (`normal`), with three bits
    /// of shape of the word as written (initial capital, a digit, a hyphen). Never zero.
    package static func signature(of word: String, normal: String) -> UInt32 {
        var hash: UInt32 = 0x811C_9DC5
        var taken = 0
        for scalar in normal.unicodeScalars.reversed() {
            hash = (hash ^ scalar.value) &* 0x0100_0193
            taken += 1
            if taken == 3 { break }
        }
        var shape: UInt32 = 0
        if let first = word.unicodeScalars.first, first.properties.isUppercase { shape |= 1 }
        for scalar in word.unicodeScalars {
            if scalar.properties.numericType == .decimal { shape |= 2 }
            if scalar == "-" { shape |= 4 }
        }
        return (hash & 0x1F_FFFF) << 3 | shape | 1 << 24
    }

    /// The id of a relation, or `nil` when the vocabulary lacks it.
    package func relationID(_ relation: String) -> Int? {
        relations.firstIndex(of: relation)
    }

    /// Encodes words and tags for the parser: a word outside the vocabulary gets its signature as its id, so that
    /// rare words share what their endings and shapes say.
    package func sentence(words: [String], tags: [UniversalTag]) -> ParserSentence {
        var ids: [Int32] = []
        var suffixes: [UInt32] = []
        ids.reserveCapacity(words.count)
        suffixes.reserveCapacity(words.count)
        for word in words {
            let normal = Self.normalise(word)
            let suffix = Self.signature(of: word, normal: normal)
            ids.append(formIDs[normal] ?? Self.signatureBase | Int32(suffix & 0xFF_FFFF))
            suffixes.append(suffix)
        }
        return ParserSentence(words: ids, tags: tags.map { $0.rawValue + 1 }, suffixes: suffixes)
    }
}
