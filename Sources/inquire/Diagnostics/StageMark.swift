import Foundation
import Synchronization

/// The moment a stage of a load began (wall clock and the process's CPU time), set once from whichever thread
/// reports it first: `index build` splits its time into reading and indexing by the front door's first
/// `.indexing` report.
final class StageMark: Sendable {
    private let mark = Mutex<(wall: UInt64, cpu: Double)?>(nil)

    /// Records now, unless a moment was already recorded.
    func set() {
        let now = (DispatchTime.now().uptimeNanoseconds, Stopwatch.processCPUSeconds())
        mark.withLock { if $0 == nil { $0 = now } }
    }

    /// The recorded moment: uptime in nanoseconds and CPU seconds; nil before `set()`.
    var moment: (wall: UInt64, cpu: Double)? { mark.withLock { $0 } }
}
