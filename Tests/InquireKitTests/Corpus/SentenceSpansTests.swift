import Testing

@testable import InquireKit

@Suite("Sentence spans")
struct SentenceSpansTests {
    static let texts = [
        "First line.\r\n  Second line, indented.  \n\n\rFourth after a lone CR.\nLast without a break",
        "Dr. Smith went to Washington. He arrived at 5 p.m. on Monday! Did he stay?\nA new line starts here.",
        "", "   \n \t ", "Crème brûlée à Zürich. 東京 and Москва.",
    ]

    @Test("sentences as ranges give the splitter's spans: texts, ranges and lines", arguments: [false, true])
    func sameAsSplitter(oneSentencePerLine: Bool) {
        let documents = Self.texts.enumerated().map { index, text in
            Document(
                id: "d\(index)", source: "d\(index).txt", text: text, firstLine: 1 + 10 * index,
                textLinesAreSourceLines: index != 1)
        }
        let corpus = Corpus(name: "spans", documents: documents, oneSentencePerLine: oneSentencePerLine)
        var expected: [Sentence] = []
        for (index, document) in documents.enumerated() {
            let spans =
                oneSentencePerLine ? SentenceSplitter.lines(of: document.text) : SentenceSplitter.split(document.text)
            #expect(corpus.sentenceRanges[index] == expected.count..<(expected.count + spans.count))
            for span in spans {
                let line = document.textLinesAreSourceLines ? document.firstLine + span.line - 1 : document.firstLine
                expected.append(Sentence(document: index, range: span.range, line: line, text: span.text))
            }
        }
        #expect(Array(corpus.sentences) == expected)
        for sentence in corpus.sentences.indices {
            let bytes = corpus.sentences.withUTF8(of: sentence) { Array($0) }
            #expect(bytes == Array(expected[sentence].text.utf8))
        }
        let table = corpus.sentences.table
        #expect(table.documents == expected.map { UInt32($0.document) })
        #expect(table.lines == expected.map { UInt64($0.line) })
        #expect(table.ranges == expected.flatMap { [UInt64($0.range.lowerBound), UInt64($0.range.upperBound)] })
    }
}
