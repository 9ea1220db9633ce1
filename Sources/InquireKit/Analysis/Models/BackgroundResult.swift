import Foundation
import Synchronization

/// A value computed on a thread of its own, started at once; ``value`` waits for it.
final class BackgroundResult<Value: Sendable>: Sendable {
    private let result = Mutex<Value?>(nil)
    private let done = DispatchSemaphore(value: 0)

    /// Starts computing `work` on a new thread.
    init(_ work: @escaping @Sendable () -> Value) {
        Thread.detachNewThread { [self] in
            let value = work()
            result.withLock { $0 = value }
            done.signal()
        }
    }

    /// The value, once computed (blocks the caller until then).
    var value: Value {
        done.wait()
        defer { done.signal() }
        return result.withLock { $0! }  // safe: set before the semaphore is signalled
    }
}
