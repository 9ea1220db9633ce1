extension Annotator {
    /// Tags, lemmatises, parses and finds the entities of a document's sentences (each a list of words): the same
    /// as ``annotate(_:)`` on each, except that the entity tagger then reads the whole document
    /// (``EntityTagger/retag(document:firstPass:)``), so a name takes the kind its clearer mentions show.
    package func annotate(document: [[String]]) -> [WordAnnotations] {
        var annotations = document.map { annotate($0) }
        guard entityTagger.groups.contains(.document) else { return annotations }
        let sentences = zip(document, annotations).map { words, annotation in
            (forms: words.map(WordForm.init), tags: annotation.tags)
        }
        let entities = entityTagger.retag(document: sentences, firstPass: annotations.map(\.entities))
        for index in annotations.indices { annotations[index].entities = entities[index] }
        return annotations
    }
}
