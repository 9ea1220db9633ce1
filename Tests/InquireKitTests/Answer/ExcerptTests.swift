import Testing

@testable import InquireKit

@Suite("Excerpts of long sentences")
struct ExcerptTests {
    /// Words of varying length, some of them multi-byte, on one line without sentence punctuation.
    static func words(_ count: Int) -> String {
        (0..<count).map { $0 % 7 == 0 ? "café\($0)" : $0 % 5 == 0 ? "東京" : "word\($0)" }.joined(separator: " ")
    }

    @Test("text within the limit comes back unchanged, with its range")
    func shortText() {
        let text = "Four children were killed."
        let cut = Excerpt.cut(text, around: 0..<4, limit: 100)
        #expect(cut.text == text)
        #expect(cut.range == 0..<4)
    }

    @Test("a long text is cut around the focus, marked with ellipses, and the range still names the focus")
    func aroundFocus() throws {
        let before = Self.words(3_000)
        let answer = "ANSWER SPAN"
        let text = before + " " + answer + " " + Self.words(3_000)
        let start = before.utf8.count + 1
        let focus = start..<(start + answer.utf8.count)
        let cut = Excerpt.cut(text, around: focus, limit: 300)
        #expect(cut.text.hasPrefix("… "))
        #expect(cut.text.hasSuffix(" …"))
        #expect(cut.text.utf8.count <= 300 + 8)
        let range = try #require(cut.range)
        #expect(String(decoding: Array(cut.text.utf8)[range], as: UTF8.self) == answer)
        // Cuts fall on spaces: the excerpt's first and last words are whole words of the text.
        let inner = cut.text.dropFirst(2).dropLast(2)
        for word in [inner.split(separator: " ").first, inner.split(separator: " ").last] {
            #expect(text.split(separator: " ").contains(try #require(word)))
        }
    }

    @Test("a focus near either end keeps that end whole", arguments: [true, false])
    func focusAtAnEnd(atStart: Bool) throws {
        let text = atStart ? "ANSWER " + Self.words(2_000) : Self.words(2_000) + " ANSWER"
        let lower = atStart ? 0 : text.utf8.count - 6
        let cut = Excerpt.cut(text, around: lower..<(lower + 6), limit: 200)
        #expect(atStart ? !cut.text.hasPrefix("…") : !cut.text.hasSuffix("…"))
        let range = try #require(cut.range)
        #expect(String(decoding: Array(cut.text.utf8)[range], as: UTF8.self) == "ANSWER")
    }

    @Test("without a focus the start is shown; text without spaces is cut on character boundaries")
    func noFocusNoSpaces() {
        let text = String(repeating: "東", count: 1_000)
        let cut = Excerpt.cut(text, around: nil, limit: 100)
        #expect(cut.range == nil)
        #expect(cut.text.hasSuffix(" …"))
        #expect(!cut.text.contains("\u{FFFD}"))
        #expect(cut.text.dropLast(2).allSatisfy { $0 == "東" })
    }

    @Test("evidence excerpts keep the sentence, source and the answer's position")
    func evidenceExcerpt() throws {
        let text = Self.words(1_000) + " Saravan " + Self.words(1_000)
        let start = Self.words(1_000).utf8.count + 1
        let evidence = Evidence(sentence: 3, text: text, source: "a.txt:1", range: start..<(start + 7))
        let excerpt = evidence.excerpt(limit: 120)
        #expect(excerpt.sentence == 3)
        #expect(excerpt.source == "a.txt:1")
        let range = try #require(excerpt.range)
        #expect(String(decoding: Array(excerpt.text.utf8)[range], as: UTF8.self) == "Saravan")
        let whole = Evidence(sentence: 0, text: text, source: "a.txt:1", range: nil).excerpt(limit: 120)
        #expect(whole.range == nil)
        #expect(whole.text.utf8.count < 140)
    }

    @Test("a search excerpt is centred on the first of the query's terms (best first) that the text holds")
    func matchingTerms() {
        let text = Self.words(2_000) + " the strikes hit Saravan " + Self.words(2_000)
        let cut = Excerpt.cut(text, matching: ["absent"] + Analyzer.terms("Saravan") + ["word1"], limit: 200)
        #expect(cut.contains("Saravan"))
        #expect(cut.hasPrefix("… ") && cut.hasSuffix(" …"))
        let none = Excerpt.cut(text, matching: ["absent"], limit: 200)
        #expect(none.hasPrefix("café0"))
        #expect(Excerpt.cut("Short text.", matching: ["short"], limit: 200) == "Short text.")
    }

    @Test("any text and any focus: the excerpt is bounded, whole characters, and its range names the focus's text")
    func randomTexts() throws {
        var generator = SplitMix(seed: 21)
        let pieces = ["a", "bc", " ", "  ", "é", "東京", "🤔", "\u{301}", "word", "\n", "-", "…"]
        for _ in 0..<300 {
            let count = Int(generator.next() % 400)
            let text = (0..<count).map { _ in pieces[Int(generator.next() % UInt64(pieces.count))] }.joined()
            let bytes = Array(text.utf8)
            let limit = 1 + Int(generator.next() % 120)
            let lower = Int(generator.next() % UInt64(bytes.count + 1))
            let upper = min(bytes.count, lower + Int(generator.next() % 12))
            // Focus on whole characters, as the recognisers' spans are.
            let focusText = String(decoding: bytes[lower..<upper], as: UTF8.self)
            let cut = Excerpt.cut(text, around: lower..<upper, limit: limit)
            #expect(cut.text.utf8.count <= max(bytes.count, limit + 2 * 4 + 12))
            let range = try #require(cut.range)
            #expect(
                range.lowerBound >= 0 && range.upperBound <= cut.text.utf8.count && range.lowerBound <= range.upperBound
            )
            if !focusText.contains("\u{FFFD}"), bytes.count > limit {
                #expect(
                    String(decoding: Array(cut.text.utf8)[range], as: UTF8.self) == focusText || upper - lower > limit)
            }
        }
    }
}
