import Dispatch
import InquireKit
import Synchronization

/// Runs work that may take long (answering over a large corpus, loading and indexing one) on a background thread
/// while the main thread watches for Ctrl-C, so the shell returns to its prompt at once when the user gives up.
enum Interruptible {
    /// The result of `work`, or nil when Ctrl-C was pressed first; the work is then told to stop through its
    /// `Cancellation` and its result, if it still arrives, is dropped. A Ctrl-C pressed since the line was entered
    /// counts (the flag is cleared only when a new line is read), so a quick Ctrl-C is never lost.
    static func run<Result: Sendable>(
        _ work: @escaping @Sendable (Cancellation) -> Result
    ) -> Result? {
        let cancellation = Cancellation()
        let slot = ResultSlot<Result>()
        let done = DispatchSemaphore(value: 0)
        DispatchQueue.global(qos: .userInitiated).async {
            let result = work(cancellation)
            slot.value.withLock { $0 = result }
            done.signal()
        }
        while done.wait(timeout: .now() + .milliseconds(20)) == .timedOut {
            if Signals.takeInterrupt() || Signals.terminationSignal != nil {
                cancellation.cancel()
                return nil
            }
        }
        return slot.value.withLock { $0 }
    }
}

/// Where the background thread leaves its result for the main thread.
private final class ResultSlot<Result: Sendable>: Sendable {
    /// The result, once the work is done.
    let value = Mutex<Result?>(nil)
}
