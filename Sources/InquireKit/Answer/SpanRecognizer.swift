/// Finds typed spans in a sentence by rules, with no statistical model: people, groups and places from
/// capitalised chunks and their cues, quantities with the number reader, and dates.
package struct SpanRecognizer: Sendable {
    /// What the name recognisers ask of the gazetteer.
    let names: NameKnowledge

    /// A recogniser consulting the package's gazetteer (`Engine.Resources.bundled()`).
    ///
    /// - Throws: `ResourceError` when the package's resources cannot be read.
    package init() throws(ResourceError) {
        self.init(gazetteer: try Engine.Resources.bundled().gazetteer)
    }

    /// A recogniser consulting `gazetteer` for names, places and demonyms.
    package init(gazetteer: Gazetteer) {
        names = NameKnowledge(gazetteer: gazetteer)
    }

    /// The typed spans of `sentence`, in text order (a stretch of text may carry several types).
    package func spans(in sentence: String) -> [TypedSpan] {
        spans(in: SentenceView(sentence))
    }

    /// The typed spans of an already tokenized sentence.
    func spans(in view: SentenceView) -> [TypedSpan] {
        var spans: [TypedSpan] = []
        let chunks = NameChunker.chunks(view, names: names)
        let typings = chunks.map { NameTyping($0, in: view, names: names) }
        PersonRecognizer.spans(view, chunks: chunks, typings: typings, into: &spans)
        GroupRecognizer.spans(view, chunks: chunks, typings: typings, names: names, into: &spans)
        LocationRecognizer.spans(view, chunks: chunks, typings: typings, names: names, into: &spans)
        NumberRecognizer.spans(view, into: &spans)
        DateRecognizer.spans(view, into: &spans)
        return spans.sorted {
            $0.range.lowerBound != $1.range.lowerBound
                ? $0.range.lowerBound < $1.range.lowerBound : $0.strength > $1.strength
        }
    }
}
