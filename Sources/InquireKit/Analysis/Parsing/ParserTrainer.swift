/// One training sentence: words, their (predicted) tags, and the gold tree in CoNLL-U convention.
package struct ParserTrainingSentence: Sendable {
    /// The word forms.
    package var words: [String]
    /// The class ids (in the trainer's ``ParserTrainer/Options/tagSet``) of the tags the parser will see
    /// (predicted ones, so training matches use).
    package var tags: [UInt8]
    /// Gold heads: 1-based, 0 for the root.
    package var heads: [Int]
    /// Gold relations with subtypes.
    package var relations: [String]

    /// A sentence with UPOS tags; all four arrays have one entry per word.
    package init(words: [String], tags: [UniversalTag], heads: [Int], relations: [String]) {
        self.init(words: words, tagIDs: tags.map(\.rawValue), heads: heads, relations: relations)
    }

    /// A sentence with class ids of a tag set; all four arrays have one entry per word.
    package init(words: [String], tagIDs: [UInt8], heads: [Int], relations: [String]) {
        self.words = words
        self.tags = tagIDs
        self.heads = heads
        self.relations = relations
    }
}

/// Trains a ``ParserModel`` with averaged perceptrons and the arc-hybrid dynamic oracle, exploring the model's own
/// moves after the first epochs (Goldberg and Nivre 2012, 2013). Deterministic: the sentence order of each epoch and
/// the exploration choices come from a fixed-seed generator.
package struct ParserTrainer: Sendable {
    /// Training settings.
    package struct Options: Sendable {
        /// Passes over the data.
        package var epochs = 12
        /// The first epoch (0-based) in which the parser follows its own predictions.
        package var explorationStart = 1
        /// The probability of following the model's move rather than the oracle's once exploring.
        package var explorationProbability = 0.9
        /// Word forms seen fewer times than this are treated as unknown.
        package var minimumFormCount = 2
        /// Averaged weights below this magnitude are dropped from the model (1.5 keeps the EWT + GUM model under
        /// 10 MB, about a third of its unpruned size, for about 0.1 point of EWT dev accuracy).
        package var minimumWeight: Float = 1.5
        /// The seed of the shuffling and exploration generator.
        package var seed: UInt64 = 13
        /// The tags the parser reads (the training sentences' tag ids are classes of it).
        package var tagSet = TagSet.universalTags

        /// The defaults.
        package init() {}
    }

    /// Progress after each epoch: the epoch number (1-based) and the share of words whose head the oracle's path
    /// agreed with during training.
    package typealias Progress = (_ epoch: Int, _ trainingAccuracy: Double) -> Void

    /// Trains on sentences; non-projective ones are skipped. Returns the model.
    package static func train(
        _ sentences: [ParserTrainingSentence], options: Options = Options(), progress: Progress? = nil
    ) -> ParserModel {
        let vocabulary = makeVocabulary(
            sentences, minimumFormCount: options.minimumFormCount, tags: options.tagSet)
        var encoded: [(sentence: ParserSentence, heads: [Int32], labels: [UInt8])] = []
        for sentence in sentences {
            let count = sentence.words.count
            guard count > 0 else { continue }
            let heads = sentence.heads.map { Int32($0 == 0 ? count : $0 - 1) }
            guard ArcHybridOracle.isProjective(heads) else { continue }
            let labels = sentence.relations.map { UInt8(vocabulary.relationID($0) ?? 0) }
            encoded.append((vocabulary.sentence(words: sentence.words, tagIDs: sentence.tags), heads, labels))
        }
        var moves = RowPerceptron(width: ArcHybridMove.allCases.count)
        var relations = RowPerceptron(width: vocabulary.relations.count)
        var random = SeededGenerator(seed: options.seed)
        var order = Array(encoded.indices)
        var state = ParseState()
        var keys = [UInt64](repeating: 0, count: max(ParserFeatures.moveCapacity, ParserFeatures.relationCapacity))
        var scores = [Float](repeating: 0, count: 256)
        for epoch in 0..<options.epochs {
            for index in order.indices.reversed() where index > 0 {
                order.swapAt(index, Int(random.next() % UInt64(index + 1)))
            }
            let exploring = epoch >= options.explorationStart
            var correct = 0
            var total = 0
            keys.withUnsafeMutableBufferPointer { keyBuffer in
                scores.withUnsafeMutableBufferPointer { scoreBuffer in
                    let keys = keyBuffer.baseAddress!
                    let scores = scoreBuffer.baseAddress!
                    for sentenceIndex in order {
                        let (sentence, goldHeads, goldLabels) = encoded[sentenceIndex]
                        let count = sentence.count
                        state.reset(count: count)
                        while !state.isTerminal {
                            let used = ParserFeatures.moves(state, sentence, into: keys)
                            moves.score(keys, count: used, into: scores)
                            var costs = (0, 0, 0)
                            var minimum = Int.max
                            for move in ArcHybridMove.allCases where state.isValid(move) {
                                let cost = ArcHybridOracle.cost(of: move, in: state, goldHeads: goldHeads)
                                switch move {
                                case .shift: costs.0 = cost
                                case .left: costs.1 = cost
                                case .right: costs.2 = cost
                                }
                                minimum = min(minimum, cost)
                            }
                            func cost(_ move: ArcHybridMove) -> Int {
                                switch move {
                                case .shift: costs.0
                                case .left: costs.1
                                case .right: costs.2
                                }
                            }
                            let predicted = ParserModel.bestValidMove(scores, state)
                            var gold: ArcHybridMove? = nil
                            for move in ArcHybridMove.allCases
                            where state.isValid(move) && cost(move) == minimum
                                && (gold == nil || scores[move.rawValue] > scores[gold!.rawValue])
                            {
                                gold = move
                            }
                            let best = gold ?? predicted
                            moves.update(
                                truth: best.rawValue,
                                guess: cost(predicted) == minimum ? best.rawValue : predicted.rawValue,
                                features: keys, count: used)
                            let follow: ArcHybridMove
                            if cost(predicted) == minimum {
                                follow = predicted
                            } else if exploring && random.nextUnit() < options.explorationProbability {
                                follow = predicted
                            } else {
                                follow = best
                            }
                            var label: UInt8 = 0
                            if follow != .shift {
                                let head = state.head(for: follow)
                                let dependent = state.stackWord(0)
                                total += 1
                                if Int(goldHeads[dependent]) == head { correct += 1 }
                                if head != count {
                                    let used = ParserFeatures.relation(
                                        state, sentence, head: head, dependent: dependent, into: keys)
                                    relations.score(keys, count: used, into: scores)
                                    let guess = ParserModel.bestRelation(scores, count: relations.width)
                                    let truth = Int(goldLabels[dependent])
                                    if Int(goldHeads[dependent]) == head && truth != 0 {
                                        relations.update(truth: truth, guess: guess, features: keys, count: used)
                                        label = UInt8(exploring ? guess : truth)
                                    } else {
                                        label = UInt8(guess)
                                    }
                                }
                            }
                            state.apply(follow, label: label)
                        }
                    }
                }
            }
            progress?(epoch + 1, total > 0 ? Double(correct) / Double(total) : 0)
        }
        return ParserModel(
            vocabulary: vocabulary, moves: moves.averaged(minimumWeight: options.minimumWeight),
            relations: relations.averaged(minimumWeight: options.minimumWeight))
    }

    /// The vocabulary of a training set: normalised forms seen at least `minimumFormCount` times (in order of first
    /// appearance), and `root` followed by the other relations in order of first appearance.
    static func makeVocabulary(
        _ sentences: [ParserTrainingSentence], minimumFormCount: Int, tags: TagSet = .universalTags
    ) -> ParserVocabulary {
        var counts: [String: Int] = [:]
        var firstSeen: [String] = []
        var relations = ["root"]
        var knownRelations: Set<String> = ["root"]
        for sentence in sentences {
            for word in sentence.words {
                let form = ParserVocabulary.normalise(word)
                if counts[form, default: 0] == 0 { firstSeen.append(form) }
                counts[form, default: 0] += 1
            }
            for relation in sentence.relations where knownRelations.insert(relation).inserted {
                relations.append(relation)
            }
        }
        return ParserVocabulary(
            forms: firstSeen.filter { counts[$0, default: 0] >= minimumFormCount }, relations: relations, tags: tags)
    }
}
