import Foundation
import InquireKit

/// What happens when the user interrupts `inquire` (Ctrl-C) or the session ends (SIGTERM, SIGHUP): the temporary
/// files of writes in progress are removed, so an interrupted `inquire index` leaves neither a half-written index
/// nor litter beside it, and the process then ends by the same signal, as shells and scripts expect.
///
/// The interactive shell may install its own SIGINT handling while it reads a line; this is the default for the
/// rest of the process.
enum Interruption {
    /// The signals handled.
    static let signals: [Int32] = [SIGINT, SIGTERM, SIGHUP]

    /// Installs the handler; called once at start-up. A signal the parent set to be ignored stays ignored (`nohup`
    /// ignores SIGHUP, a shell ignores SIGINT for background jobs of scripts).
    static func install() {
        AtomicFile.prepareForSignals()
        for number in signals {
            var current = sigaction()
            guard sigaction(number, nil, &current) == 0, !isIgnored(current) else { continue }
            var action = sigaction()
            #if os(Linux)
                action.__sigaction_handler.sa_handler = interrupted
            #else
                action.__sigaction_u.__sa_handler = interrupted
            #endif
            sigemptyset(&action.sa_mask)
            action.sa_flags = 0
            sigaction(number, &action, nil)
        }
    }

    /// Whether `action` ignores its signal.
    private static func isIgnored(_ action: sigaction) -> Bool {
        #if os(Linux)
            let handler = action.__sigaction_handler.sa_handler
        #else
            let handler = action.__sigaction_u.__sa_handler
        #endif
        guard let handler else { return false }
        return unsafeBitCast(handler, to: Int.self) == unsafeBitCast(SIG_IGN, to: Int.self)
    }
}

/// Removes temporary files, restores the default action and re-raises the signal (async-signal-safe calls only).
private func interrupted(_ number: Int32) {
    AtomicFile.removeTemporaryFilesAfterSignal()
    signal(number, SIG_DFL)
    raise(number)
}
