/// A greedy left-to-right entity tagger: an averaged-perceptron model over ``EntityFeatures`` whose classes follow an
/// ``EntityScheme``, each word taking the best class the class before it allows.
package struct EntityTagger: Sendable {
    /// The model kind written in the file header.
    package static let kind = "entities"

    /// The weights over the scheme's classes.
    package let weights: CompactWeights
    /// How the classes encode spans (read from the number of classes).
    package let scheme: EntityScheme
    /// The optional feature groups the model was trained with.
    package let groups: EntityFeatureGroups
    /// The gazetteer whose marks the tagger reads.
    package let gazetteer: Gazetteer

    /// A tagger from its weights (over the classes of a scheme), its feature groups and the gazetteer whose marks it
    /// was trained with.
    package init(weights: CompactWeights, groups: EntityFeatureGroups = [], gazetteer: Gazetteer) {
        let scheme = EntityScheme(classCount: weights.classCount)
        precondition(scheme != nil, "weights over a scheme's classes")  // safe: the reader checks the count
        self.weights = weights
        self.scheme = scheme ?? .bio
        self.groups = groups
        self.gazetteer = gazetteer
    }

    /// The same tagger reading `gazetteer`'s marks instead (an engine's own gazetteer; the weights stay those the
    /// model was trained with).
    package func reading(_ gazetteer: Gazetteer) -> EntityTagger {
        EntityTagger(weights: weights, groups: groups, gazetteer: gazetteer)
    }

    /// The entity tags of a sentence's words, given their part-of-speech tags.
    package func tag(_ words: [String], tags: [UniversalTag]) -> [EntityTag] {
        tag(forms: words.map(WordForm.init), tags: tags)
    }

    /// The entity tags of a sentence's words, given their forms and part-of-speech tags (the sentence alone: no
    /// document around it).
    package func tag(forms: [WordForm], tags: [UniversalTag]) -> [EntityTag] {
        tag(context(forms: forms, tags: tags))
    }

    /// The entity tags of a document's sentences, given their words' forms and part-of-speech tags. A model trained
    /// with ``EntityFeatureGroups/document`` tags the document twice: the second pass reads what the first said
    /// about each word's other mentions; any other model tags each sentence alone.
    package func tag(document sentences: [(forms: [WordForm], tags: [UniversalTag])]) -> [[EntityTag]] {
        retag(document: sentences, firstPass: sentences.map { tag(forms: $0.forms, tags: $0.tags) })
    }

    /// The second pass over a document whose sentences the first pass (``tag(forms:tags:)``, each sentence alone)
    /// tagged `firstPass`: each sentence tagged again reading what the first pass said about its words' other
    /// mentions. A model without ``EntityFeatureGroups/document`` keeps the first pass.
    package func retag(
        document sentences: [(forms: [WordForm], tags: [UniversalTag])], firstPass: [[EntityTag]]
    ) -> [[EntityTag]] {
        guard groups.contains(.document), sentences.count == firstPass.count else { return firstPass }
        let memory = EntityDocumentMemory(forms: sentences.map(\.forms), entities: firstPass)
        return sentences.indices.map { index in
            var sentence = context(forms: sentences[index].forms, tags: sentences[index].tags)
            sentence.votes = memory.votes[index]
            return tag(sentence)
        }
    }

    /// The entity tags of a sentence the features read.
    func tag(_ sentence: EntitySentence) -> [EntityTag] {
        let forms = sentence.forms
        var result: [EntityTag] = []
        result.reserveCapacity(forms.count)
        var features: [UInt64] = []
        features.reserveCapacity(EntityFeatures.capacity)
        var scores = [Int32](repeating: 0, count: scheme.classCount)
        var previous = -1
        var beforePrevious = -2
        for index in forms.indices {
            EntityFeatures.collect(
                sentence, groups: groups, at: index, previous: previous, beforePrevious: beforePrevious,
                into: &features)
            for slot in scores.indices { scores[slot] = 0 }
            weights.accumulate(features, into: &scores)
            let label = best(scores, after: previous)
            result.append(scheme.tag(label, after: result.last))
            beforePrevious = previous
            previous = label
        }
        if groups.contains(.possessorJoins) { result = EntityPossessorJoin.joined(result, forms: forms) }
        if groups.contains(.finalPossessivesOut) {
            result = EntityPossessorJoin.withoutFinalPossessives(result, forms: forms)
        }
        return result
    }

    /// What the features read about a sentence.
    func context(forms: [WordForm], tags: [UniversalTag]) -> EntitySentence {
        EntitySentence(
            forms: forms, tags: tags, gazetteer: gazetteer, placeKinds: groups.contains(.placeKinds),
            lowercase: groups.contains(.lowercase))
    }

    /// The highest-scoring class the scheme allows after `previous` (the lowest index on ties).
    func best<Score: Comparable>(_ scores: [Score], after previous: Int) -> Int {
        var best = 0
        for label in scores.indices.dropFirst()
        where scores[label] > scores[best] && scheme.allows(label, after: previous) {
            best = label
        }
        return best
    }

    /// The tag made consistent with the one before: an I- tag that does not continue an entity of its kind
    /// becomes a B- tag.
    static func consistent(_ tag: EntityTag, after previous: EntityTag?) -> EntityTag {
        guard case .inside(let kind) = tag else { return tag }
        return previous?.kind == kind ? tag : .begin(kind)
    }
}

extension EntityTagger {
    /// Writes the tagger's weights and feature groups into an archive.
    package func write(into archive: inout ModelArchive) {
        archive.set("entities.weights") { weights.write(to: &$0) }
        archive.set("entities.groups") { $0.append(groups.rawValue) }
    }

    /// Reads the tagger's weights and feature groups from an archive, with the package's gazetteer
    /// (`Engine.Resources.bundled()`, whose `ResourceError` it throws when it cannot be read).
    package init(from archive: ModelArchive) throws {
        try self.init(from: archive, gazetteer: try Engine.Resources.bundled().gazetteer)
    }

    /// Reads the tagger's weights and feature groups from an archive (a model without groups uses none).
    package init(from archive: ModelArchive, gazetteer: Gazetteer) throws {
        var reader = try archive.reader(for: "entities.weights")
        let weights = try CompactWeights(from: &reader)
        guard EntityScheme(classCount: weights.classCount) != nil else {
            throw ModelFileError.corrupt("entity weights over \(weights.classCount) classes")
        }
        var groups: EntityFeatureGroups = []
        if archive.has("entities.groups") {
            var groupReader = try archive.reader(for: "entities.groups")
            groups = EntityFeatureGroups(rawValue: try groupReader.readUInt32())
        }
        self.init(weights: weights, groups: groups, gazetteer: gazetteer)
    }
}
