import Foundation

extension Engine {
    /// Starts loading, on background threads, the shared tables that answering reads — the analysis models, the
    /// gazetteer and the relation lexicon — and returns at once, so a command reads its corpus (or a shell shows
    /// its prompt) meanwhile and the first answer waits only for what is left. Call it once the data folder has
    /// been checked (`ResourceBundle.checkEngineResources()`): the tables stop the process when a file is missing.
    package static func preloadResources() {
        Annotator.preload()
        Gazetteer.preload()
        Thread.detachNewThread { _ = RelationLexicon.shared }
    }
}
