import InquireKit

/// `:top N`: the last question's answer and its next `N` alternatives, each with its score, type and source.
struct TopReport {
    /// Bold and colour, or plain text.
    let style: Style
    /// The terminal width.
    let width: Int

    /// The ranked list for `answer`, asked again with `alternatives` alternatives. When no span type applies, the
    /// alternatives are the next best sentences.
    func render(_ answer: Answer, alternatives: Int, corpus: Corpus) -> String {
        var rows: [(text: String, score: Double, type: String, source: String)] = []
        if !answer.candidates.isEmpty {
            rows = answer.candidates.prefix(alternatives + 1).map {
                ($0.text, $0.score, $0.type.rawValue, $0.evidence.source)
            }
        } else {
            rows = answer.hits.prefix(alternatives + 1).map {
                (corpus.sentences[$0.sentence].text, $0.score, "sentence", corpus.reference(of: $0.sentence))
            }
        }
        guard !rows.isEmpty else { return "no candidates for the last question\n" }
        var out = ""
        if answer.kind == .none {
            out += style.dim("(no answer was given: none of these reached the threshold)") + "\n"
        }
        for (rank, row) in rows.enumerated() {
            let head = "\(String(rank + 1).leftPadded(to: 3)). \(AnswerView.number(row.score))  "
            let tail = "  " + row.type + "  " + TerminalText.visible(row.source)
            let text = TextWrap.truncated(row.text, width: max(20, width - head.count - tail.count))
            let shown = rank == 0 && answer.kind != .none ? style.answer(text) : text
            out += head + shown + style.dim(tail) + "\n"
        }
        if rows.count < alternatives + 1 {
            out += style.dim("  (\(rows.count - 1) alternatives in all)") + "\n"
        }
        return out
    }
}
