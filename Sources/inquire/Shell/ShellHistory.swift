/// The shell's history: the entries of this and earlier sessions, and the file that keeps them.
///
/// Blank lines and an entry equal to the one before it are not stored. The first failure to read or write the
/// file is reported once through `warn`; after it the shell goes on with history in memory only.
struct ShellHistory {
    /// The entries, oldest first, at most `limit`.
    private(set) var entries: [String] = []
    /// The most entries kept.
    let limit: Int
    /// The file, or nil when history is not saved (off, or after a failure).
    private var file: HistoryFile?
    /// Prints a warning (to standard error in the shell).
    private let warn: (String) -> Void

    /// Opens the history described by `settings` and loads the entries of earlier sessions.
    init(settings: HistorySettings, warn: @escaping (String) -> Void) {
        self.limit = settings.limit
        self.warn = warn
        guard let path = settings.path else { return }
        let file = HistoryFile(path: path, limit: settings.limit)
        do {
            entries = try file.load()
            self.file = file
        } catch {
            warn("history will not be saved: \(error)")
        }
    }

    /// Stores `line` unless it is blank or repeats the previous entry; returns whether it was stored.
    mutating func record(_ line: String) -> Bool {
        guard limit > 0, !line.allSatisfy(\.isWhitespace), line != entries.last else { return false }
        entries.append(line)
        if entries.count > limit { entries.removeFirst(entries.count - limit) }
        if let file {
            do {
                try file.append(line)
            } catch {
                warn("history will not be saved: \(error)")
                self.file = nil
            }
        }
        return true
    }
}
