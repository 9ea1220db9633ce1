import Foundation

/// The resource files made from other resource files by `inquire-train resources`, shipped so the engine reads them
/// without preparing anything at start-up. Each is a pure function of its source: a test checks that the shipped
/// file is what its source makes.
package enum CompiledResource: CaseIterable, Sendable {
    /// The relation lexicon, stemmed (`RelationLexicon.stemmedText(ofWords:)`).
    case relationLexicon
    /// The gazetteer's places, keyed and merged (`GazetteerTables.compiledPlaces()`).
    case gazetteerPlaces
    /// The gazetteer's demonyms, keyed (`GazetteerTables.compiledDemonyms()`).
    case gazetteerDemonyms
    /// The gazetteer's names, keyed and merged (`GazetteerTables.compiledNames()`).
    case gazetteerNames

    /// The file written, relative to the resource folder.
    package var fileName: String {
        switch self {
        case .relationLexicon: RelationLexicon.resourceName
        case .gazetteerPlaces: "gazetteer/" + GazetteerTables.compiledNames.places
        case .gazetteerDemonyms: "gazetteer/" + GazetteerTables.compiledNames.demonyms
        case .gazetteerNames: "gazetteer/" + GazetteerTables.compiledNames.names
        }
    }

    /// The files it is made from, relative to the resource folder.
    package var sources: [String] {
        switch self {
        case .relationLexicon: [RelationLexicon.sourceName]
        case .gazetteerPlaces: ["gazetteer/places.tsv"]
        case .gazetteerDemonyms: ["gazetteer/demonyms.tsv"]
        case .gazetteerNames: ["gazetteer/names.tsv"]
        }
    }

    /// The text of the file, made from its sources in the resource folder `folder`.
    ///
    /// - Throws: `ResourceError` when a source is missing or unreadable.
    package func compiled(from folder: URL) throws(ResourceError) -> String {
        let source = try ResourceBundle.bytes(at: folder.appendingPathComponent(sources[0]))
        var tables = GazetteerTables()
        switch self {
        case .relationLexicon:
            return RelationLexicon.stemmedText(ofWords: String(decoding: source, as: UTF8.self))
        case .gazetteerPlaces:
            source.withUnsafeBufferPointer { tables.addPlaces(tsv: $0) }
            return tables.compiledPlaces()
        case .gazetteerDemonyms:
            source.withUnsafeBufferPointer { tables.addDemonyms(tsv: $0) }
            return tables.compiledDemonyms()
        case .gazetteerNames:
            source.withUnsafeBufferPointer { tables.addNames(tsv: $0) }
            return tables.compiledNames()
        }
    }
}
