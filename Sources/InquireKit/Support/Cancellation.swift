import Synchronization

/// A flag that long work checks between its steps, so an interrupted job stops doing work nobody will use: the
/// shell cancels the question it was answering when Ctrl-C is pressed, and the engine's loops over sentences and
/// candidates stop at their next check.
public final class Cancellation: Sendable {
    private let flag = Atomic<Bool>(false)

    /// A flag not yet raised.
    public init() {}

    /// Whether the work was cancelled.
    public var isCancelled: Bool { flag.load(ordering: .relaxed) }

    /// Asks the work to stop at its next check.
    public func cancel() { flag.store(true, ordering: .relaxed) }
}
