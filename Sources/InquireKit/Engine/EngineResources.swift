import Foundation

extension Engine {
    /// The word knowledge an engine reads while it answers, held by the engine and handed to each stage: the
    /// gazetteer (places, demonyms, personal names), the question lexicon (the head nouns and verbs that decide a
    /// question's answer type), the relation lexicon (words that state the same relation) and the noun lexicon (the
    /// entity types common nouns name).
    ///
    /// `Engine.Configuration.resources` chooses them; nil there means ``bundled()``, the package's own, read once per
    /// process and shared by every engine. A program with its own gazetteer builds ``init(gazetteer:)`` and sets it
    /// in the configuration. Instances are immutable; two are equal when they are the same instance.
    public final class Resources: Sendable, Equatable {
        /// The gazetteer the name and place recognisers consult.
        public let gazetteer: Gazetteer
        /// The question classifier's lexicon.
        package let questions: QuestionLexicon
        /// The relation lexicon of the answer ranker.
        package let relations: RelationLexicon
        /// The entity types common nouns name (people, groups, places), learnt from GUM.
        package let nouns: NounLexicon

        /// Resources made of the given tables.
        init(gazetteer: Gazetteer, questions: QuestionLexicon, relations: RelationLexicon, nouns: NounLexicon) {
            self.gazetteer = gazetteer
            self.questions = questions
            self.relations = relations
            self.nouns = nouns
        }

        /// The package's lexicons with `gazetteer` in place of its own gazetteer.
        ///
        /// - Throws: `ResourceError` naming the bundled lexicon that is missing or unreadable.
        public convenience init(gazetteer: Gazetteer) throws(ResourceError) {
            let bundled = try Resources.bundled()
            self.init(
                gazetteer: gazetteer, questions: bundled.questions, relations: bundled.relations, nouns: bundled.nouns)
        }

        /// Reads every resource from `folder`, laid out as the package's resource folder is (the compiled tables of
        /// `gazetteer/`, `question-lexicon.tsv`, `question-lexicon-wordnet.tsv`, `relation-lexicon.stems.tsv`,
        /// `noun-kinds.tsv`).
        ///
        /// - Throws: `ResourceError` naming the first file that is missing, unreadable or malformed (with its line).
        public convenience init(folder: URL) throws(ResourceError) {
            let gazetteer = try Gazetteer(compiledIn: folder.appendingPathComponent("gazetteer"))
            let questions = try QuestionLexicon(folder: folder)
            let relations = RelationLexicon(
                stemmedTable: try ResourceBundle.table(at: folder.appendingPathComponent(RelationLexicon.resourceName)))
            let nouns = NounLexicon(
                table: try ResourceBundle.table(at: folder.appendingPathComponent(NounLexicon.resourceName)))
            self.init(gazetteer: gazetteer, questions: questions, relations: relations, nouns: nouns)
        }

        /// The package's resources, from the data folder `ResourceBundle` finds; read on first use and shared by
        /// every later call (and every engine configured without resources of its own).
        ///
        /// - Throws: the `ResourceError` of the first use again when the folder or a file is missing or malformed.
        public static func bundled() throws(ResourceError) -> Resources {
            try loaded.get()
        }

        /// The outcome of reading the package's resources, once.
        private static let loaded: Result<Resources, ResourceError> = Result { () throws(ResourceError) in
            try Resources(folder: ResourceBundle.location.get().resources)
        }

        /// Whether `lhs` and `rhs` are the same instance.
        public static func == (lhs: Resources, rhs: Resources) -> Bool { lhs === rhs }
    }
}
