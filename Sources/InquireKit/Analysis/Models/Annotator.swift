import Foundation

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

    /// The file names of the models in a model folder.
    package enum FileName {
        /// The tagger and lemmatizer.
        package static let tagger = "tagger.inqm"
        /// The dependency parser.
        package static let parser = "parser.inqm"
        /// The entity tagger.
        package static let entities = "entities.inqm"
    }

    /// An annotator from models already loaded.
    package init(
        tagger: PartOfSpeechTagger, lemmatizer: Lemmatizer, parser: DependencyParser, entityTagger: EntityTagger
    ) {
        self.tagger = tagger
        self.lemmatizer = lemmatizer
        self.parser = parser
        self.entityTagger = entityTagger
    }

    /// Loads the models from a folder holding `tagger.inqm`, `parser.inqm` and `entities.inqm`.
    package init(directory: URL) throws {
        func load(_ name: String, _ kind: String) throws -> ModelArchive {
            let url = directory.appendingPathComponent(name)
            do {
                return try ModelArchive(contentsOf: url, expecting: kind)
            } catch let error as ModelFileError {
                throw AnnotatorError.unreadableModel(path: url.path, reason: error.description)
            } catch {
                throw AnnotatorError.unreadableModel(path: url.path, reason: error.localizedDescription)
            }
        }
        let taggerArchive = try load(FileName.tagger, PartOfSpeechTagger.kind)
        let parserArchive = try load(FileName.parser, ParserModel.kind)
        let entityArchive = try load(FileName.entities, EntityTagger.kind)
        do {
            self.init(
                tagger: try PartOfSpeechTagger(from: taggerArchive), lemmatizer: try Lemmatizer(from: taggerArchive),
                parser: DependencyParser(model: try ParserModel(archive: parserArchive)),
                entityTagger: try EntityTagger(from: entityArchive))
        } catch {
            throw AnnotatorError.unreadableModel(path: directory.path, reason: "\(error)")
        }
    }

    private static let shared: Result<Annotator, AnnotatorError> = {
        guard let tagger = try? ResourceBundle.url(of: "models/" + FileName.tagger) else {
            return .failure(.modelsMissing)
        }
        let directory = tagger.deletingLastPathComponent()
        do {
            return .success(try Annotator(directory: directory))
        } catch let error as AnnotatorError {
            return .failure(error)
        } catch {
            return .failure(.unreadableModel(path: directory.path, reason: "\(error)"))
        }
    }()

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
        let tags = tagger.tag(forms: forms)
        let lemmas = lemmatizer.lemmas(words, tags: tags)
        let tree = parser.parse(words: words, tags: tags)
        let entities = entityTagger.tag(forms: forms, tags: tags)
        return WordAnnotations(
            tags: tags, lemmas: lemmas, heads: tree.heads, relations: tree.relations, entities: entities)
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
