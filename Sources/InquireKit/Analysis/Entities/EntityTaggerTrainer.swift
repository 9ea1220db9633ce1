/// Trains an ``EntityTagger``: seeded shuffled passes, greedy decoding with the classes predicted so far.
package struct EntityTaggerTrainer: Sendable {
    /// One training sentence: words, predicted part-of-speech tags, gold entity tags.
    package typealias Sentence = (words: [String], tags: [UniversalTag], entities: [EntityTag])

    /// The number of passes over the training data.
    package var iterations = 10
    /// The shuffling seed.
    package var seed: UInt64 = 13
    /// Averaged weights smaller than this in magnitude are pruned from the shipped model.
    package var minimumWeight: Float = 0.05
    /// The gazetteer giving the name and place marks.
    package var gazetteer: Gazetteer
    /// How the classes encode spans.
    package var scheme: EntityScheme = .bio
    /// The optional feature groups.
    package var groups: EntityFeatureGroups = []

    /// A trainer with the default settings, marking names and places from `gazetteer`.
    package init(gazetteer: Gazetteer) {
        self.gazetteer = gazetteer
    }

    /// A tagger trained on `sentences`, each update scaled by the sentence's entry in `amounts` (1 when not given);
    /// `progress` is told after each pass (pass number, share of words right). With the ``EntityFeatureGroups/document``
    /// group, `documents` gives each sentence's document and `firstPass` the tags a first pass gave it (predicted by
    /// taggers that have not seen it); in each pass a sentence is seen with what that first pass says about its
    /// document or, with even odds, without it, so that the one model serves both passes.
    package func train(
        _ sentences: [Sentence], amounts: [Float]? = nil, documents: [String]? = nil, firstPass: [[EntityTag]]? = nil,
        progress: (Int, Double) -> Void = { _, _ in }
    ) -> EntityTagger {
        let shell = EntityTagger(
            weights: CompactWeights(classCount: scheme.classCount, scale: 1, features: []), groups: groups,
            gazetteer: gazetteer)
        let contexts = sentences.map { shell.context(forms: $0.words.map(WordForm.init), tags: $0.tags) }
        var voted: [EntitySentence]?
        if groups.contains(.document), let documents, let firstPass {
            voted = Self.withVotes(contexts, documents: documents, firstPass: firstPass)
        }
        let truths = sentences.map { scheme.encode($0.entities) }
        var model = AveragedPerceptron(classCount: scheme.classCount)
        var generator = SeededGenerator(seed: seed)
        var features: [UInt64] = []
        var scores = [Float](repeating: 0, count: scheme.classCount)
        for pass in 1...iterations {
            var right = 0
            var total = 0
            for sentenceIndex in generator.shuffledIndices(sentences.count) {
                let amount = amounts?[sentenceIndex] ?? 1
                let sentence =
                    if let voted, generator.next() & 1 == 0 { voted[sentenceIndex] } else { contexts[sentenceIndex] }
                var previous = -1
                var beforePrevious = -2
                for index in sentences[sentenceIndex].words.indices {
                    EntityFeatures.collect(
                        sentence, groups: groups, at: index, previous: previous,
                        beforePrevious: beforePrevious, into: &features)
                    for slot in scores.indices { scores[slot] = 0 }
                    model.accumulate(features, into: &scores)
                    let guess = AveragedPerceptron.best(scores)
                    let truth = truths[sentenceIndex][index]
                    model.update(truth: truth, guess: guess, features: features, amount: amount)
                    let label = shell.best(scores, after: previous)
                    if label == truth { right += 1 }
                    total += 1
                    beforePrevious = previous
                    previous = label
                }
            }
            progress(pass, total > 0 ? Double(right) / Double(total) : 0)
        }
        return EntityTagger(
            weights: model.compacted(minimumWeight: minimumWeight), groups: groups, gazetteer: gazetteer)
    }

    /// The sentences with what the first pass says about their documents' other mentions.
    static func withVotes(
        _ sentences: [EntitySentence], documents: [String], firstPass: [[EntityTag]]
    ) -> [EntitySentence] {
        var result = sentences
        var members: [String: [Int]] = [:]
        var order: [String] = []
        for (index, document) in documents.enumerated() {
            if members[document] == nil { order.append(document) }
            members[document, default: []].append(index)
        }
        for document in order {
            let indices = members[document] ?? []
            let memory = EntityDocumentMemory(
                forms: indices.map { sentences[$0].forms }, entities: indices.map { firstPass[$0] })
            for (offset, index) in indices.enumerated() { result[index].votes = memory.votes[offset] }
        }
        return result
    }
}
