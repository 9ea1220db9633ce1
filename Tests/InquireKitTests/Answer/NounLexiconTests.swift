import Foundation
import Testing

@testable import InquireKit

/// The noun lexicon: GUM-style entity mentions read from CoNLL-U (`Fixtures/entities/made-up-mentions.conllu`, made
/// up), their head nouns counted by type, the lexicon file written from the counts, and its lookups.
@Suite("Noun lexicon: entity types of common nouns from annotated mentions")
struct NounLexiconTests {
    /// The fixture's sentences.
    static func sentences() throws -> [CoNLLUSentence] {
        try CoNLLUReader.read(
            contentsOf: URL(fileURLWithPath: FixturePaths.fixture("entities/made-up-mentions.conllu")))
    }

    /// One sentence of token lines (`form<TAB>…`, ten columns each) built from (form, upos, head, misc) rows.
    static func sentence(_ rows: [(String, String, Int, String)]) -> CoNLLUSentence {
        let words = rows.enumerated().map { index, row in
            CoNLLUWord(
                id: index + 1, form: row.0, lemma: row.0.lowercased(), upos: row.1, xpos: "_", feats: "_",
                head: row.2, deprel: "dep", deps: "_", misc: row.3)
        }
        return CoNLLUSentence(lines: words.map { .word($0) }, lineNumber: 10)
    }

    @Test("mentions are read from their brackets, nested and one-word ones too, with their types")
    func mentions() throws {
        let sentences = try Self.sentences()
        let first = try EntityMentions.mentions(in: sentences[0])
        #expect(
            first == [
                EntityMention(words: 0...0, type: "person"), EntityMention(words: 0...1, type: "person"),
                EntityMention(words: 3...4, type: "person"), EntityMention(words: 6...8, type: "place"),
            ])
        let second = try EntityMentions.mentions(in: sentences[1])
        #expect(
            second == [
                EntityMention(words: 4...4, type: "place"), EntityMention(words: 3...5, type: "organization"),
                EntityMention(words: 0...5, type: "person"), EntityMention(words: 7...7, type: "person"),
            ])
    }

    @Test("a mention's head is its word whose head lies outside it")
    func heads() throws {
        let sentence = try Self.sentences()[1]
        let words = sentence.words
        let heads = try EntityMentions.mentions(in: sentence).map { EntityMentions.head(of: $0, in: words) }
        #expect(heads == [4, 5, 1, 7])
    }

    @Test("only mentions headed by a common noun are counted, under the lemma")
    func counts() throws {
        var counts = NounKindCounts()
        for sentence in try Self.sentences() { try counts.add(sentence) }
        #expect(
            counts.counts == [
                "sister": ["person": 1], "clerk": ["person": 2], "town": ["place": 2],
                "council": ["organization": 1],
            ])
    }

    @Test("bad brackets are errors naming the file and the word's line")
    func malformed() throws {
        let unopened = Self.sentence([("clerk", "NOUN", 0, "Entity=4)")])
        #expect(throws: CoNLLUError(file: "f", line: 10, message: "entity mention 4 closes but is not open")) {
            try EntityMentions.mentions(in: unopened, file: "f")
        }
        let unclosed = Self.sentence([("the", "DET", 2, "_"), ("clerk", "NOUN", 0, "Entity=(4-person-new")])
        #expect(
            throws: CoNLLUError(
                file: "f", line: 11, message: "entity mention 4 is still open at the end of the sentence")
        ) {
            try EntityMentions.mentions(in: unclosed, file: "f")
        }
        let untyped = Self.sentence([("clerk", "NOUN", 0, "Entity=(4)")])
        #expect(throws: CoNLLUError(file: "f", line: 10, message: "entity mention \"(4\" has no id and type")) {
            try EntityMentions.mentions(in: untyped, file: "f")
        }
    }

    /// A lexicon of made-up counts.
    static func lexicon(minimum: Int = 1) throws -> (NounKindCounts, NounLexicon) {
        var counts = NounKindCounts()
        let rows: [(String, String)] = [
            ("sister", "person"), ("sister", "person"), ("family", "person"), ("family", "person"),
            ("family", "organization"), ("town", "place"), ("town", "place"), ("town", "person"), ("star", "person"),
            ("star", "object"), ("star", "abstract"),
        ]
        for (noun, type) in rows {
            try counts.add(Self.sentence([(noun, "NOUN", 0, "Entity=(1-\(type)-new)")]))
        }
        return (counts, try NounLexicon(text: counts.text(minimum: minimum, header: ["made up"])))
    }

    @Test("the file lists each noun's types by count, sorted by noun, and leaves out rare nouns")
    func text() throws {
        let (counts, _) = try Self.lexicon()
        #expect(
            counts.text(minimum: 3, header: ["made up"])
                == "# made up\nfamily\tperson:2 organization:1\nstar\tabstract:1 object:1 person:1\n"
                + "town\tplace:2 person:1\n")
    }

    @Test("a noun's type needs two thirds of its mentions; people count persons and organisations together")
    func lookup() throws {
        let (_, lexicon) = try Self.lexicon()
        #expect(lexicon.count == 4)
        #expect(lexicon.kind(of: "sister")?.type == "person")
        #expect(lexicon.kind(of: "town")?.type == "place")
        #expect(lexicon.kind(of: "family")?.type == "person")
        #expect(lexicon.kind(of: "star") == nil)
        #expect(lexicon.kind(of: "comet") == nil)
        #expect(lexicon.namesPeople("sister") && lexicon.namesPeople("family"))
        #expect(!lexicon.namesPeople("town") && !lexicon.namesPeople("star") && !lexicon.namesPeople("comet"))
        #expect(NounLexicon().kind(of: "sister") == nil)
        #expect(lexicon.namesThing("widget") == false)
    }

    @Test("a noun names a thing when its type is no person, organisation or place")
    func things() throws {
        let lexicon = try NounLexicon(
            text: "document\tobject:2\nfamily\tperson:2 organization:1\nstar\tabstract:1 object:1 person:1\n"
                + "town\tplace:2 person:1\n")
        #expect(lexicon.namesThing("document"))
        #expect(!lexicon.namesThing("family") && !lexicon.namesThing("town") && !lexicon.namesThing("star"))
        #expect(!lexicon.namesThing("comet"))
    }

    @Test("agreement with held-out mentions: coverage, precision, and by type")
    func agreement() throws {
        let (_, lexicon) = try Self.lexicon()
        var held = NounKindCounts()
        for (noun, type) in [("sister", "person"), ("town", "organization"), ("comet", "object")] {
            try held.add(Self.sentence([(noun, "NOUN", 0, "Entity=(1-\(type)-new)")]))
        }
        let agreement = held.agreement(with: lexicon)
        #expect(agreement.mentions == 3 && agreement.covered == 2 && agreement.right == 1)
        #expect(agreement.byType["person"] == .init(annotated: 1, predicted: 1, right: 1))
        #expect(agreement.byType["place"] == .init(annotated: 0, predicted: 1, right: 0))
        #expect(agreement.people == .init(annotated: 2, predicted: 1, right: 1))
    }

    @Test("the shipped lexicon types common person, group and place nouns")
    func shipped() {
        let nouns = Engine.Resources.forTests.nouns
        #expect(nouns.count > 1000)
        #expect(nouns.namesPeople("sister") && nouns.namesPeople("volunteer") && nouns.namesPeople("government"))
        #expect(nouns.kind(of: "city")?.type == "place")
        #expect(!nouns.namesPeople("city") && !nouns.namesPeople("document"))
    }
}
