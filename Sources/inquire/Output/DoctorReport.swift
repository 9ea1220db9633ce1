import DefaultCorpus
import Foundation
import InquireKit

/// What `inquire doctor` reports, gathered from the file system and the environment, and its text.
struct DoctorReport {
    /// The report, one `label  value` line each.
    let text: String
    /// The first thing wrong with the data, if any.
    let problem: ResourceError?

    /// The report for the binary at `executable` (a real path) in `environment`.
    static func gather(executable: URL, environment: [String: String], isTerminal: Bool) -> DoctorReport {
        var lines: [(String, String)] = [
            ("version", BuildInfo.versionLine),
            ("binary", executable.path),
        ]
        let places = DataLocator.candidates(executable: executable, environment: environment)
        let found = places.first(where: \.holdsData)
        if environment[DataLocator.environmentVariable].map(\.isEmpty) ?? true {
            lines.append(("looked in", "$\(DataLocator.environmentVariable) (not set)"))
        }
        for place in places {
            lines.append(("looked in", place.description + (place.holdsData ? ": found" : ": not there")))
        }
        var problem: ResourceError?
        if let found {
            lines.append(("data", "\(found.resources.path) (\(found.origin.rawValue))"))
            let missing = ResourceBundle.engineResources.filter {
                (try? ResourceBundle.url(of: $0, in: found)) == nil
            }
            lines.append(
                (
                    "resources",
                    missing.isEmpty
                        ? "all \(ResourceBundle.engineResources.count) present"
                        : "missing " + missing.joined(separator: ", ")
                ))
            if let first = missing.first { problem = .missing(name: first, in: found.resources.path) }
            let corpus = found.corpus.appendingPathComponent(DefaultCorpus.fileName).path
            lines.append(("corpus", corpus + (FileKind.of(corpus) == .regular ? "" : " (missing)")))
            lines.append(("models", models(in: found)))
        } else {
            lines.append(("data", "not found"))
            problem = .dataNotFound(looked: places.map(\.description))
        }
        let history = HistorySettings.resolve(environment: environment)
        lines.append(("history", history.path.map(describe(file:)) ?? "off"))
        lines.append(("rc file", rcFile(environment: environment).map(describe(file:)) ?? "no home folder"))
        lines.append(("colour", colour(isTerminal: isTerminal, environment: environment)))
        let width = lines.map(\.0.count).max() ?? 0
        let text = lines.map { $0.0.padding(toLength: width + 2, withPad: " ", startingAt: 0) + $0.1 + "\n" }
        return DoctorReport(text: text.joined(), problem: problem)
    }

    /// The rc file: `$XDG_CONFIG_HOME/inquire/inquirerc`, else `~/.config/inquire/inquirerc` (not read yet).
    static func rcFile(environment: [String: String]) -> String? {
        if let config = environment["XDG_CONFIG_HOME"], config.hasPrefix("/") { return config + "/inquire/inquirerc" }
        guard let home = environment["HOME"], !home.isEmpty else { return nil }
        return home + "/.config/inquire/inquirerc"
    }

    /// `path (exists)` or `path (not there)`.
    static func describe(file path: String) -> String {
        path + (FileKind.of(path) == nil ? " (not there)" : " (exists)")
    }

    /// Whether standard output gets colour, and why.
    static func colour(isTerminal: Bool, environment: [String: String]) -> String {
        if Style.shouldStyle(isTerminal: isTerminal, environment: environment) {
            return "yes (a terminal, TERM=\(environment["TERM"] ?? ""))"
        }
        if !isTerminal { return "no (standard output is not a terminal)" }
        if let noColor = environment["NO_COLOR"], !noColor.isEmpty { return "no (NO_COLOR is set)" }
        return "no (TERM is unset or dumb)"
    }

    /// The trained models of the data folder: every file under `models/`, with its size, or "none".
    static func models(in location: DataLocation) -> String {
        let folder = location.resources.appendingPathComponent("models")
        guard let walker = FileManager.default.enumerator(atPath: folder.path) else { return "none" }
        var files: [String] = []
        while let name = walker.nextObject() as? String {
            let path = folder.appendingPathComponent(name).path
            guard FileKind.of(path) == .regular else { continue }
            let size = (try? FileManager.default.attributesOfItem(atPath: path))?[.size] as? Int ?? 0
            files.append("models/\(name) (\(size) bytes)")
        }
        return files.isEmpty ? "none" : files.sorted().joined(separator: ", ")
    }
}
