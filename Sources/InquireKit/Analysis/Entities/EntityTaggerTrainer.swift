/// Trains an ``EntityTagger``: seeded shuffled passes, greedy decoding with the entity tags predicted so far.
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
    package var gazetteer: Gazetteer = .shared

    /// A trainer with the default settings.
    package init() {}

    /// A tagger trained on `sentences`; `progress` is told after each pass (pass number, share of words right).
    package func train(_ sentences: [Sentence], progress: (Int, Double) -> Void = { _, _ in }) -> EntityTagger {
        let forms = sentences.map { $0.words.map(WordForm.init) }
        let marks = sentences.map { EntityGazetteerMarks($0.words, gazetteer: gazetteer).marks }
        var model = AveragedPerceptron(classCount: EntityTag.classCount)
        var generator = SeededGenerator(seed: seed)
        var features: [UInt64] = []
        for pass in 1...iterations {
            var right = 0
            var total = 0
            for sentenceIndex in generator.shuffledIndices(sentences.count) {
                let sentence = sentences[sentenceIndex]
                var previous = -1
                var beforePrevious = -2
                var last: EntityTag?
                for index in sentence.words.indices {
                    EntityFeatures.collect(
                        forms[sentenceIndex], tags: sentence.tags, marks: marks[sentenceIndex], at: index,
                        previous: previous, beforePrevious: beforePrevious, into: &features)
                    let guess = model.predict(features)
                    let truth = sentence.entities[index].classIndex
                    model.update(truth: truth, guess: guess, features: features)
                    let tag = EntityTagger.consistent(EntityTag(classIndex: guess) ?? .outside, after: last)
                    if guess == truth { right += 1 }
                    total += 1
                    last = tag
                    beforePrevious = previous
                    previous = tag.classIndex
                }
            }
            progress(pass, total > 0 ? Double(right) / Double(total) : 0)
        }
        return EntityTagger(weights: model.compacted(minimumWeight: minimumWeight), gazetteer: gazetteer)
    }
}
