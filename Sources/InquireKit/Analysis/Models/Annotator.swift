import Foundation
import Synchronization

/// The analysis models in one place: tagger → lemmatizer → parser → entity tagger, over a sentence's words.
///
/// ``bundled()`` loads the models shipped in the package's resources once, on first use, and hands every caller the
/// same value afterwards; the models are immutable, so one annotator serves any number of threads.
package struct Annotator: Sendable {
    /// The part-of-speech tagger.
    package let tagger: PartOfSpeechTagger
    /// The lemmatizer.
    package let lemmatizer: Lemmatizer
    /// The dependency parser.
    package let parser: DependencyParser
    /// The entity tagger.
    package let entityTagger: EntityTagger
    /// Whether the parser reads the tagger's classes as they are (a parser trained on them, or UPOS classes) rather
    /// than their UPOS.
    private let parserReadsClasses: Bool

    /// The file names of the models in a model folder.
    package enum FileName {
        /// The tagger and lemmatizer.
        package static let tagger = "tagger.inqm"
        /// The dependency parser.
        package static let parser = "parser.inqm"
        /// The entity tagger.
        package static let entities = "entities.inqm"
    }

    /// An annotator from models already loaded. A parser reads either UPOS or the tagger's own tag set.
    package init(
        tagger: PartOfSpeechTagger, lemmatizer: Lemmatizer, parser: DependencyParser, entityTagger: EntityTagger
    ) {
        // A parser with a tag set of its own reads the tagger's classes (``init(directory:)`` checks they are its
        // own); so does a UPOS parser when the tagger's classes are UPOS themselves (no mapping needed).
        parserReadsClasses = !parser.tagSet.isUniversal || tagger.tagSet.isUniversal
        self.tagger = tagger
        self.lemmatizer = lemmatizer
        self.parser = parser
        self.entityTagger = entityTagger
    }

    /// Loads the models from a folder holding `tagger.inqm`, `parser.inqm` and `entities.inqm`.
    ///
    /// The parser, the largest model, is decoded on a second thread while this one reads the tagger and the entity
    /// tagger and checks the parser file's checksum, so on two cores loading takes about as long as the parser.
    package init(directory: URL) throws(AnnotatorError) {
        func load<Model>(_ name: String, _ build: (URL) throws -> Model) throws(AnnotatorError) -> Model {
            let url = directory.appendingPathComponent(name)
            do { return try build(url) } catch { throw Self.failure(url, error) }
        }
        let parserURL = directory.appendingPathComponent(FileName.parser)
        let parserBytes = try load(FileName.parser) { try ModelFileBytes.read($0.path) }
        let parser = BackgroundResult { () -> Result<DependencyParser, AnnotatorError> in
            do {
                let archive = try ModelArchive(bytes: parserBytes, expecting: ParserModel.kind, verifying: false)
                return .success(DependencyParser(model: try ParserModel(archive: archive)))
            } catch {
                return .failure(Self.failure(parserURL, error))
            }
        }
        let (tagger, lemmatizer) = try load(FileName.tagger) { url in
            let archive = try ModelArchive(contentsOf: url, expecting: PartOfSpeechTagger.kind)
            return (try PartOfSpeechTagger(from: archive), try Lemmatizer(from: archive))
        }
        let entityTagger = try load(FileName.entities) { url in
            try EntityTagger(from: try ModelArchive(contentsOf: url, expecting: EntityTagger.kind))
        }
        let checksum = Result { try ModelArchive.verifyChecksum(parserBytes) }.mapError { Self.failure(parserURL, $0) }
        let parsed = try parser.value.get()
        try checksum.get()
        guard parsed.tagSet.isUniversal || parsed.tagSet == tagger.tagSet else {
            throw .unreadableModel(
                path: parserURL.path, reason: "the parser reads tags the tagger in \(FileName.tagger) does not give")
        }
        self.init(tagger: tagger, lemmatizer: lemmatizer, parser: parsed, entityTagger: entityTagger)
    }

    /// The error for a model file that could not be read.
    private static func failure(_ url: URL, _ error: any Error) -> AnnotatorError {
        if let error = error as? AnnotatorError { return error }
        if let error = error as? ModelFileError { return .unreadableModel(path: url.path, reason: error.description) }
        return .unreadableModel(path: url.path, reason: "\(error)")
    }

    private static let shared: Result<Annotator, AnnotatorError> = {
        guard let tagger = try? ResourceBundle.url(of: "models/" + FileName.tagger) else {
            return .failure(.modelsMissing)
        }
        // The entity tagger reads the package's gazetteer (an engine with its own swaps it in, see
        // `SentenceAnalyzer(gazetteer:)`): without its folder the load fails here, naming it, and a load started
        // before the data folder is checked (`preload()`) leaves the report to the check.
        guard (try? ResourceBundle.url(of: "gazetteer")) != nil else {
            return .failure(.unreadableModel(path: tagger.path, reason: "the gazetteer folder is missing"))
        }
        return Result { () throws(AnnotatorError) in try Annotator(directory: tagger.deletingLastPathComponent()) }
    }()

    /// Starts loading the shipped models on a background thread and returns at once, so that a command can read
    /// its corpus or show its prompt meanwhile; ``bundled()`` then waits only for what is left. Calling it more
    /// than once, or after the models are loaded, does no harm.
    package static func preload() {
        guard !preloading.exchange(true, ordering: .relaxed) else { return }
        Thread.detachNewThread { _ = shared }
    }

    /// Whether ``preload()`` has started its thread.
    private static let preloading = Atomic<Bool>(false)

    /// The annotator over the models shipped with InquireKit, loaded on the first call and shared afterwards.
    package static func bundled() throws -> Annotator {
        try shared.get()
    }

    /// Tags, lemmatises, parses and finds the entities of one sentence's words.
    package func annotate(_ words: [String]) -> WordAnnotations {
        guard !words.isEmpty else {
            return WordAnnotations(tags: [], lemmas: [], heads: [], relations: [], entities: [])
        }
        let forms = words.map(WordForm.init)
        return annotate(words, forms: forms, classes: tagger.tagIDs(forms: forms))
    }

    /// Lemmatises, parses and finds the entities of one sentence's words, given their forms and the tagger classes
    /// they are read with (the tagger's own, or a question's with its predicate corrected).
    package func annotate(_ words: [String], forms: [WordForm], classes: [UInt8]) -> WordAnnotations {
        let tags = tagger.universalTags(of: classes)
        let lemmas = lemmatizer.lemmas(words, tags: tags)
        let tree = parser.parse(words: words, tagIDs: parserTags(classes: classes, tags: tags))
        let entities = entityTagger.tag(forms: forms, tags: tags)
        return WordAnnotations(
            tags: tags, lemmas: lemmas, heads: tree.heads, relations: tree.relations, entities: entities)
    }
}

extension Annotator {
    /// The tag ids the parser reads for words of these tagger classes and UPOS: the classes when the parser was
    /// trained on them or they are UPOS, the UPOS otherwise.
    package func parserTags(classes: [UInt8], tags: [UniversalTag]) -> [UInt8] {
        parserReadsClasses ? classes : tags.map(\.rawValue)
    }
}

/// Why the analysis models could not be loaded.
package enum AnnotatorError: Error, Equatable, CustomStringConvertible {
    /// The package's resources hold no model folder.
    case modelsMissing
    /// A model file is missing or damaged.
    case unreadableModel(path: String, reason: String)

    /// One line saying what is wrong.
    package var description: String {
        switch self {
        case .modelsMissing: "the analysis models are missing from InquireKit's resources (Resources/models)"
        case .unreadableModel(let path, let reason): "cannot read the analysis model \(path): \(reason)"
        }
    }
}
