import Foundation

/// Shows output taller than the terminal through a pager, as psql does: `$PAGER`, else `less -FRX` when `less` is
/// on the `PATH`. Used only when standard output is a terminal.
struct Pager {
    /// The shell command run with the text on its standard input.
    let command: String

    /// The pager for `environment`, or nil when there is none (`PAGER` set empty, or no `less`).
    static func resolve(environment: [String: String]) -> Pager? {
        if let pager = environment["PAGER"] {
            return pager.trimmingCharacters(in: .whitespaces).isEmpty ? nil : Pager(command: pager)
        }
        let path = environment["PATH"] ?? "/usr/bin:/bin"
        for folder in path.split(separator: ":") where access("\(folder)/less", X_OK) == 0 {
            return Pager(command: "less -FRX")
        }
        return nil
    }

    /// Whether `text` needs paging on a terminal of `rows` rows (lines are counted, not wrapped).
    static func isTaller(_ text: String, than rows: Int) -> Bool {
        rows > 0 && text.utf8.count { $0 == 0x0A } >= rows
    }

    /// Runs the pager on `text` and waits for it; false when it could not be started (the caller prints the text).
    func show(_ text: String) -> Bool {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/sh")
        process.arguments = ["-c", command]
        let input = Pipe()
        process.standardInput = input
        do {
            try process.run()
        } catch {
            return false
        }
        // The user may leave the pager before reading everything: the write then fails (SIGPIPE is ignored).
        try? input.fileHandleForWriting.write(contentsOf: Data(text.utf8))
        try? input.fileHandleForWriting.close()
        process.waitUntilExit()
        return true
    }
}
