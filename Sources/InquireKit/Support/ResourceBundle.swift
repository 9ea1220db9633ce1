import Foundation

/// `inquire`'s resources — lexicons, gazetteer tables, the default corpus and, later, trained models — found in
/// the data folder `DataLocator` picks (beside the build, `../share/inquire` beside an installed binary, or
/// `$INQUIRE_DATA`).
///
/// Resources are named by their path relative to the resource folder, the same in the source tree
/// (`Sources/InquireKit/Resources/`), the build and an installation: `url(of: "question-lexicon.tsv")`,
/// `url(of: "gazetteer")`, `url(of: "models/tagger.bin")`. A missing resource is an error naming it, never an
/// empty table: the command line calls `checkEngineResources()` before it answers anything, so a broken
/// installation is one line on standard error.
package enum ResourceBundle {
    /// The data folder of this process, or why there is none; searched once, on first use.
    package static let location: Result<DataLocation, ResourceError> = Result { () throws(ResourceError) in
        try DataLocator.locate(
            executable: DataLocator.runningExecutable(), environment: ProcessInfo.processInfo.environment)
    }

    /// The resources the engine reads; `checkEngineResources()` makes sure each is there.
    package static let engineResources = [
        "question-lexicon.tsv", "question-lexicon-wordnet.tsv", "relation-lexicon.stems.tsv",
        "gazetteer/places.sorted.tsv", "gazetteer/demonyms.sorted.tsv", "gazetteer/names.sorted.tsv",
        "models/tagger.inqm", "models/parser.inqm",
        "models/entities.inqm",
    ]

    /// The location of the resource `name`, a file or a folder given by its path relative to the resource folder
    /// (such as "gazetteer" or "models/tagger.bin").
    ///
    /// - Throws: `ResourceError.dataNotFound` when no data folder was found, `.missing` when it lacks `name`.
    package static func url(of name: String) throws(ResourceError) -> URL {
        try url(of: name, in: location.get())
    }

    /// The location of the resource `name` in the data folder `location` (see `url(of:)`).
    package static func url(of name: String, in location: DataLocation) throws(ResourceError) -> URL {
        let url = location.resources.appendingPathComponent(name)
        guard FileKind.of(url.path) != nil else {
            throw .missing(name: name, in: location.resources.path)
        }
        return url
    }

    /// The UTF-8 text of the resource file `name` (see `url(of:)`).
    ///
    /// - Throws: `ResourceError` when it is missing, unreadable or not UTF-8.
    package static func text(of name: String) throws(ResourceError) -> String {
        let url = try url(of: name)
        guard let data = FileManager.default.contents(atPath: url.path) else {
            throw .unreadable(path: url.path, reason: "cannot be read")
        }
        guard let text = String(data: data, encoding: .utf8) else {
            throw .unreadable(path: url.path, reason: "not UTF-8 text")
        }
        return text
    }

    /// The default corpus file `name` of the data folder.
    ///
    /// - Throws: `ResourceError` when no data folder was found or it lacks the file.
    package static func defaultCorpus(named name: String) throws(ResourceError) -> URL {
        let location = try location.get()
        let url = location.corpus.appendingPathComponent(name)
        guard FileKind.of(url.path) == .regular else { throw .missing(name: name, in: location.corpus.path) }
        return url
    }

    /// Checks that the data folder was found and holds every file of `engineResources`, readable, and that the
    /// lexicons and the gazetteer read (`Engine.Resources.bundled()`).
    ///
    /// - Throws: the first `ResourceError` met.
    package static func checkEngineResources() throws(ResourceError) {
        let location = try location.get()
        for name in engineResources {
            let url = try url(of: name, in: location)
            guard access(url.path, R_OK) == 0 else { throw .unreadable(path: url.path, reason: "permission denied") }
        }
        _ = try Engine.Resources.bundled()
    }

    /// The bytes of the resource file at `url`.
    ///
    /// - Throws: `ResourceError.missing` when there is no file, `.unreadable` when it cannot be read.
    static func bytes(at url: URL) throws(ResourceError) -> [UInt8] {
        guard FileKind.of(url.path) == .regular else {
            throw .missing(name: url.lastPathComponent, in: url.deletingLastPathComponent().path)
        }
        guard let data = FileManager.default.contents(atPath: url.path) else {
            throw .unreadable(path: url.path, reason: "cannot be read")
        }
        return [UInt8](data)
    }

    /// The sorted table in the resource file at `url` (see `SortedLineTable`).
    ///
    /// - Throws: `ResourceError` when the file is missing or unreadable, or is no sorted table (with the line).
    static func table(at url: URL) throws(ResourceError) -> SortedLineTable {
        do {
            return try SortedLineTable(bytes: bytes(at: url))
        } catch let malformed as SortedLineTable.Malformed {
            throw .unreadable(path: "\(url.path):\(malformed.line)", reason: malformed.reason)
        } catch let error as ResourceError {
            throw error
        } catch {
            throw .unreadable(path: url.path, reason: "\(error)")
        }
    }

    /// The value of a resource that was loaded, or the end of the process with the error's message.
    static func required<Value, Failure: Error>(_ result: Result<Value, Failure>) -> Value {
        switch result {
        case .success(let value): return value
        // Reached only by a library caller that skipped `checkEngineResources()`, or when a file vanishes between
        // that check and the first use; the command line checks first and reports one line.
        case .failure(let error): fatalError("\(error)")  // safe: checked first by the command line
        }
    }
}
