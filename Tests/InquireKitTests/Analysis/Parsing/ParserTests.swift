import Foundation
import Testing

@testable import InquireKit

/// The vendored EWT sample as parser training sentences (gold tags).
private func sampleSentences() throws -> [ParserTrainingSentence] {
    let url = URL(fileURLWithPath: FixturePaths.fixture("treebank/en_ewt-ud-test-sample.conllu"))
    return try CoNLLUReader.read(contentsOf: url).map { sentence in
        let words = sentence.words
        return ParserTrainingSentence(
            words: words.map(\.form), tags: words.map { UniversalTag(label: $0.upos) ?? .x },
            heads: words.map { $0.head ?? 0 }, relations: words.map(\.deprel))
    }
}

/// Heads in the state's numbering (word indices, the sentence length for the root).
private func stateHeads(_ heads: [Int]) -> [Int32] {
    heads.map { Int32($0 == 0 ? heads.count : $0 - 1) }
}

@Suite("Arc-hybrid parser")
struct ParserTests {
    @Test("the dynamic oracle's zero-cost moves rebuild every projective gold tree of the sample")
    func oracleRebuildsGoldTrees() throws {
        let sentences = try sampleSentences()
        var checked = 0
        for sentence in sentences {
            let gold = stateHeads(sentence.heads)
            guard ArcHybridOracle.isProjective(gold) else { continue }
            checked += 1
            var state = ParseState()
            state.reset(count: gold.count)
            while !state.isTerminal {
                let move = try #require(
                    ArcHybridMove.allCases.first {
                        state.isValid($0) && ArcHybridOracle.cost(of: $0, in: state, goldHeads: gold) == 0
                    })
                state.apply(move, label: 0)
            }
            #expect(Array(state.heads[0..<gold.count]) == gold, "\(sentence.words.joined(separator: " "))")
        }
        #expect(checked >= 10)
    }

    @Test("a wrong move costs the gold arcs it makes unreachable")
    func costsCountLostArcs() {
        // "a b": b heads a, b is the root. After shifting a, right is not valid; shifting b loses a ← b.
        let gold: [Int32] = [1, 2]
        var state = ParseState()
        state.reset(count: 2)
        state.apply(.shift, label: 0)
        #expect(ArcHybridOracle.cost(of: .left, in: state, goldHeads: gold) == 0)
        #expect(ArcHybridOracle.cost(of: .shift, in: state, goldHeads: gold) == 1)
    }

    @Test("training on the sample reaches 100% UAS and LAS on it")
    func learnsTheSample() throws {
        let sentences = try sampleSentences().filter { ArcHybridOracle.isProjective(stateHeads($0.heads)) }
        var options = ParserTrainer.Options()
        options.epochs = 30
        options.minimumFormCount = 1
        options.minimumWeight = 0
        let parser = DependencyParser(model: ParserTrainer.train(sentences, options: options))
        for sentence in sentences {
            let parse = parser.parse(words: sentence.words, tagIDs: sentence.tags)
            #expect(parse.heads == sentence.heads, "\(sentence.words.joined(separator: " "))")
            #expect(parse.relations == sentence.relations, "\(sentence.words.joined(separator: " "))")
        }
    }

    @Test("a model file reads back to the same parses")
    func modelRoundTrip() throws {
        let sentences = try sampleSentences()
        var options = ParserTrainer.Options()
        options.epochs = 3
        let model = ParserTrainer.train(sentences, options: options)
        let read = try ParserModel(archive: ModelArchive(bytes: model.archive.bytes, expecting: ParserModel.kind))
        #expect(read.vocabulary == model.vocabulary)
        #expect(read.moves.features == model.moves.features)
        #expect(read.relations.features == model.relations.features)
        expectSameParses(model, read, on: sentences)
    }

    @Test("a format 1 file converts to format 2 with the same weights and parses, and converting is deterministic")
    func conversionRoundTrip() throws {
        let sentences = try sampleSentences()
        var options = ParserTrainer.Options()
        options.epochs = 3
        let model = ParserTrainer.train(sentences, options: options)
        let old = try ModelArchive(bytes: model.archive(formatVersion: 1).bytes, expecting: ParserModel.kind)
        #expect(old.version == 1)
        let converted = try ModelConversion.converted(old)
        #expect(converted.version == ModelArchive.formatVersion)
        #expect(try ModelConversion.converted(old).bytes == converted.bytes)
        #expect(converted.bytes == model.archive.bytes)
        let read = try ParserModel(archive: ModelArchive(bytes: converted.bytes, expecting: ParserModel.kind))
        #expect(read.moves.features == model.moves.features)
        #expect(read.relations.features == model.relations.features)
        expectSameParses(model, read, on: sentences)
    }

    @Test("word forms normalise to lower case with digits as 0, ASCII or not")
    func normalisesForms() {
        #expect(ParserVocabulary.normalise("Hello") == "hello")
        #expect(ParserVocabulary.normalise("A1b2-C3,") == "a0b0-c0,")
        #expect(ParserVocabulary.normalise("") == "")
        #expect(ParserVocabulary.normalise("ÉCOLE2") == "école0")
        #expect(ParserVocabulary.normalise("١٢ Ünïcode") == "00 ünïcode")
        #expect(ParserVocabulary.normalise("LONGER-THAN-FIFTEEN-BYTES-99") == "longer-than-fifteen-bytes-00")
    }

    @Test("the move table finds exactly the stored keys, whatever their home slots")
    func moveTableLookups() {
        var random = SeededGenerator(seed: 11)
        var stored: [UInt32: (Int16, Int16, Int16)] = [:]
        while stored.count < 5_000 {
            let key = UInt32(truncatingIfNeeded: random.next()) | 1
            stored[key] = (Int16(truncatingIfNeeded: random.next()) | 1, 0, -3)
        }
        let table = MoveTable(width: 3, features: stored.map { (key: $0.key, levels: $0.value) })
        #expect(
            MoveTable(
                width: 3,
                features: table.features.map { feature in
                    var levels: (Int16, Int16, Int16) = (0, 0, 0)
                    for (label, level) in feature.cells {
                        if label == 0 {
                            levels.0 = level
                        } else if label == 1 {
                            levels.1 = level
                        } else {
                            levels.2 = level
                        }
                    }
                    return (key: feature.key, levels: levels)
                }) == table)
        #expect(table.features.count == stored.count)
        var keys = Array(stored.keys.prefix(200))
        while keys.count < 400 {
            let key = UInt32(truncatingIfNeeded: random.next())
            if stored[key] == nil { keys.append(key) }
        }
        for key in keys {
            var scores: [Float] = [0, 0, 0]
            let features = [UInt64(key)]
            features.withUnsafeBufferPointer { features in
                scores.withUnsafeMutableBufferPointer { scores in
                    table.accumulate(features.baseAddress!, count: 1, scale: 1, into: scores.baseAddress!)
                }
            }
            let levels = stored[key] ?? (0, 0, 0)
            #expect(scores == [Float(levels.0), Float(levels.1), Float(levels.2)])
        }
    }

    @Test("decoding always yields a tree: one root, no cycle, every word attached")
    func decodesWellFormedTrees() throws {
        var options = ParserTrainer.Options()
        options.epochs = 2
        let parser = DependencyParser(model: ParserTrainer.train(try sampleSentences(), options: options))
        var random = SeededGenerator(seed: 7)
        let vocabulary = ["the", "dog", "runs", ",", "and", "Google", "of", "is", "nice", "."]
        for _ in 0..<300 {
            let count = Int(random.next() % 40) + 1
            let words = (0..<count).map { _ in vocabulary[Int(random.next() % UInt64(vocabulary.count))] }
            let tags = (0..<count).map { _ in UniversalTag.allCases[Int(random.next() % 17)] }
            let parse = parser.parse(words: words, tags: tags)
            try #require(parse.heads.count == count && parse.relations.count == count)
            #expect(parse.heads.filter { $0 == 0 }.count == 1)
            #expect(parse.heads.allSatisfy { (0...count).contains($0) })
            for (index, head) in parse.heads.enumerated() {
                #expect(head != index + 1)
                #expect((head == 0) == (parse.relations[index] == "root"))
            }
            // Following heads from any word reaches the root within `count` steps.
            for start in 1...count {
                var word = start
                var steps = 0
                while word != 0 && steps <= count {
                    word = parse.heads[word - 1]
                    steps += 1
                }
                #expect(word == 0)
            }
        }
    }

    @Test("an empty sentence parses to nothing")
    func emptySentence() throws {
        let parser = DependencyParser(model: ParserTrainer.train(try sampleSentences()))
        let parse = parser.parse(words: [], tags: [])
        #expect(parse.heads.isEmpty && parse.relations.isEmpty)
    }

    /// Expects `model` and `read` to parse every sentence of `sentences` alike (heads and relations).
    func expectSameParses(_ model: ParserModel, _ read: ParserModel, on sentences: [ParserTrainingSentence]) {
        let original = DependencyParser(model: model)
        let copy = DependencyParser(model: read)
        for sentence in sentences {
            let first = original.parse(words: sentence.words, tagIDs: sentence.tags)
            let second = copy.parse(words: sentence.words, tagIDs: sentence.tags)
            #expect(first.heads == second.heads && first.relations == second.relations)
        }
    }
}
