import Testing

@testable import InquireKit

/// Properties every split and every tokenisation must have, checked on the default article, on the splitter's
/// table texts, and on texts made of awkward pieces.
@Suite("Text invariants")
struct TextInvariantTests {
    /// Texts built from pieces that stress the rules: abbreviations, quotes, dashes, odd bytes, line breaks.
    static let awkward: [String] = {
        let pieces = [
            "U.S.", "Dr.", "J.", "3.5", "v2.0", "…", "...", "“Go.”", "(a.k.a.", "e.g.", "?!", "\n", "\n\n", " – ",
            "Pakistan’s", "900-kilometer", "$4.5bn", "40%", "1,200", "Sīstān", "‐", "'", "\"", "[3]", "No.", "St.",
        ]
        var texts: [String] = []
        var state: UInt64 = 0x9E37_79B9_7F4A_7C15
        for _ in 0..<200 {
            var text = ""
            for _ in 0..<12 {
                state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
                text += pieces[Int(state >> 33) % pieces.count]
                text += (state >> 20) & 1 == 0 ? " " : " The "
            }
            texts.append(text)
        }
        return texts
    }()

    static let texts: [String] = SentenceSplitterTests.cases.map(\.text) + awkward

    @Test("sentences are trimmed, in order, do not overlap, and cover every non-space byte")
    func sentences() throws {
        let article = try String(contentsOfFile: FixturePaths.defaultArticle, encoding: .utf8)
        for text in Self.texts + [article] {
            let bytes = Array(text.utf8)
            var covered = [Bool](repeating: false, count: bytes.count)
            var previousEnd = 0
            var previousLine = 1
            for span in SentenceSplitter.split(text) {
                #expect(span.range.lowerBound >= previousEnd)
                #expect(!span.range.isEmpty)
                #expect(bytes[span.range.lowerBound] > 0x20 && bytes[span.range.upperBound - 1] > 0x20)
                #expect(span.line >= previousLine)
                #expect(span.line == 1 + bytes[..<span.range.lowerBound].filter { $0 == 0x0A }.count)
                for index in span.range { covered[index] = true }
                previousEnd = span.range.upperBound
                previousLine = span.line
            }
            for (index, byte) in bytes.enumerated() where byte > 0x20 { #expect(covered[index], "\(text)") }
        }
    }

    @Test("tokens are in order, do not overlap, parts lie inside their compound, terms are lower case")
    func tokens() {
        for text in Self.texts {
            let bytes = Array(text.utf8)
            var previousEnd = 0
            var compound: Range<Int>?
            for token in Tokenizer.tokenize(text) {
                #expect(!token.range.isEmpty && token.range.upperBound <= bytes.count)
                #expect(!token.term.isEmpty)
                #expect(token.term == token.term.lowercased())
                #expect(!token.term.contains("\u{2019}"))
                if token.kind == .part {
                    guard let whole = compound else {
                        Issue.record("a part without a compound before it in \(text)")
                        continue
                    }
                    #expect(whole.contains(token.range.lowerBound) && token.range.upperBound <= whole.upperBound)
                    continue
                }
                #expect(token.range.lowerBound >= previousEnd)
                previousEnd = token.range.upperBound
                compound = token.kind == .compound ? token.range : nil
            }
        }
    }

    @Test("the number reader never reads past the tokens, and a reading ends after it starts")
    func numbers() {
        for text in Self.texts {
            let tokens = Tokenizer.tokenize(text)
            for index in tokens.indices {
                guard let reading = NumberReader.read(tokens, at: index) else { continue }
                #expect(reading.start == index)
                #expect(reading.end > reading.start && reading.end <= tokens.count)
                let range = reading.range(in: tokens)
                #expect(range.lowerBound >= 0 && range.upperBound <= text.utf8.count)
            }
        }
    }
}
