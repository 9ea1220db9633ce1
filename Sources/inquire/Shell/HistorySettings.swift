import Foundation

/// Where the shell keeps its history file and how many entries it keeps, from the environment:
/// `$INQUIRE_HISTORY` if set, else `$XDG_STATE_HOME/inquire/history`, else `~/.local/state/inquire/history`;
/// at most `$INQUIRE_HISTORY_SIZE` entries (default 1,000; 0 turns history off).
struct HistorySettings: Equatable {
    /// The history file, or nil when history is off (a size of 0, or no home folder to keep it in).
    let path: String?
    /// The most entries kept, in memory and in the file.
    let limit: Int

    /// The number of entries kept when `$INQUIRE_HISTORY_SIZE` is unset or not a number.
    static let defaultLimit = 1000

    /// The settings for `environment` (the process environment in the shell, a made-up one in tests).
    static func resolve(environment: [String: String]) -> HistorySettings {
        var limit = defaultLimit
        if let text = environment["INQUIRE_HISTORY_SIZE"]?.trimmingCharacters(in: .whitespaces),
            let number = Int(text), number >= 0
        {
            limit = number
        }
        guard limit > 0 else { return HistorySettings(path: nil, limit: 0) }
        let home = environment["HOME"].flatMap { $0.isEmpty ? nil : $0 } ?? passwordHome()
        if let explicit = environment["INQUIRE_HISTORY"], !explicit.isEmpty {
            if explicit == "~" || explicit.hasPrefix("~/"), let home {
                return HistorySettings(path: home + explicit.dropFirst(), limit: limit)
            }
            return HistorySettings(path: explicit, limit: limit)
        }
        // The XDG base-directory specification says relative paths in XDG_* variables are to be ignored.
        if let state = environment["XDG_STATE_HOME"], state.hasPrefix("/") {
            return HistorySettings(path: state + "/inquire/history", limit: limit)
        }
        guard let home else { return HistorySettings(path: nil, limit: limit) }
        return HistorySettings(path: home + "/.local/state/inquire/history", limit: limit)
    }

    /// The home folder from the password database, for when `$HOME` is unset.
    private static func passwordHome() -> String? {
        guard let entry = getpwuid(getuid()), let directory = entry.pointee.pw_dir else { return nil }
        let home = String(cString: directory)
        return home.isEmpty ? nil : home
    }
}
