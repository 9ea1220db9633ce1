import InquireKit

/// Answers one question a line from standard input, with no prompt or banner (for pipes and scripts); colon
/// commands work as in the shell (the session does both).
struct LineMode {
    let session: ShellSession

    func run() throws {
        try StandardInput.checkReadable()
        defer { session.finish() }
        while let line = readLine() {
            if !session.handle(line) { break }
        }
    }
}
