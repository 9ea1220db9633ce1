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

    /// A made-up lexicon relating *sponsor* and *patron*.
    static func relations() throws -> RelationLexicon {
        let table = RelationLexicon.stemmedText(ofWords: "sponsor\tpatron\n")
        return RelationLexicon(stemmedTable: try SortedLineTable(bytes: Array(table.utf8)))
    }

    /// Whether `sentences` state *sponsor* in no form, over a long text or a paragraph.
    static func unknown(_ sentences: [String], longText: Bool = true) throws -> Bool {
        let index = try SentenceIndex(termsPerSentence: sentences.map { Analyzer.terms($0) })
        return StatedOutsideNames.predicateUnknown(
            SnowballStemmer.stem("sponsored"), relations: try relations(), index: index, longText: longText,
            text: { sentences[$0] })
    }

    @Test("over a long text, a related word stated only in names leaves the predicate unknown")
    func relatedWordInName() throws {
        let sentences = ["Grants came from the Kestrel Patron Society in May.", "The mill stood by the river."]
        #expect(try Self.unknown(sentences))
        #expect(try !Self.unknown(sentences + ["The mill's patron was a baker."]))
    }

    @Test("over a paragraph, a related word in a name still states the predicate")
    func paragraph() throws {
        #expect(try !Self.unknown(["Grants came from the Kestrel Patron Society in May."], longText: false))
    }

    @Test("the predicate's own word states it even when capitalised")
    func ownWord() throws {
        #expect(try !Self.unknown(["The mill was sold on Sponsor Day by the river."]))
    }
}

@Suite("A related word tagged as a name is no occurrence of the predicate")
struct NamedPredicateOccurrenceTests {
    @Test("'Patron' in a name does not state 'sponsor'; the noun 'patron' and the verb do")
    func foundationInName() throws {
        let relations = try StatedOutsideNamesTests.relations()
        let named = HandParsed.analysis(
            """
            Grants NOUN 2 nsubj
            came/come VERB 0 root
            from ADP 6 case
            the DET 6 det
            Kestrel PROPN 6 compound
            Patron/patron PROPN 2 obl
            . PUNCT 2 punct
            """)
        #expect(FrameAlignment.predicateOccurrences(of: "sponsor", in: named, relations: relations).isEmpty)
        let common = HandParsed.analysis(
            """
            The DET 2 det
            patron NOUN 4 nsubj:pass
            was/be AUX 4 aux:pass
            named/name VERB 0 root
            . PUNCT 4 punct
            """)
        #expect(FrameAlignment.predicateOccurrences(of: "sponsor", in: common, relations: relations) == [1])
        let verb = HandParsed.analysis(
            """
            Ro PROPN 2 nsubj
            Sponsored/sponsor PROPN 0 root
            it PRON 2 obj
            . PUNCT 2 punct
            """)
        #expect(FrameAlignment.predicateOccurrences(of: "sponsor", in: verb, relations: relations) == [1])
    }
}
