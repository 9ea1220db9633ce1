import Foundation

/// The resource files made from other resource files by `inquire-train resources`, shipped so the engine reads them
/// without preparing anything at start-up. Each is a pure function of its source: a test checks that the shipped
/// file is what its source makes.
package enum CompiledResource: CaseIterable, Sendable {
    /// The relation lexicon, stemmed (`RelationLexicon.stemmedText(ofWords:)`).
    case relationLexicon

    /// The file written, relative to the resource folder.
    package var fileName: String {
        switch self {
        case .relationLexicon: RelationLexicon.resourceName
        }
    }

    /// The files it is made from, relative to the resource folder.
    package var sources: [String] {
        switch self {
        case .relationLexicon: [RelationLexicon.sourceName]
        }
    }

    /// The text of the file, made from its sources in the resource folder `folder`.
    ///
    /// - Throws: `ResourceError` when a source is missing or unreadable.
    package func compiled(from folder: URL) throws(ResourceError) -> String {
        var texts: [String] = []
        for source in sources {
            texts.append(
                String(decoding: try ResourceBundle.bytes(at: folder.appendingPathComponent(source)), as: UTF8.self))
        }
        switch self {
        case .relationLexicon: return RelationLexicon.stemmedText(ofWords: texts[0])
        }
    }
}
