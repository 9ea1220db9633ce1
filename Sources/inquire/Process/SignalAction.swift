import Foundation

/// Installs signal handlers with `sigaction`: the one place for its platform differences, used by `Interruption`
/// (the process default) and the shell's `Signals`.
enum SignalAction {
    /// Installs `handler` for signal `number`, with an empty mask and without `SA_RESTART`, so a blocked call such
    /// as `poll` returns with `EINTR` when the signal arrives.
    static func install(_ number: Int32, _ handler: @convention(c) (Int32) -> Void) {
        var action = sigaction()
        #if os(Linux)
            action.__sigaction_handler.sa_handler = handler
        #else
            action.__sigaction_u.__sa_handler = handler
        #endif
        sigemptyset(&action.sa_mask)
        action.sa_flags = 0
        sigaction(number, &action, nil)
    }

    /// Whether signal `number` is set to be ignored, as a parent may have left it (`nohup` ignores SIGHUP, a shell
    /// ignores SIGINT for the background jobs of a script).
    static func isIgnored(_ number: Int32) -> Bool {
        var current = sigaction()
        guard sigaction(number, nil, &current) == 0 else { return false }
        #if os(Linux)
            let handler = current.__sigaction_handler.sa_handler
        #else
            let handler = current.__sigaction_u.__sa_handler
        #endif
        guard let handler else { return false }
        return unsafeBitCast(handler, to: Int.self) == unsafeBitCast(SIG_IGN, to: Int.self)
    }
}
