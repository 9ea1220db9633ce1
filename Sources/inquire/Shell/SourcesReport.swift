import InquireKit

/// `:sources` and `:open N`: the sentences retrieved for the last question, numbered, and one of them shown in
/// its paragraph.
struct SourcesReport {
    /// Bold and colour, or plain text.
    let style: Style
    /// The terminal width.
    let width: Int
    /// How many retrieved sentences are listed.
    static let listed = 10

    /// The sentences `:sources` lists for `answer`: the retrieved ones, best first, with the evidence of the answer
    /// added at the end when retrieval ranked it lower.
    static func sentences(of answer: Answer) -> [Int] {
        var ids = answer.hits.prefix(listed).map(\.sentence)
        if let evidence = answer.evidence?.sentence, !ids.contains(evidence) { ids.append(evidence) }
        return ids
    }

    /// The numbered list, the evidence of the answer marked with `*`.
    func list(_ answer: Answer, corpus: Corpus) -> String {
        let ids = Self.sentences(of: answer)
        guard !ids.isEmpty else { return "no sentence shares a keyword with the last question\n" }
        let scores = Dictionary(answer.hits.map { ($0.sentence, $0.score) }, uniquingKeysWith: max)
        var out = ""
        for (number, id) in ids.enumerated() {
            let mark = id == answer.evidence?.sentence ? "*" : " "
            let score = scores[id].map(AnswerView.number) ?? "  —"
            let head = "\(mark)\(String(number + 1).leftPadded(to: 3)). \(score)  \(corpus.reference(of: id))  "
            let text = TextWrap.truncated(corpus.sentences[id].text, width: max(20, width - head.count))
            out += head + (mark == "*" ? text : style.dim(text)) + "\n"
        }
        return out + style.dim("  :open N shows sentence N in its paragraph") + "\n"
    }

    /// Sentence `sentence` of `corpus` in its paragraph (the lines between blank lines around it; at most two
    /// sentences either side when the paragraph is long), the sentence in bold and the answer highlighted.
    func open(_ sentence: Int, corpus: Corpus, answerRange: Range<Int>?) -> String {
        let record = corpus.sentences[sentence]
        let document = corpus.documents[record.document]
        let text = Array(document.text.utf8)
        var paragraph = Self.paragraph(around: record.range, in: text)
        if paragraph.count > 1200 {
            let siblings = corpus.sentenceRanges[record.document]
            let first = max(siblings.lowerBound, sentence - 2)
            let last = min(siblings.upperBound - 1, sentence + 2)
            paragraph = corpus.sentences[first].range.lowerBound..<corpus.sentences[last].range.upperBound
        }
        let shown = String(decoding: text[paragraph], as: UTF8.self)
        let offset = record.range.lowerBound - paragraph.lowerBound
        var marks = [TextWrap.Mark(range: offset..<(offset + record.range.count), apply: style.bold)]
        if let answerRange {
            marks.append(
                TextWrap.Mark(
                    range: (offset + answerRange.lowerBound)..<(offset + answerRange.upperBound), apply: style.answer))
        }
        var out = style.heading(corpus.reference(of: sentence)) + "\n"
        out += TextWrap.render(shown, indent: "  ", width: width, marks: marks, rest: style.dim)
        return out
    }

    /// The byte range of the paragraph holding `range` in `text`: from after the blank line before it to the
    /// blank line after it, without surrounding white space.
    static func paragraph(around range: Range<Int>, in text: [UInt8]) -> Range<Int> {
        func isBlankLine(from newline: Int, step: Int) -> Bool {
            var index = newline + step
            while index >= 0, index < text.count, text[index] == 0x20 || text[index] == 0x09 || text[index] == 0x0D {
                index += step
            }
            return index < 0 || index >= text.count || text[index] == 0x0A
        }
        var start = min(range.lowerBound, text.count)
        while start > 0, !(text[start - 1] == 0x0A && isBlankLine(from: start - 1, step: -1)) { start -= 1 }
        var end = max(range.upperBound, start)
        while end < text.count, !(text[end] == 0x0A && isBlankLine(from: end, step: 1)) { end += 1 }
        while start < end, [0x20, 0x09, 0x0A, 0x0D].contains(text[start]) { start += 1 }
        while end > start, [0x20, 0x09, 0x0A, 0x0D].contains(text[end - 1]) { end -= 1 }
        return start..<end
    }
}

extension String {
    /// The string with spaces before it up to `width` characters.
    func leftPadded(to width: Int) -> String {
        count >= width ? self : String(repeating: " ", count: width - count) + self
    }
}
