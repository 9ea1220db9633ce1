import Synchronization

/// Analyses questions and corpus sentences with the bundled models, on demand: the models load on first use, and
/// each corpus sentence is analysed once and cached, so only the sentences questions retrieve are ever parsed.
/// Safe to share between threads.
package final class SentenceAnalyzer: Sendable {
    /// Corpus sentence index → its analysis.
    private let cache = Mutex<[Int: SentenceAnalysis]>([:])
    /// The annotator, loaded on first use.
    private let annotator: @Sendable () throws -> Annotator

    /// An analyzer using the bundled models.
    package init() { annotator = { try Annotator.bundled() } }

    /// An analyzer using the bundled models, its entity tagger reading `gazetteer` (an engine's own; the package's
    /// gazetteer leaves the bundled annotator as it is, so the usual case rebuilds nothing per sentence).
    package init(gazetteer: Gazetteer) {
        annotator = {
            let bundled = try Annotator.bundled()
            guard bundled.entityTagger.gazetteer !== gazetteer else { return bundled }
            return Annotator(
                tagger: bundled.tagger, lemmatizer: bundled.lemmatizer, parser: bundled.parser,
                entityTagger: bundled.entityTagger.reading(gazetteer))
        }
    }

    /// An analyzer using `annotator`.
    package init(annotator: Annotator) { self.annotator = { annotator } }

    /// The annotator the analyses use (loaded now if it was not yet).
    package func loadedAnnotator() throws -> Annotator { try annotator() }

    /// The analysis of a text (a question), not cached.
    package func analysis(of text: String) throws -> SentenceAnalysis {
        SentenceAnalysis(analysing: text, with: try annotator())
    }

    /// The analysis of corpus sentence `index`, whose text is `text`, analysed once.
    package func analysis(ofSentence index: Int, text: String) throws -> SentenceAnalysis {
        if let cached = cache.withLock({ $0[index] }) { return cached }
        let analysis = SentenceAnalysis(analysing: text, with: try annotator())
        cache.withLock { $0[index] = analysis }
        return analysis
    }
}
