import Foundation

/// Finds `inquire`'s data folder.
///
/// The places, in order (the first that holds the data wins):
/// 1. `$INQUIRE_DATA`, when it is set and not empty — and then it is the only place searched, so a mistake in it
///    is reported rather than hidden by another copy of the data;
/// 2. the resource bundles beside the binary, where SwiftPM copies them (`swift run`, `swift test`):
///    `inquire_InquireKit.resources/Resources` and `inquire_DefaultCorpus.resources`;
/// 3. `../share/inquire` relative to the binary's real path (symbolic links resolved), where `scripts/install.sh`
///    puts it: the resources at its top, the default corpus in `corpus/`.
///
/// A place holds the data when its resource folder holds the marker file `inquire-data.txt`.
package enum DataLocator {
    /// The environment variable naming a data folder laid out as `share/inquire`.
    package static let environmentVariable = "INQUIRE_DATA"

    /// The file whose presence marks a folder as `inquire`'s resource folder.
    package static let markerFile = "inquire-data.txt"

    /// The places searched for a binary at `executable` (a real path) in `environment`, in order.
    package static func candidates(executable: URL, environment: [String: String]) -> [DataLocation] {
        if let named = environment[environmentVariable], !named.isEmpty {
            return [DataLocation(origin: .environment, folder: URL(fileURLWithPath: named, isDirectory: true))]
        }
        let binFolder = executable.deletingLastPathComponent()
        return [
            DataLocation(
                origin: .build,
                resources: binFolder.appendingPathComponent("inquire_InquireKit.resources/Resources"),
                corpus: binFolder.appendingPathComponent("inquire_DefaultCorpus.resources")),
            DataLocation(
                origin: .installed,
                folder: binFolder.deletingLastPathComponent().appendingPathComponent("share/inquire")),
        ]
    }

    /// The first place that holds the data, for a binary at `executable` (a real path) in `environment`.
    package static func locate(executable: URL, environment: [String: String]) throws(ResourceError) -> DataLocation {
        let places = candidates(executable: executable, environment: environment)
        guard let found = places.first(where: \.holdsData) else {
            throw .dataNotFound(looked: places.map(\.description))
        }
        return found
    }

    /// The real path of the running binary: `/proc/self/exe` on Linux (which the kernel keeps resolved), else
    /// the first argument; symbolic links resolved either way.
    package static func runningExecutable() -> URL {
        #if os(Linux)
            if let path = try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe") {
                return URL(fileURLWithPath: path).resolvingSymlinksInPath()
            }
        #endif
        let path = Bundle.main.executablePath ?? CommandLine.arguments[0]
        return URL(fileURLWithPath: path).resolvingSymlinksInPath()
    }
}
