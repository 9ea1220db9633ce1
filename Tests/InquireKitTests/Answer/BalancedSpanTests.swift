import Testing

@testable import InquireKit

/// A span is cut before a bracket it opens and does not close, or closes and did not open; on made-up sentences.
@Suite("Answer spans: brackets balanced")
struct BalancedSpanTests {
    /// The span over the byte range of `text` in `sentence`, as a location of all its words.
    static func span(_ text: String, in view: SentenceView) throws -> TypedSpan {
        let start = try #require(view.text.utf8.firstRange(of: text.utf8))
        let lower = view.text.utf8.distance(from: view.text.utf8.startIndex, to: start.lowerBound)
        let range = lower..<(lower + text.utf8.count)
        let first = try #require(view.words.firstIndex { $0.range.lowerBound >= range.lowerBound })
        let last = try #require(view.words.lastIndex { $0.range.upperBound <= range.upperBound })
        return TypedSpan(type: .location, range: range, text: text, tokens: first..<(last + 1))
    }

    @Test("an opening bracket left open is cut off with what follows it")
    func openBracket() throws {
        let view = SentenceView("The Orla Hotel near the Sava Gate (Old Gate) collapsed.")
        let cut = BalancedSpans.balanced(try Self.span("Orla Hotel near the Sava Gate (Old Gate", in: view), in: view)
        #expect(cut.text == "Orla Hotel near the Sava Gate")
        #expect(view.string(words: cut.tokens) == "Orla Hotel near the Sava Gate")
    }

    @Test("a closing bracket with no opening one is cut off")
    func strayClosing() throws {
        let view = SentenceView("The Sava Gate (Old Gate) collapsed.")
        #expect(BalancedSpans.balanced(try Self.span("Old Gate)", in: view), in: view).text == "Old Gate")
    }

    @Test("a span whose brackets balance, or that would be left empty, is kept as it is")
    func balancedKept() throws {
        let view = SentenceView("The Sava Gate (Old Gate) collapsed.")
        let whole = try Self.span("Sava Gate (Old Gate)", in: view)
        #expect(BalancedSpans.balanced(whole, in: view) == whole)
        let bracketFirst = try Self.span("(Old Gate", in: view)
        #expect(BalancedSpans.balanced(bracketFirst, in: view) == bracketFirst)
    }
}
