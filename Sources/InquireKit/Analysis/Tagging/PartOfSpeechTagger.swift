import Foundation

/// A greedy left-to-right part-of-speech tagger: an averaged-perceptron model over ``TaggerFeatures`` plus a
/// dictionary of frequent words that always take one tag.
package struct PartOfSpeechTagger: Sendable {
    /// The model kind written in the file header.
    package static let kind = "tagger"

    /// The classes predicted: the UPOS tags, or fine tags that each stand for one UPOS.
    package let tagSet: TagSet
    /// The weights over the classes of ``tagSet``.
    package let weights: CompactWeights
    /// Frequent words (as written) that the training data always (≥ 97 %) gave one class, with that class id.
    package let dictionary: [String: UInt8]

    /// The classes each frequent-enough training word (in lower case) took, as a bit set over class ids.
    package let ambiguityClasses: [String: UInt64]

    /// ``dictionary`` and ``ambiguityClasses`` keyed by the value hashes of the words' UTF-8 bytes (``WordForm/textHash`` and
    /// ``WordForm/lowerHash``), as the tagger looks them up: one probe of an integer table per word instead of
    /// hashing the string again.
    private let dictionaryTable: FeatureTable
    private let classTable: FeatureTable
    /// The bit sets ``classTable`` points to (a mask may need more bits than a table row holds); 0 first, for
    /// unseen words.
    private let masks: [UInt64]

    /// A tagger from its tag set, weights, tag dictionary and ambiguity classes.
    package init(
        tagSet: TagSet = .universalTags, weights: CompactWeights, dictionary: [String: UInt8],
        ambiguityClasses: [String: UInt64]
    ) {
        self.tagSet = tagSet
        self.weights = weights
        self.dictionary = dictionary
        self.ambiguityClasses = ambiguityClasses
        var dictionaryTable = FeatureTable(capacity: dictionary.count)
        for (word, tag) in dictionary { dictionaryTable.insert(Self.key(word), row: Int(tag)) }
        var classTable = FeatureTable(capacity: ambiguityClasses.count)
        var masks: [UInt64] = [0]
        for (word, mask) in ambiguityClasses {
            classTable.insert(Self.key(word), row: masks.count)
            masks.append(mask)
        }
        self.dictionaryTable = dictionaryTable
        self.classTable = classTable
        self.masks = masks
    }

    /// The table key of a word: its value hash (never 0, which marks an empty slot).
    private static func key(_ word: String) -> UInt64 { key(hash: FeatureHash.value(word)) }

    @inline(__always) private static func key(hash: UInt64) -> UInt64 { hash == 0 ? 1 : hash }

    /// The ambiguity-class feature values of a sentence's words (0 for unseen words).
    func ambiguity(_ forms: [WordForm]) -> [UInt64] {
        forms.map { masks[classTable.row(of: Self.key(hash: $0.lowerHash)) ?? 0] }
    }

    /// The tags of a sentence's words.
    package func tag(_ words: [String]) -> [UniversalTag] {
        tag(forms: words.map(WordForm.init))
    }

    /// The tags of a sentence's words, given their precomputed forms.
    package func tag(forms: [WordForm]) -> [UniversalTag] {
        universalTags(of: tagIDs(forms: forms))
    }

    /// The UPOS of class ids of ``tagSet``.
    package func universalTags(of ids: [UInt8]) -> [UniversalTag] {
        ids.map { tagSet.universal[Int($0)] }
    }

    /// The class ids (of ``tagSet``) of a sentence's words, given their precomputed forms.
    package func tagIDs(forms: [WordForm]) -> [UInt8] {
        var tags: [UInt8] = []
        tags.reserveCapacity(forms.count)
        var features: [UInt64] = []
        features.reserveCapacity(TaggerFeatures.count)
        var scores = [Int32](repeating: 0, count: tagSet.count)
        var previous = -1
        var beforePrevious = -2
        let classes = ambiguity(forms)
        for index in forms.indices {
            let tag: UInt8
            if let known = dictionaryTable.row(of: Self.key(hash: forms[index].textHash)) {
                tag = UInt8(known)
            } else {
                TaggerFeatures.collect(
                    forms, classes: classes, at: index, previous: previous, beforePrevious: beforePrevious,
                    into: &features)
                for slot in scores.indices { scores[slot] = 0 }
                weights.accumulate(features, into: &scores)
                tag = UInt8(CompactWeights.best(scores))
            }
            tags.append(tag)
            beforePrevious = previous
            previous = Int(tag)
        }
        return tags
    }
}

extension PartOfSpeechTagger {
    /// Writes the tagger's sections into an archive.
    package func write(into archive: inout ModelArchive) {
        tagSet.write(into: &archive, section: "tagger.tags")
        archive.set("tagger.weights") { weights.write(to: &$0) }
        archive.set("tagger.dictionary") { writer in
            let entries = dictionary.sorted { $0.key < $1.key }
            writer.append(UInt32(entries.count))
            for (word, tag) in entries {
                writer.append(word)
                writer.append(tag)
            }
        }
        // UPOS masks fit 32 bits (the format of models without fine tags); fine ones take 64.
        let wide = !tagSet.isUniversal
        archive.set(wide ? "tagger.classes64" : "tagger.classes") { writer in
            let entries = ambiguityClasses.sorted { $0.key < $1.key }
            writer.append(strings: entries.map(\.key))
            for (_, mask) in entries {
                if wide { writer.append(mask) } else { writer.append(UInt32(truncatingIfNeeded: mask)) }
            }
        }
    }

    /// Reads the tagger's sections from an archive.
    package init(from archive: ModelArchive) throws {
        let tagSet = try TagSet(from: archive, section: "tagger.tags")
        var reader = try archive.reader(for: "tagger.weights")
        let weights = try CompactWeights(from: &reader)
        guard weights.classCount == tagSet.count else {
            throw ModelFileError.corrupt("tagger weights over \(weights.classCount) classes, not \(tagSet.count)")
        }
        var entries = try archive.reader(for: "tagger.dictionary")
        let count = Int(try entries.readUInt32())
        var dictionary: [String: UInt8] = [:]
        dictionary.reserveCapacity(count)
        for _ in 0..<count {
            let word = try entries.readString()
            let tag = try entries.readUInt8()
            guard Int(tag) < tagSet.count else {
                throw ModelFileError.corrupt("tag dictionary entry \(word) has no valid tag")
            }
            dictionary[word] = tag
        }
        let wide = archive.has("tagger.classes64")
        var classReader = try archive.reader(for: wide ? "tagger.classes64" : "tagger.classes")
        let words = try classReader.readStrings()
        var ambiguityClasses: [String: UInt64] = [:]
        ambiguityClasses.reserveCapacity(words.count)
        for word in words {
            ambiguityClasses[word] = wide ? try classReader.readUInt64() : UInt64(try classReader.readUInt32())
        }
        self.init(tagSet: tagSet, weights: weights, dictionary: dictionary, ambiguityClasses: ambiguityClasses)
    }
}
