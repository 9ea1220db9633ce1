/// Trains a ``PartOfSpeechTagger`` on tagged sentences: a fixed number of passes over the data in a seeded
/// shuffled order, each word tagged greedily with the tags predicted so far, the perceptron updated on each mistake.
package struct PartOfSpeechTaggerTrainer: Sendable {
    /// One training sentence: its words and their gold tags.
    package typealias Sentence = (words: [String], tags: [UniversalTag])
    /// One training sentence: its words and their gold class ids in a ``TagSet``.
    package typealias ClassSentence = (words: [String], classes: [UInt8])

    /// The number of passes over the training data.
    package var iterations = 8
    /// The shuffling seed.
    package var seed: UInt64 = 13
    /// Words seen at least this often may enter the tag dictionary.
    package var dictionaryMinimumCount = 20
    /// The share of a word's occurrences its most frequent tag must reach for the word to enter the dictionary.
    package var dictionaryMinimumShare = 0.97
    /// Averaged weights smaller than this in magnitude are pruned from the shipped model.
    package var minimumWeight: Float = 0.05

    /// A trainer with the default settings.
    package init() {}

    /// The frequent unambiguous words of the training data and their class.
    package func dictionary(for sentences: [ClassSentence], classCount: Int) -> [String: UInt8] {
        var counts: [String: [Int]] = [:]
        for sentence in sentences {
            for (word, tag) in zip(sentence.words, sentence.classes) {
                counts[word, default: Array(repeating: 0, count: classCount)][Int(tag)] += 1
            }
        }
        var dictionary: [String: UInt8] = [:]
        for (word, tagCounts) in counts {
            let total = tagCounts.reduce(0, +)
            guard total >= dictionaryMinimumCount, let top = tagCounts.max(),
                Double(top) / Double(total) >= dictionaryMinimumShare,
                let index = tagCounts.firstIndex(of: top)
            else { continue }
            dictionary[word] = UInt8(index)
        }
        return dictionary
    }

    /// The classes each word (in lower case) seen at least twice took at least 5 % of the time, as bit sets.
    package func ambiguityClasses(for sentences: [ClassSentence], classCount: Int) -> [String: UInt64] {
        var counts: [String: [Int]] = [:]
        for sentence in sentences {
            for (word, tag) in zip(sentence.words, sentence.classes) {
                counts[word.lowercased(), default: Array(repeating: 0, count: classCount)][Int(tag)] += 1
            }
        }
        var classes: [String: UInt64] = [:]
        for (word, tagCounts) in counts {
            let total = tagCounts.reduce(0, +)
            guard total >= 2 else { continue }
            var mask: UInt64 = 0
            for (tag, count) in tagCounts.enumerated() where Double(count) >= 0.05 * Double(total) {
                mask |= 1 << UInt64(tag)
            }
            classes[word] = mask
        }
        return classes
    }

    /// A tagger trained on `sentences`; `progress` is told after each pass (pass number, share of words right).
    package func train(
        _ sentences: [Sentence], progress: (Int, Double) -> Void = { _, _ in }
    ) -> PartOfSpeechTagger {
        train(
            classes: sentences.map { ($0.words, $0.tags.map(\.rawValue)) }, tagSet: .universalTags,
            progress: progress)
    }

    /// A tagger of the classes of `tagSet` trained on `sentences` (class ids of `tagSet`); `progress` is told after
    /// each pass (pass number, share of words right).
    package func train(
        classes sentences: [ClassSentence], tagSet: TagSet, progress: (Int, Double) -> Void = { _, _ in }
    ) -> PartOfSpeechTagger {
        let dictionary = dictionary(for: sentences, classCount: tagSet.count)
        let ambiguityClasses = ambiguityClasses(for: sentences, classCount: tagSet.count)
        let forms = sentences.map { $0.words.map(WordForm.init) }
        let shell = PartOfSpeechTagger(
            tagSet: tagSet, weights: CompactWeights(classCount: 1, scale: 1, features: []), dictionary: [:],
            ambiguityClasses: ambiguityClasses)
        let classes = forms.map(shell.ambiguity)
        var model = AveragedPerceptron(classCount: tagSet.count)
        var generator = SeededGenerator(seed: seed)
        var features: [UInt64] = []
        for pass in 1...iterations {
            var right = 0
            var total = 0
            for sentenceIndex in generator.shuffledIndices(sentences.count) {
                let words = forms[sentenceIndex]
                let gold = sentences[sentenceIndex].classes
                var previous = -1
                var beforePrevious = -2
                for index in words.indices {
                    var guess: Int
                    if let known = dictionary[words[index].text] {
                        guess = Int(known)
                    } else {
                        TaggerFeatures.collect(
                            words, classes: classes[sentenceIndex], at: index, previous: previous,
                            beforePrevious: beforePrevious, into: &features)
                        guess = model.predict(features)
                        model.update(truth: Int(gold[index]), guess: guess, features: features)
                    }
                    if guess == Int(gold[index]) { right += 1 }
                    total += 1
                    beforePrevious = previous
                    previous = guess
                }
            }
            progress(pass, total > 0 ? Double(right) / Double(total) : 0)
        }
        return PartOfSpeechTagger(
            tagSet: tagSet, weights: model.compacted(minimumWeight: minimumWeight), dictionary: dictionary,
            ambiguityClasses: ambiguityClasses)
    }

    /// Tags each sentence with a tagger trained on the other folds, so a later stage (the parser, the entity
    /// tagger) trains on tags as noisy as the ones it will see in use. Folds are sentences `i` with `i % folds`
    /// equal; the result is in the input order.
    package func jackknife(_ sentences: [Sentence], folds: Int) -> [[UniversalTag]] {
        jackknife(classes: sentences.map { ($0.words, $0.tags.map(\.rawValue)) }, tagSet: .universalTags, folds: folds)
            .map { $0.map { UniversalTag(rawValue: $0) ?? .x } }
    }

    /// ``jackknife(_:folds:)`` for the classes of `tagSet`: each sentence's class ids from a tagger trained on the
    /// other folds.
    package func jackknife(classes sentences: [ClassSentence], tagSet: TagSet, folds: Int) -> [[UInt8]] {
        var predicted = [[UInt8]](repeating: [], count: sentences.count)
        for fold in 0..<folds {
            let training = sentences.indices.filter { $0 % folds != fold }.map { sentences[$0] }
            let tagger = train(classes: training, tagSet: tagSet)
            for index in sentences.indices where index % folds == fold {
                predicted[index] = tagger.tagIDs(forms: sentences[index].words.map(WordForm.init))
            }
        }
        return predicted
    }
}
