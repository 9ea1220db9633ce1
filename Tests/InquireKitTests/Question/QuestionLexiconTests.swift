import Testing

@testable import InquireKit

/// The lexicon file: its format, its errors, and the shipped resource.
struct QuestionLexiconTests {
    @Test func bundledLexiconLoads() throws {
        let lexicon = Engine.Resources.forTests.questions
        #expect(lexicon.nouns.count > 1_000)
        #expect(lexicon.noun(in: ["cities"], from: 0, endingAt: 0)?.entry.type == .city)
        #expect(lexicon.verb("weighs")?.type == .weight)
    }

    @Test func bundledLexiconAddsWordNetNounsButKeepsHandEntries() throws {
        let lexicon = Engine.Resources.forTests.questions
        // 7,251 nouns after the removal of the hand entries that occur in only one development question (issue 20).
        #expect(lexicon.nouns.count > 7_000)
        #expect(lexicon.noun(in: ["babysitters"], from: 0, endingAt: 0)?.entry.type == .individual)
        #expect(lexicon.noun(in: ["cupcake"], from: 0, endingAt: 0)?.entry.type == .food)
        #expect(lexicon.noun(in: ["position"], from: 0, endingAt: 0)?.entry.type == .title)
    }

    @Test func addMissingNounsNeverOverridesAnEntry() throws {
        var hand = try QuestionLexicon(tsv: "head\tstar\tHUM:ind\nverb\tfly\t-")
        let wordnet = try QuestionLexicon(
            tsv: "head\tstar\tLOC:other\nhead\tfly\tENTY:animal\nhead\tsea lion\tENTY:animal")
        hand.addMissingNouns(from: wordnet)
        #expect(hand.noun(in: ["star"], from: 0, endingAt: 0)?.entry.type == .individual)
        #expect(hand.noun(in: ["fly"], from: 0, endingAt: 0) == nil)
        #expect(hand.noun(in: ["the", "sea", "lions"], from: 0, endingAt: 2)?.key == "sea lion")
        #expect(hand.longestPhrase == 2)
    }

    @Test func parsesKindsAndPhrases() throws {
        let text = """
            # comment
            head\tcity\tLOC:city
            head\tzip code\tNUM:code
            skip\tkind\t-
            nadj\tfrench\tENTY:lang
            verb\tweigh\tNUM:weight
            wverb\tcause\tDESC:reason
            suffix\tist\tHUM:ind
            """
        let lexicon = try QuestionLexicon(tsv: text)
        let words = ["the", "zip", "codes"]
        let match = lexicon.noun(in: words, from: 0, endingAt: 2)
        #expect(match?.key == "zip code")
        #expect(match?.start == 1)
        #expect(lexicon.noun(in: ["kinds"], from: 0, endingAt: 0)?.entry.isTransparent == true)
        #expect(lexicon.noun(in: ["french"], from: 0, endingAt: 0)?.entry.isAdjectival == true)
        #expect(lexicon.verb("weighed")?.base == "weigh")
        #expect(lexicon.subjectVerb("causes") == .reason)
        #expect(lexicon.suffixType("harpist") == .individual)
        #expect(lexicon.suffixType("list") == nil)
    }

    @Test(arguments: [
        ("head\tcity", 1, "expected 3 tab-separated fields"),
        ("# ok\nhead\tcity\tLOC:town", 2, "unknown label 'LOC:town'"),
        ("noun\tcity\tLOC:city", 1, "unknown kind 'noun' (head, nadj, skip, verb, wverb or suffix)"),
        ("head\tcity\t-", 1, "a head needs a label"),
    ])
    func malformedLinesNameTheirLine(text: String, line: Int, reason: String) {
        #expect(throws: QuestionLexiconError(source: "test.tsv", line: line, reason: reason)) {
            try QuestionLexicon(tsv: text, source: "test.tsv")
        }
    }

    @Test func errorDescriptionIsOneLine() {
        let error = QuestionLexiconError(source: "a.tsv", line: 3, reason: "bad")
        #expect(error.description == "a.tsv:3: bad")
    }
}
