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
        PendingTemporaryFiles.install()
        for number in signals where !SignalAction.isIgnored(number) {
            SignalAction.install(number, interrupted)
        }
    }
}

/// Removes temporary files, restores the default action and re-raises the signal (async-signal-safe calls only).
private func interrupted(_ number: Int32) {
    PendingTemporaryFiles.removeAll()
    signal(number, SIG_DFL)
    raise(number)
}
