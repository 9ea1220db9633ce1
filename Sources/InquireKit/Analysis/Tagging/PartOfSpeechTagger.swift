import Foundation

/// A greedy left-to-right part-of-speech tagger: an averaged-perceptron model over ``TaggerFeatures`` plus a
/// dictionary of frequent words that always take one tag.
package struct PartOfSpeechTagger: Sendable {
    /// The model kind written in the file header.
    package static let kind = "tagger"

    /// The weights over the 17 UPOS classes.
    package let weights: CompactWeights
    /// Frequent words (as written) that the training data always (≥ 97 %) gave one tag.
    package let dictionary: [String: UniversalTag]

    /// The tags each frequent-enough training word (in lower case) took, as a bit set over UPOS raw values.
    package let ambiguityClasses: [String: UInt32]

    /// ``dictionary`` and ``ambiguityClasses`` keyed by the value hashes of the words' UTF-8 bytes (``WordForm/textHash`` and
    /// ``WordForm/lowerHash``), as the tagger looks them up: one probe of an integer table per word instead of
    /// hashing the string again.
    private let dictionaryTable: FeatureTable
    private let classTable: FeatureTable

    /// A tagger from its weights, tag dictionary and ambiguity classes.
    package init(weights: CompactWeights, dictionary: [String: UniversalTag], ambiguityClasses: [String: UInt32]) {
        self.weights = weights
        self.dictionary = dictionary
        self.ambiguityClasses = ambiguityClasses
        var dictionaryTable = FeatureTable(capacity: dictionary.count)
        for (word, tag) in dictionary { dictionaryTable.insert(Self.key(word), row: Int(tag.rawValue)) }
        var classTable = FeatureTable(capacity: ambiguityClasses.count)
        for (word, mask) in ambiguityClasses { classTable.insert(Self.key(word), row: Int(mask)) }
        self.dictionaryTable = dictionaryTable
        self.classTable = classTable
    }

    /// The table key of a word: its value hash (never 0, which marks an empty slot).
    private static func key(_ word: String) -> UInt64 { key(hash: FeatureHash.value(word)) }

    @inline(__always) private static func key(hash: UInt64) -> UInt64 { hash == 0 ? 1 : hash }

    /// The ambiguity-class feature values of a sentence's words (0 for unseen words).
    func classes(_ forms: [WordForm]) -> [UInt64] {
        forms.map { UInt64(classTable.row(of: Self.key(hash: $0.lowerHash)) ?? 0) }
    }

    /// The tags of a sentence's words.
    package func tag(_ words: [String]) -> [UniversalTag] {
        tag(forms: words.map(WordForm.init))
    }

    /// The tags of a sentence's words, given their precomputed forms.
    package func tag(forms: [WordForm]) -> [UniversalTag] {
        var tags: [UniversalTag] = []
        tags.reserveCapacity(forms.count)
        var features: [UInt64] = []
        features.reserveCapacity(TaggerFeatures.count)
        var scores = [Int32](repeating: 0, count: UniversalTag.allCases.count)
        var previous = -1
        var beforePrevious = -2
        let classes = classes(forms)
        for index in forms.indices {
            let tag: UniversalTag
            if let known = dictionaryTable.row(of: Self.key(hash: forms[index].textHash)),
                let known = UniversalTag(rawValue: UInt8(known))
            {
                tag = known
            } else {
                TaggerFeatures.collect(
                    forms, classes: classes, at: index, previous: previous, beforePrevious: beforePrevious,
                    into: &features)
                for slot in scores.indices { scores[slot] = 0 }
                weights.accumulate(features, into: &scores)
                tag = UniversalTag(rawValue: UInt8(CompactWeights.best(scores))) ?? .x
            }
            tags.append(tag)
            beforePrevious = previous
            previous = Int(tag.rawValue)
        }
        return tags
    }
}

extension PartOfSpeechTagger {
    /// Writes the tagger's sections into an archive.
    package func write(into archive: inout ModelArchive) {
        archive.set("tagger.weights") { weights.write(to: &$0) }
        archive.set("tagger.dictionary") { writer in
            let entries = dictionary.sorted { $0.key < $1.key }
            writer.append(UInt32(entries.count))
            for (word, tag) in entries {
                writer.append(word)
                writer.append(tag.rawValue)
            }
        }
        archive.set("tagger.classes") { writer in
            let entries = ambiguityClasses.sorted { $0.key < $1.key }
            writer.append(strings: entries.map(\.key))
            for (_, mask) in entries { writer.append(mask) }
        }
    }

    /// Reads the tagger's sections from an archive.
    package init(from archive: ModelArchive) throws {
        var reader = try archive.reader(for: "tagger.weights")
        let weights = try CompactWeights(from: &reader)
        guard weights.classCount == UniversalTag.allCases.count else {
            throw ModelFileError.corrupt("tagger weights over \(weights.classCount) classes, not 17")
        }
        var entries = try archive.reader(for: "tagger.dictionary")
        let count = Int(try entries.readUInt32())
        var dictionary: [String: UniversalTag] = [:]
        dictionary.reserveCapacity(count)
        for _ in 0..<count {
            let word = try entries.readString()
            guard let tag = UniversalTag(rawValue: try entries.readUInt8()) else {
                throw ModelFileError.corrupt("tag dictionary entry \(word) has no valid tag")
            }
            dictionary[word] = tag
        }
        var classReader = try archive.reader(for: "tagger.classes")
        let words = try classReader.readStrings()
        var ambiguityClasses: [String: UInt32] = [:]
        ambiguityClasses.reserveCapacity(words.count)
        for word in words { ambiguityClasses[word] = try classReader.readUInt32() }
        self.init(weights: weights, dictionary: dictionary, ambiguityClasses: ambiguityClasses)
    }
}
