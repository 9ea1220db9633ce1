import InquireKit

/// `:top N`: the last question's answer and its next `N` alternatives, each with its confidence (the calibrated
/// probability that it is right, the number the answer line shows), its ranking score, type and source.
struct TopReport {
    /// Bold and colour, or plain text.
    let style: Style
    /// The terminal width.
    let width: Int

    /// The ranked list for `answer`, asked again with `alternatives` alternatives. When no span type applies, the
    /// alternatives are the next best sentences.
    func render(_ answer: Answer, alternatives: Int, corpus: Corpus) -> String {
        var rows: [(text: String, confidence: Double?, score: Double, type: String, source: String)] = []
        if !answer.candidates.isEmpty {
            rows = answer.candidates.prefix(alternatives + 1).map {
                ($0.text, $0.confidence, $0.score, $0.type.rawValue, $0.evidence.source)
            }
        } else {
            // Sentences: the first carries the answer's confidence; the others only their retrieval score.
            rows = answer.hits.prefix(alternatives + 1).enumerated().map { rank, hit in
                (
                    corpus.sentences[hit.sentence].text, rank == 0 ? answer.confidence : nil, hit.score, "sentence",
                    corpus.reference(of: hit.sentence)
                )
            }
        }
        guard !rows.isEmpty else { return "no candidates for the last question\n" }
        var out = ""
        if answer.kind == .none {
            out += style.dim("(no answer was given: none of these reached the threshold)") + "\n"
        }
        for (rank, row) in rows.enumerated() {
            let confidence = row.confidence.map { AnswerView.number($0) } ?? "    "
            let head = "\(String(rank + 1).leftPadded(to: 3)). \(confidence)  score \(AnswerView.number(row.score))  "
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
