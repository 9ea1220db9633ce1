import Foundation

/// One place where `inquire`'s data may be: the folder of its resources (lexicons, `gazetteer/`, and later
/// `models/`) and the folder of its default corpus, with how the place was chosen.
package struct DataLocation: Sendable, Equatable, CustomStringConvertible {
    /// How a place comes to be searched.
    package enum Origin: String, Sendable, Equatable {
        /// Named by `$INQUIRE_DATA`.
        case environment
        /// The resource bundles SwiftPM copies beside a built binary (`swift run`, `swift test`).
        case build
        /// `../share/inquire` relative to the binary's real path, as `scripts/install.sh` lays it out.
        case installed
    }

    /// How the place was chosen.
    package let origin: Origin
    /// The folder holding the resources: `question-lexicon.tsv`, `gazetteer/`, `models/` …
    package let resources: URL
    /// The folder holding the default corpus.
    package let corpus: URL

    /// Creates a location from its two folders.
    package init(origin: Origin, resources: URL, corpus: URL) {
        self.origin = origin
        self.resources = resources.standardizedFileURL
        self.corpus = corpus.standardizedFileURL
    }

    /// A data folder laid out as `share/inquire`: the resources at its top, the default corpus in `corpus/`.
    package init(origin: Origin, folder: URL) {
        self.init(origin: origin, resources: folder, corpus: folder.appendingPathComponent("corpus"))
    }

    /// The place as a message names it: `$INQUIRE_DATA (/data)`, `the build (/b/inquire_InquireKit.resources/Resources)`
    /// or `/usr/local/share/inquire`.
    package var description: String {
        switch origin {
        case .environment: "$\(DataLocator.environmentVariable) (\(resources.path))"
        case .build: "the build (\(resources.path))"
        case .installed: resources.path
        }
    }

    /// Whether the place holds `inquire`'s data: its resource folder holds the marker file
    /// `DataLocator.markerFile`, which every copy of the data carries.
    package var holdsData: Bool {
        FileKind.of(resources.appendingPathComponent(DataLocator.markerFile).path) == .regular
    }
}
