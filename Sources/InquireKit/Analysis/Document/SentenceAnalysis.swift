/// One analysed sentence or question, the view every later stage reads (in the manner of spaCy's `Doc` and a
/// CoNLL-U sentence block): its words with byte offsets, part-of-speech tags, lemmas, a labelled dependency tree
/// and named entities. Noun phrases and tree walks are read off it (`SentenceAnalysis+Tree`, `+Phrases`).
///
/// Word indices are 0-based; `heads[i]` is the index of word `i`'s head, or -1 for the root.
package struct SentenceAnalysis: Sendable {
    /// The text that was analysed.
    package let text: String
    /// The words, with their byte ranges in `text`.
    package let words: [UDWord]
    /// The universal part-of-speech tag of each word.
    package let tags: [UniversalTag]
    /// The lemma of each word.
    package let lemmas: [String]
    /// The head of each word (0-based), or -1 for the root.
    package let heads: [Int]
    /// The Universal Dependencies relation of each word to its head, with its subtype ("nsubj:pass").
    package let relations: [String]
    /// The named entities, in text order.
    package let entities: [EntitySpan]
    /// The dependents of each word, in text order.
    package let children: [[Int]]

    /// Assembles an analysis; `heads` are 0-based with -1 for the root.
    package init(
        text: String, words: [UDWord], tags: [UniversalTag], lemmas: [String], heads: [Int], relations: [String],
        entities: [EntitySpan]
    ) {
        precondition(  // safe: one value per word: built by the annotator, never from input
            tags.count == words.count && lemmas.count == words.count && heads.count == words.count
                && relations.count == words.count, "one tag, lemma, head and relation per word")
        self.text = text
        self.words = words
        self.tags = tags
        self.lemmas = lemmas
        self.heads = heads
        self.relations = relations
        self.entities = entities
        var children = [[Int]](repeating: [], count: words.count)
        for (index, head) in heads.enumerated() where children.indices.contains(head) {
            children[head].append(index)
        }
        self.children = children
    }

    /// The number of words.
    package var count: Int { words.count }

    /// The text of word `index` as written.
    package func form(_ index: Int) -> String { words[index].text }

    /// The text of words `range` as written in `text` (with its own spacing), or "" for an empty range.
    package func text(of range: Range<Int>) -> String {
        guard !range.isEmpty else { return "" }
        let bytes = byteRange(of: range)
        let utf8 = text.utf8
        let start = utf8.index(utf8.startIndex, offsetBy: bytes.lowerBound)
        let end = utf8.index(utf8.startIndex, offsetBy: bytes.upperBound)
        return String(text[start..<end])
    }

    /// The UTF-8 byte range in `text` covered by words `range` (non-empty).
    package func byteRange(of range: Range<Int>) -> Range<Int> {
        words[range.lowerBound].range.lowerBound..<words[range.upperBound - 1].range.upperBound
    }

    /// The relation of word `index` without its subtype ("nsubj" for "nsubj:pass").
    package func baseRelation(_ index: Int) -> Substring {
        let relation = relations[index]
        return relation.firstIndex(of: ":").map { relation[..<$0] } ?? relation[...]
    }

    /// The entity that holds word `index`, if any.
    package func entity(containing index: Int) -> EntitySpan? {
        entities.first { $0.words.contains(index) }
    }
}
