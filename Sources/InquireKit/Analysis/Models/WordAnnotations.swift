/// What the ``Annotator`` predicts for each word of a sentence: one entry per word in every array.
package struct WordAnnotations: Sendable, Equatable {
    /// The UPOS tags.
    package var tags: [UniversalTag]
    /// The lemmas.
    package var lemmas: [String]
    /// The heads in the CoNLL-U convention: 1-based head index, 0 for the root.
    package var heads: [Int]
    /// The UD relations to the heads, with subtypes ("nsubj", "nsubj:pass", "obl:agent", "compound:prt").
    package var relations: [String]
    /// The BIO entity tags.
    package var entities: [EntityTag]

    /// Annotations from their parts (all the same length).
    package init(
        tags: [UniversalTag], lemmas: [String], heads: [Int], relations: [String], entities: [EntityTag]
    ) {
        self.tags = tags
        self.lemmas = lemmas
        self.heads = heads
        self.relations = relations
        self.entities = entities
    }
}
