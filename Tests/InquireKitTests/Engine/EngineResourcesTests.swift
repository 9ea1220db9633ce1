import Foundation
import TestSupport
import Testing

@testable import InquireKit

@Suite("Engine resources: injected into the engine, errors that name the file, prebuilt tables")
struct EngineResourcesTests {
    /// The package's resource folder in the source tree.
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("../../../Sources/InquireKit/Resources").standardized

    /// The files `Engine.Resources(folder:)` reads.
    static let files = [
        "gazetteer/places.sorted.tsv", "gazetteer/demonyms.sorted.tsv", "gazetteer/names.sorted.tsv",
        "question-lexicon.tsv",
        "question-lexicon-wordnet.tsv", RelationLexicon.resourceName, NounLexicon.resourceName,
    ]

    /// A scratch copy of the resource folder, without `left` and with `replaced` files given new contents.
    static func copy(leaving left: String? = nil, replacing replaced: [String: String] = [:]) throws -> URL {
        let copy = URL(fileURLWithPath: try ScratchSpace.folder("resources"))
        try FileManager.default.createDirectory(
            at: copy.appendingPathComponent("gazetteer"), withIntermediateDirectories: true)
        for file in files where file != left {
            let target = copy.appendingPathComponent(file)
            if let text = replaced[file] {
                try Data(text.utf8).write(to: target)
            } else {
                try FileManager.default.copyItem(at: folder.appendingPathComponent(file), to: target)
            }
        }
        return copy
    }

    /// The package's gazetteer with `extra` lines added to its places.
    static func gazetteer(addingPlaces extra: String) throws -> Gazetteer {
        func bytes(_ name: String) throws -> [UInt8] {
            Array(try Data(contentsOf: folder.appendingPathComponent("gazetteer/" + name)))
        }
        return Gazetteer(
            places: try bytes("places.tsv") + Array(extra.utf8), demonyms: try bytes("demonyms.tsv"),
            names: try bytes("names.tsv"))
    }

    @Test("an engine's analysis reads its own gazetteer too: the entity tagger takes the engine's")
    func analysisReadsCustomGazetteer() throws {
        let custom = try Engine.Resources(gazetteer: Self.gazetteer(addingPlaces: "Qarvik\tcity\tZZ\t900000\n"))
        var configuration = Engine.Configuration()
        configuration.resources = custom
        let corpus = Corpus(
            name: "t", documents: [Document(id: "t", source: "t.txt", text: "The convoy reached Qarvik by night.")])
        let engine = try Engine(documents: corpus, configuration: configuration)
        let annotator = try #require(try engine.analyzer?.loadedAnnotator())
        #expect(annotator.entityTagger.gazetteer === custom.gazetteer)
        let bundled = try Engine(documents: corpus)
        let bundledAnnotator = try #require(try bundled.analyzer?.loadedAnnotator())
        #expect(bundledAnnotator.entityTagger.gazetteer === (try Engine.Resources.bundled().gazetteer))
    }

    @Test("an engine built with its own gazetteer answers from it")
    func customGazetteer() throws {
        let corpus = Corpus(
            name: "t",
            documents: [
                Document(id: "t", source: "t.txt", text: "The convoy left Morvath at dawn and reached Qarvik by night.")
            ])
        func answer(_ resources: Engine.Resources) throws -> String? {
            var configuration = Engine.Configuration()
            configuration.resources = resources
            configuration.usesAnalysis = false
            let engine = try Engine(documents: corpus, configuration: configuration)
            #expect(engine.resources === resources)
            return engine.answer("Which city did the convoy reach?").text
        }
        // Neither name is a known place: no answer is sure enough.
        #expect(try answer(.bundled()) == nil)
        // Knowing one of them as a city makes it the answer, whichever it is.
        #expect(
            try answer(Engine.Resources(gazetteer: Self.gazetteer(addingPlaces: "Qarvik\tcity\tZZ\t900000\n")))
                == "Qarvik")
        #expect(
            try answer(Engine.Resources(gazetteer: Self.gazetteer(addingPlaces: "Morvath\tcity\tZZ\t900000\n")))
                == "Morvath")
    }

    @Test("a resource folder reads as the bundled resources do")
    func readsFolder() throws {
        let resources = try Engine.Resources(folder: Self.copy())
        let bundled = try Engine.Resources.bundled()
        #expect(resources != bundled)
        #expect(resources.gazetteer.placeNameCount == bundled.gazetteer.placeNameCount)
        #expect(resources.relations.matches("lead", "leader"))
        let classifier = QuestionClassifier(resources: resources)
        #expect(classifier.classify("Which city is the largest?").answerType == .city)
    }

    @Test("a missing resource is an error naming it", arguments: files)
    func missingResource(_ file: String) throws {
        let copy = try Self.copy(leaving: file)
        let name = URL(fileURLWithPath: file).lastPathComponent
        let folder = copy.appendingPathComponent(file).deletingLastPathComponent().path
        #expect(throws: ResourceError.missing(name: name, in: folder)) { try Engine.Resources(folder: copy) }
    }

    @Test("a malformed lexicon is an error naming its file and line")
    func malformedResource() throws {
        let badQuestions = try Self.copy(replacing: [
            "question-lexicon.tsv": "# header\nhead\tcity\tLOC:city\nhead city\n"
        ])
        let questions = badQuestions.appendingPathComponent("question-lexicon.tsv").path
        #expect(throws: ResourceError.unreadable(path: questions + ":3", reason: "expected 3 tab-separated fields")) {
            try Engine.Resources(folder: badQuestions)
        }
        let badRelations = try Self.copy(replacing: [RelationLexicon.resourceName: "b\ta\na\tb\n"])
        let relations = badRelations.appendingPathComponent(RelationLexicon.resourceName).path
        #expect(
            throws: ResourceError.unreadable(path: relations + ":2", reason: "keys are not in ascending byte order")
        ) {
            try Engine.Resources(folder: badRelations)
        }
        let badNouns = try Self.copy(replacing: [NounLexicon.resourceName: "# header\nclerk person:3\n"])
        let nouns = badNouns.appendingPathComponent(NounLexicon.resourceName).path
        #expect(throws: ResourceError.unreadable(path: nouns + ":2", reason: "expected a tab after the key")) {
            try Engine.Resources(folder: badNouns)
        }
    }

    @Test(
        "each prebuilt table is what `inquire-train resources` makes of its sources",
        arguments: CompiledResource.allCases)
    func prebuiltTables(_ table: CompiledResource) throws {
        let shipped = try String(contentsOf: Self.folder.appendingPathComponent(table.fileName), encoding: .utf8)
        let made = try table.compiled(from: Self.folder)
        #expect(shipped == made, "run `swift run inquire-train resources` after editing \(table.sources)")
    }
}
