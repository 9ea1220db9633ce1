import Foundation

/// A greedy arc-hybrid dependency parser with labelled arcs (Universal Dependencies relations), trained by
/// ``ParserTrainer`` and read from a model file.
package struct DependencyParser: Sendable {
    /// The trained model.
    package let model: ParserModel

    /// A parser over a model already in memory.
    package init(model: ParserModel) {
        self.model = model
    }

    /// Reads a parser model file (see ``ParserModel/archive``).
    package init(contentsOf url: URL) throws {
        model = try ParserModel(archive: ModelArchive(contentsOf: url, expecting: ParserModel.kind))
    }

    /// The tags the parser reads: the UPOS tags, or the fine tags of the tagger it was trained with.
    package var tagSet: TagSet { model.vocabulary.tags }

    /// Parses one sentence of words with their class ids in ``tagSet``. Heads follow CoNLL-U: 1-based, 0 for the
    /// root; relations are UD relations with subtypes ("nsubj", "obl:tmod"). The result is always a tree: one root,
    /// no cycles, every word attached.
    package func parse(words: [String], tagIDs: [UInt8]) -> (heads: [Int], relations: [String]) {
        var workspace = ParserWorkspace()
        return parse(words: words, tagIDs: tagIDs, workspace: &workspace)
    }

    /// Parses one sentence of words with their UPOS tags (for a parser over the UPOS tag set).
    package func parse(words: [String], tags: [UniversalTag]) -> (heads: [Int], relations: [String]) {
        parse(words: words, tagIDs: tags.map(\.rawValue))
    }

    /// ``parse(words:tagIDs:)`` reusing the buffers of `workspace` (for parsing many sentences).
    package func parse(words: [String], tagIDs: [UInt8], workspace: inout ParserWorkspace) -> (
        heads: [Int], relations: [String]
    ) {
        precondition(words.count == tagIDs.count, "one tag per word")  // safe: the annotator tags every word
        guard !words.isEmpty else { return ([], []) }
        let sentence = model.vocabulary.sentence(words: words, tagIDs: tagIDs)
        let (heads, labels) = model.decode(sentence, workspace: &workspace)
        let count = words.count
        let relationNames = model.vocabulary.relations
        return (
            heads.map { Int($0) == count ? 0 : Int($0) + 1 },
            labels.map { relationNames[Int($0)] }
        )
    }
}
