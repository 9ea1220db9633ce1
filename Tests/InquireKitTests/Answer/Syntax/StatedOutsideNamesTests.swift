import Testing

@testable import InquireKit

@Suite("A word inside a name states no relation")
struct StatedOutsideNamesTests {
    static let found = SnowballStemmer.stem("foundation")

    @Test("a capitalised word inside a sentence is part of a name")
    func nameWord() {
        #expect(!StatedOutsideNames.states(Self.found, inSentence: "Grants came from the Kestrel Foundation in May."))
    }

    @Test("a lower-case word, or the first word of a sentence, states it")
    func statedWord() {
        #expect(StatedOutsideNames.states(Self.found, inSentence: "The mill's foundation was laid in 1820."))
        #expect(StatedOutsideNames.states(Self.found, inSentence: "Foundation work began in May."))
    }

    /// A made-up lexicon relating *found* and *foundation*.
    static func relations() throws -> RelationLexicon {
        let table = RelationLexicon.stemmedText(ofWords: "found\tfoundation\n")
        return RelationLexicon(stemmedTable: try SortedLineTable(bytes: Array(table.utf8)))
    }

    /// Whether `sentences` state *found* in no form, over a long text or a paragraph.
    static func unknown(_ sentences: [String], longText: Bool = true) throws -> Bool {
        let index = try SentenceIndex(termsPerSentence: sentences.map { Analyzer.terms($0) })
        return StatedOutsideNames.predicateUnknown(
            SnowballStemmer.stem("founded"), relations: try relations(), index: index, longText: longText,
            text: { sentences[$0] })
    }

    @Test("over a long text, a related word stated only in names leaves the predicate unknown")
    func relatedWordInName() throws {
        let sentences = ["Grants came from the Kestrel Foundation in May.", "The mill stood by the river."]
        #expect(try Self.unknown(sentences))
        #expect(try !Self.unknown(sentences + ["The mill's foundation was laid in 1820."]))
    }

    @Test("over a paragraph, a related word in a name still states the predicate")
    func paragraph() throws {
        #expect(try !Self.unknown(["Grants came from the Kestrel Foundation in May."], longText: false))
    }

    @Test("the predicate's own word states it even when capitalised")
    func ownWord() throws {
        #expect(try !Self.unknown(["The mill was sold on Found Day by the river."]))
    }
}
