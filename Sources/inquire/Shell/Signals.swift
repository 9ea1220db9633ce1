import Foundation
import Synchronization

/// The signals the shell handles itself: Ctrl-C (SIGINT), a resized window (SIGWINCH), a return to the foreground
/// after Ctrl-Z (SIGCONT) and a request to end (SIGTERM, SIGHUP).
///
/// The handlers only store into lock-free atomics, which is async-signal-safe; the shell reads and clears them on
/// the main thread between keystrokes and while it waits for long work. They are installed without `SA_RESTART`,
/// so a blocked `poll` returns at once with `EINTR` when one arrives.
enum Signals {
    /// Set by SIGINT, cleared by `takeInterrupt()`.
    private static let interrupt = Atomic<Bool>(false)
    /// Set by SIGWINCH, cleared by `takeResize()`.
    private static let resize = Atomic<Bool>(false)
    /// Set by SIGCONT, cleared by `takeContinue()`.
    private static let continued = Atomic<Bool>(false)
    /// The number of SIGTERM or SIGHUP once one arrived, else 0.
    private static let termination = Atomic<Int32>(0)

    /// Installs the handlers. The atomics are touched first so their lazy initialisation never runs inside a
    /// handler.
    static func install() {
        _ = interrupt.load(ordering: .relaxed)
        _ = resize.load(ordering: .relaxed)
        _ = termination.load(ordering: .relaxed)
        _ = continued.load(ordering: .relaxed)
        SignalAction.install(SIGINT) { _ in Signals.interrupt.store(true, ordering: .sequentiallyConsistent) }
        SignalAction.install(SIGWINCH) { _ in Signals.resize.store(true, ordering: .sequentiallyConsistent) }
        SignalAction.install(SIGCONT) { _ in Signals.continued.store(true, ordering: .sequentiallyConsistent) }
        SignalAction.install(SIGTERM) { number in Signals.termination.store(number, ordering: .sequentiallyConsistent) }
        SignalAction.install(SIGHUP) { number in Signals.termination.store(number, ordering: .sequentiallyConsistent) }
    }

    /// Whether Ctrl-C was pressed since the last call; clears the flag.
    static func takeInterrupt() -> Bool {
        interrupt.exchange(false, ordering: .sequentiallyConsistent)
    }

    /// Whether the window was resized since the last call; clears the flag.
    static func takeResize() -> Bool {
        resize.exchange(false, ordering: .sequentiallyConsistent)
    }

    /// Whether the shell was continued after being stopped (Ctrl-Z, then `fg`) since the last call; clears the
    /// flag.
    static func takeContinue() -> Bool {
        continued.exchange(false, ordering: .sequentiallyConsistent)
    }

    /// The signal that asked the shell to end (SIGTERM or SIGHUP), or nil.
    static var terminationSignal: Int32? {
        let number = termination.load(ordering: .sequentiallyConsistent)
        return number == 0 ? nil : number
    }
}
