import Testing

@testable import InquireKit

/// Capitalised words that name nothing that acts or lies somewhere, on made-up hand-parsed sentences.
@Suite("Name modifiers")
struct NameModifierTests {
    /// Whether a span of `type` over the word `word` (0-based) of the hand-parsed `table` is excluded.
    func excludes(_ table: String, word: Int, as type: SpanType) -> Bool {
        let analysis = HandParsed.analysis(table)
        let range = analysis.words[word].range
        let span = TypedSpan(
            type: type, range: range, text: analysis.words[word].text, tokens: word..<(word + 1), strength: 0.5)
        return NameModifiers.excludes(span, head: word, in: analysis)
    }

    static let adjective = """
        In ADP 4 case
        the DET 4 det
        Imperial ADJ 4 amod
        household NOUN 7 obl
        , PUNCT 7 punct
        cooks NOUN 7 nsubj
        ranked VERB 0 root
        first ADV 7 advmod
        . PUNCT 7 punct
        """

    @Test("an adjective that modifies a common noun answers neither who nor where")
    func adjective() {
        #expect(excludes(Self.adjective, word: 2, as: .person))
        #expect(excludes(Self.adjective, word: 2, as: .group))
        #expect(excludes(Self.adjective, word: 2, as: .location))
    }

    @Test("a name that acts, a name as a compound before a noun and a capitalised head noun stay")
    func namesStay() {
        let acting = """
            Vanter PROPN 2 nsubj B-ORG
            hired VERB 0 root
            Kestrel PROPN 4 compound
            Trust PROPN 2 obj
            . PUNCT 2 punct
            """
        #expect(!excludes(acting, word: 0, as: .group))
        #expect(!excludes(acting, word: 2, as: .group))
        let office = """
            They PRON 2 nsubj
            moved VERB 0 root
            to ADP 6 case
            the DET 6 det
            Arden PROPN 6 compound
            office NOUN 2 obl
            . PUNCT 2 punct
            """
        #expect(!excludes(office, word: 4, as: .location))
    }

    @Test("a Roman numeral alone is no person or group; letters that spell no numeral are")
    func romanNumerals() {
        #expect(NameModifiers.isRomanNumeral("II"))
        #expect(NameModifiers.isRomanNumeral("XLIX"))
        #expect(!NameModifiers.isRomanNumeral("DVD"))
        #expect(!NameModifiers.isRomanNumeral("IIII"))
        #expect(!NameModifiers.isRomanNumeral("Ivo"))
        let grade = """
            It PRON 3 nsubj:pass
            was AUX 3 aux:pass
            listed VERB 0 root
            grade NOUN 3 xcomp
            II NUM 4 flat
            . PUNCT 3 punct
            """
        #expect(excludes(grade, word: 4, as: .group))
        #expect(!excludes(grade, word: 4, as: .location))
    }
}
