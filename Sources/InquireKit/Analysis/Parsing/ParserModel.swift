import Foundation

/// A trained parser: its vocabulary, the move classifier and the relation classifier, with greedy decoding.
package struct ParserModel: Sendable {
    /// Word forms and relations.
    package let vocabulary: ParserVocabulary
    /// Scores shift, left and right.
    package let moves: ParserWeights
    /// Scores the relation of a new arc.
    package let relations: ParserWeights

    /// A model from its parts.
    package init(vocabulary: ParserVocabulary, moves: ParserWeights, relations: ParserWeights) {
        self.vocabulary = vocabulary
        self.moves = moves
        self.relations = relations
    }

    /// The archive kind of parser model files.
    package static let kind = "parser"

    /// The model as a model archive.
    package var archive: ModelArchive { archive(formatVersion: ModelArchive.formatVersion) }

    /// The model as a model archive whose sections are laid out as `formatVersion` lays them out (format 1 for
    /// testing the conversion of older files).
    package func archive(formatVersion: UInt32) -> ModelArchive {
        var archive = ModelArchive(kind: Self.kind, version: formatVersion)
        archive.set("vocabulary") { writer in
            writer.append(strings: vocabulary.forms)
            writer.append(strings: vocabulary.relations)
        }
        vocabulary.tags.write(into: &archive, section: "tags")
        archive.set("moves") { moves.write(to: &$0, formatVersion: formatVersion) }
        archive.set("relations") { relations.write(to: &$0, formatVersion: formatVersion) }
        return archive
    }

    /// Reads a model from an archive.
    package init(archive: ModelArchive) throws {
        guard archive.kind == Self.kind else {
            throw ModelFileError.wrongKind(expected: Self.kind, found: archive.kind)
        }
        var reader = try archive.reader(for: "vocabulary")
        let forms = try reader.readStrings()
        let relations = try reader.readStrings()
        guard relations.first == "root", relations.count <= 64 else {
            throw ModelFileError.corrupt("parser relations must start with root and number at most 64")
        }
        vocabulary = ParserVocabulary(
            forms: forms, relations: relations, tags: try TagSet(from: archive, section: "tags"))
        var movesReader = try archive.reader(for: "moves")
        moves = try ParserWeights(from: &movesReader, formatVersion: archive.version)
        var relationsReader = try archive.reader(for: "relations")
        self.relations = try ParserWeights(from: &relationsReader, formatVersion: archive.version)
        guard moves.width == ArcHybridMove.allCases.count, self.relations.width == relations.count else {
            throw ModelFileError.corrupt("parser classifier widths do not match its moves and relations")
        }
    }

    /// Parses an encoded sentence greedily; returns each word's head (the sentence length for the root) and
    /// relation id. `workspace` carries reusable buffers.
    package func decode(_ sentence: ParserSentence, workspace: inout ParserWorkspace) -> (
        heads: [Int32], labels: [UInt8]
    ) {
        let count = sentence.count
        var state = ParseState()
        swap(&state, &workspace.state)
        defer { swap(&state, &workspace.state) }
        state.reset(count: count)
        let relationCount = relations.width
        while !state.isTerminal {
            let move = workspace.withBuffers { keys, scores in
                let used = ParserFeatures.moves(state, sentence, into: keys)
                for index in 0..<3 { scores[index] = 0 }
                moves.accumulate(keys, count: used, into: scores)
                return Self.bestValidMove(scores, state)
            }
            var label: UInt8 = 0
            if move != .shift {
                let head = state.head(for: move)
                if head != count {
                    let dependent = state.stackWord(0)
                    label = workspace.withBuffers { keys, scores in
                        let used = ParserFeatures.relation(
                            state, sentence, head: head, dependent: dependent, into: keys)
                        for index in 0..<relationCount { scores[index] = 0 }
                        relations.accumulate(keys, count: used, into: scores)
                        return UInt8(Self.bestRelation(scores, count: relationCount))
                    }
                }
            }
            state.apply(move, label: label)
        }
        return (Array(state.heads[0..<count]), Array(state.labels[0..<count]))
    }

    /// The highest-scoring valid move (shift, then left, then right on ties).
    @inline(__always) package static func bestValidMove(_ scores: UnsafeMutablePointer<Float>, _ state: ParseState)
        -> ArcHybridMove
    {
        var best: ArcHybridMove? = nil
        var bestScore = -Float.infinity
        for move in ArcHybridMove.allCases
        where state.isValid(move) && (best == nil || scores[move.rawValue] > bestScore) {
            best = move
            bestScore = scores[move.rawValue]
        }
        return best ?? .shift
    }

    /// The highest-scoring relation other than `root` (id 0), for an arc to a word.
    @inline(__always) package static func bestRelation(_ scores: UnsafeMutablePointer<Float>, count: Int) -> Int {
        var best = 1
        var index = 2
        while index < count {
            if scores[index] > scores[best] { best = index }
            index += 1
        }
        return min(best, count - 1)
    }
}

/// Reusable buffers for parsing: the state, feature keys and scores.
package struct ParserWorkspace: Sendable {
    /// The parse state.
    package var state = ParseState()
    private var keys = [UInt64](repeating: 0, count: max(ParserFeatures.moveCapacity, ParserFeatures.relationCapacity))
    private var scores = [Float](repeating: 0, count: 256)

    /// Empty buffers.
    package init() {}

    /// Runs `body` with the feature-key and score buffers.
    @inline(__always) package mutating func withBuffers<Result>(
        _ body: (UnsafeMutablePointer<UInt64>, UnsafeMutablePointer<Float>) -> Result
    ) -> Result {
        keys.withUnsafeMutableBufferPointer { keys in
            scores.withUnsafeMutableBufferPointer { scores in
                body(keys.baseAddress!, scores.baseAddress!)
            }
        }
    }
}
