import Testing

@testable import InquireKit

@Suite("Relation lexicon: words sharing a stem keep their own synonyms")
struct RelationLexiconStemsTests {
    /// The stemmed lexicon of a made-up word list.
    static func lexicon(_ tsv: String) throws -> RelationLexicon {
        RelationLexicon(
            stemmedTable: try SortedLineTable(bytes: Array(RelationLexicon.stemmedText(ofWords: tsv).utf8)))
    }

    /// Whether the lexicon relates two words (by their stems).
    static func related(_ lexicon: RelationLexicon, _ first: String, _ second: String) -> Bool {
        lexicon.matches(SnowballStemmer.stem(first), SnowballStemmer.stem(second))
    }

    @Test("a noun sharing a verb's stem does not merge its synonyms into the verb's row")
    func unrelatedNounKeptApart() throws {
        // "tolling" (a noun: *ringing*, *chime*) stems as the verb "toll" does; the table never relates the two.
        let lexicon = try Self.lexicon("toll\tlevy charge\ntolling\tchime ringing\n")
        #expect(Self.related(lexicon, "toll", "levy"))
        #expect(!Self.related(lexicon, "toll", "chime"))
        #expect(!Self.related(lexicon, "chime", "toll"))
        #expect(!lexicon.alternatives(of: "toll").contains(SnowballStemmer.stem("ringing")))
    }

    @Test("a derived word the table relates to its stem's base word keeps its synonyms")
    func derivationMerged() throws {
        // "gathering" is related to "gather", so its synonym *assembly* states *gather* too.
        let lexicon = try Self.lexicon("gather\tcollect gathering\ngathering\tassembly gather\n")
        #expect(Self.related(lexicon, "gather", "assembly"))
        #expect(Self.related(lexicon, "gather", "collect"))
    }

    @Test("a stem of one word keeps every link")
    func singleWordStem() throws {
        let lexicon = try Self.lexicon("harbour\tport haven\n")
        #expect(Self.related(lexicon, "harbour", "port"))
        #expect(Self.related(lexicon, "haven", "harbour"))
    }

    @Test("of unrelated words sharing a stem, the shortest speaks for it")
    func shortestWord() {
        let stems = RelationLexicon.Stems(links: [("toll", "levy"), ("tolling", "chime")])
        #expect(stems.speaksForStem("toll"))
        #expect(!stems.speaksForStem("tolling"))
        #expect(stems.speaksForStem("chime"))
    }

    @Test("a word and its derivations speak for the stem before a shorter word alone")
    func largestGroup() {
        // "tolling" and "tolls" are related to each other; "toll" to neither.
        let links = [("toll", "levy"), ("tolling", "chime"), ("tolling", "tolls"), ("tolls", "peal")]
        let stems = RelationLexicon.Stems(links: links)
        #expect(stems.speaksForStem("tolling"))
        #expect(stems.speaksForStem("tolls"))
        #expect(!stems.speaksForStem("toll"))
    }
}
