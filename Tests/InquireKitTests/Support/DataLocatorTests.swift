import Foundation
import TestSupport
import Testing

@testable import InquireKit

@Suite("DataLocator: where inquire's data is searched for, in order")
struct DataLocatorTests {
    /// A scratch folder laid out as an installation and a build: `prefix/bin/inquire`,
    /// `prefix/share/inquire/` (the installed data) and `build/debug/inquire` with its two resource bundles.
    struct Layout {
        let root: URL
        var installedBinary: URL { root.appendingPathComponent("prefix/bin/inquire") }
        var installedData: URL { root.appendingPathComponent("prefix/share/inquire") }
        var buildBinary: URL { root.appendingPathComponent("build/debug/inquire") }
        var buildResources: URL { root.appendingPathComponent("build/debug/inquire_InquireKit.resources/Resources") }
        var buildCorpus: URL { root.appendingPathComponent("build/debug/inquire_DefaultCorpus.resources") }

        init() throws {
            root = URL(fileURLWithPath: try ScratchSpace.folder("data-layout"))
            for folder in [installedBinary.deletingLastPathComponent(), buildBinary.deletingLastPathComponent()] {
                try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            }
        }

        /// Makes `folder` a data folder: creates it with the marker file.
        func markData(_ folder: URL) throws {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            try Data("marker\n".utf8).write(to: folder.appendingPathComponent(DataLocator.markerFile))
        }
    }

    @Test("the build's bundles come first, then ../share/inquire beside the binary")
    func order() throws {
        let layout = try Layout()
        let places = DataLocator.candidates(executable: layout.buildBinary, environment: [:])
        #expect(places.map(\.origin) == [.build, .installed])
        #expect(places[0].resources == layout.buildResources)
        #expect(places[0].corpus == layout.buildCorpus)
        #expect(places[1].resources.path == layout.root.appendingPathComponent("build/share/inquire").path)
    }

    @Test("an installed binary finds ../share/inquire, with the default corpus in its corpus folder")
    func installed() throws {
        let layout = try Layout()
        try layout.markData(layout.installedData)
        let found = try DataLocator.locate(executable: layout.installedBinary, environment: [:])
        #expect(found.origin == .installed)
        #expect(found.resources == layout.installedData)
        #expect(found.corpus == layout.installedData.appendingPathComponent("corpus"))
    }

    @Test("a built binary finds the bundles beside it")
    func build() throws {
        let layout = try Layout()
        try layout.markData(layout.buildResources)
        let found = try DataLocator.locate(executable: layout.buildBinary, environment: [:])
        #expect(found.origin == .build)
        #expect(found.resources == layout.buildResources)
    }

    @Test("$INQUIRE_DATA wins over the bundles beside the binary")
    func environmentWins() throws {
        let layout = try Layout()
        try layout.markData(layout.buildResources)
        let named = layout.root.appendingPathComponent("elsewhere")
        try layout.markData(named)
        let found = try DataLocator.locate(executable: layout.buildBinary, environment: ["INQUIRE_DATA": named.path])
        #expect(found.origin == .environment)
        #expect(found.resources.path == named.path)
    }

    @Test("$INQUIRE_DATA naming a folder without the data is an error naming only that folder")
    func environmentIsTheOnlyPlace() throws {
        let layout = try Layout()
        try layout.markData(layout.buildResources)
        let empty = try ScratchSpace.folder("empty")
        #expect(throws: ResourceError.dataNotFound(looked: ["$INQUIRE_DATA (\(empty))"])) {
            try DataLocator.locate(executable: layout.buildBinary, environment: ["INQUIRE_DATA": empty])
        }
    }

    @Test("an empty $INQUIRE_DATA counts as unset")
    func emptyEnvironment() throws {
        let layout = try Layout()
        try layout.markData(layout.installedData)
        let found = try DataLocator.locate(executable: layout.installedBinary, environment: ["INQUIRE_DATA": ""])
        #expect(found.origin == .installed)
    }

    @Test("a folder without the marker file is not a data folder; the error lists every place searched")
    func nothingFound() throws {
        let layout = try Layout()
        try FileManager.default.createDirectory(at: layout.installedData, withIntermediateDirectories: true)
        #expect(throws: ResourceError.self) {
            try DataLocator.locate(executable: layout.installedBinary, environment: [:])
        }
        do {
            _ = try DataLocator.locate(executable: layout.installedBinary, environment: [:])
        } catch {
            let message = error.description
            #expect(message.contains("prefix/bin/inquire_InquireKit.resources/Resources"))
            #expect(message.contains(layout.installedData.path))
            #expect(!message.contains("\n"))
        }
    }

    @Test("a resource is named by its path in the data folder; a missing one is an error naming it")
    func resourceURL() throws {
        let layout = try Layout()
        try layout.markData(layout.installedData)
        let models = layout.installedData.appendingPathComponent("models")
        try FileManager.default.createDirectory(at: models, withIntermediateDirectories: true)
        try Data([1, 2, 3]).write(to: models.appendingPathComponent("tagger.bin"))
        let location = try DataLocator.locate(executable: layout.installedBinary, environment: [:])
        let tagger = try ResourceBundle.url(of: "models/tagger.bin", in: location)
        #expect(tagger.path == models.appendingPathComponent("tagger.bin").path)
        #expect(try ResourceBundle.url(of: "models", in: location).path == models.path)
        #expect(throws: ResourceError.missing(name: "models/parser.bin", in: layout.installedData.path)) {
            try ResourceBundle.url(of: "models/parser.bin", in: location)
        }
    }

    @Test("the test process finds the build's data, and it holds every resource the engine reads")
    func thisBuild() throws {
        let location = try ResourceBundle.location.get()
        #expect(location.origin == .build)
        try ResourceBundle.checkEngineResources()
        #expect(FileKind.of(try ResourceBundle.defaultCorpus(named: "pakistan-iran-airstrikes.txt").path) == .regular)
    }
}
