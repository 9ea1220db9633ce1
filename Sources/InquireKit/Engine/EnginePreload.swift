import Foundation
import Synchronization

extension Engine {
    /// Starts loading, on background threads, the shared tables that answering reads — the analysis models and the
    /// package's resources (`Resources.bundled()`) — and returns at once, so a command reads its corpus (or a shell shows
    /// its prompt) meanwhile and the first answer waits only for what is left. Call it once the data folder has
    /// been checked (`ResourceBundle.checkEngineResources()`): the tables stop the process when a file is missing.
    /// Only the first call does anything.
    package static func preloadResources() {
        guard !preloading.exchange(true, ordering: .relaxed) else { return }
        Annotator.preload()
        Thread.detachNewThread { _ = try? Resources.bundled() }
    }

    /// Whether ``preloadResources()`` has run.
    private static let preloading = Atomic<Bool>(false)
}
