/// Analysing raw text with the trained models.
extension SentenceAnalysis {
    /// The most words of one sentence that are tagged, parsed and searched for entities; the words past it are
    /// left out of the analysis (a sentence that long is a run-on paragraph, and the parser is linear in it).
    package static let wordLimit = 250

    /// Tokenises `text` as UD English does and annotates its words with `annotator` (at most `wordLimit` words).
    package init(analysing text: String, with annotator: Annotator) {
        var words = UDTokenizer.words(in: text)
        if words.count > Self.wordLimit { words.removeLast(words.count - Self.wordLimit) }
        guard !words.isEmpty else {
            self.init(text: text, words: [], tags: [], lemmas: [], heads: [], relations: [], entities: [])
            return
        }
        let annotations = annotator.annotate(words.map(\.text))
        self.init(
            text: text, words: words, tags: annotations.tags, lemmas: annotations.lemmas,
            heads: annotations.heads.map { $0 - 1 }, relations: annotations.relations,
            entities: EntitySpan.spans(of: annotations.entities))
    }
}
