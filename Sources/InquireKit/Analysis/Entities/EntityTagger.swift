/// A greedy left-to-right BIO entity tagger: an averaged-perceptron model over ``EntityFeatures``.
package struct EntityTagger: Sendable {
    /// The model kind written in the file header.
    package static let kind = "entities"

    /// The weights over the ``EntityTag`` classes.
    package let weights: CompactWeights
    private let gazetteer: Gazetteer

    /// A tagger from its weights and the gazetteer whose marks it was trained with.
    package init(weights: CompactWeights, gazetteer: Gazetteer = .shared) {
        self.weights = weights
        self.gazetteer = gazetteer
    }

    /// The entity tags of a sentence's words, given their part-of-speech tags.
    package func tag(_ words: [String], tags: [UniversalTag]) -> [EntityTag] {
        tag(forms: words.map(WordForm.init), tags: tags)
    }

    /// The entity tags of a sentence's words, given their forms and part-of-speech tags.
    package func tag(forms: [WordForm], tags: [UniversalTag]) -> [EntityTag] {
        let marks = EntityGazetteerMarks(forms.map(\.text), gazetteer: gazetteer).marks
        var result: [EntityTag] = []
        result.reserveCapacity(forms.count)
        var features: [UInt64] = []
        features.reserveCapacity(EntityFeatures.count)
        var scores = [Int32](repeating: 0, count: EntityTag.classCount)
        var previous = -1
        var beforePrevious = -2
        for index in forms.indices {
            EntityFeatures.collect(
                forms, tags: tags, marks: marks, at: index, previous: previous, beforePrevious: beforePrevious,
                into: &features)
            for slot in scores.indices { scores[slot] = 0 }
            weights.accumulate(features, into: &scores)
            let tag = Self.consistent(
                EntityTag(classIndex: CompactWeights.best(scores)) ?? .outside, after: result.last)
            result.append(tag)
            beforePrevious = previous
            previous = tag.classIndex
        }
        return result
    }

    /// The tag made consistent with the one before: an I- tag that does not continue an entity of its kind
    /// becomes a B- tag.
    static func consistent(_ tag: EntityTag, after previous: EntityTag?) -> EntityTag {
        guard case .inside(let kind) = tag else { return tag }
        return previous?.kind == kind ? tag : .begin(kind)
    }
}

extension EntityTagger {
    /// Writes the tagger's weights into an archive.
    package func write(into archive: inout ModelArchive) {
        archive.set("entities.weights") { weights.write(to: &$0) }
    }

    /// Reads the tagger's weights from an archive.
    package init(from archive: ModelArchive, gazetteer: Gazetteer = .shared) throws {
        var reader = try archive.reader(for: "entities.weights")
        let weights = try CompactWeights(from: &reader)
        guard weights.classCount == EntityTag.classCount else {
            throw ModelFileError.corrupt("entity weights over \(weights.classCount) classes")
        }
        self.init(weights: weights, gazetteer: gazetteer)
    }
}
