import Foundation
import Synchronization

extension Engine {
    /// Starts loading, on background threads, the shared tables that answering reads — the analysis models, the
    /// gazetteer and the relation lexicon — and returns at once, so a command reads its corpus (or a shell shows
    /// its prompt) meanwhile and the first answer waits only for what is left. Call it once the data folder has
    /// been checked (`ResourceBundle.checkEngineResources()`): the tables stop the process when a file is missing.
    /// Only the first call does anything.
    package static func preloadResources() {
        guard !preloading.exchange(true, ordering: .relaxed) else { return }
        Annotator.preload()
        Gazetteer.preload()
        Thread.detachNewThread { _ = RelationLexicon.shared }
    }

    /// Whether ``preloadResources()`` has run.
    private static let preloading = Atomic<Bool>(false)
}
