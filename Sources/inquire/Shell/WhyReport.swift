import InquireKit

/// `:why`: how the last answer was reached — the question's class and focus, the top sentences with their scores,
/// the candidates with theirs, and which parts of the score made the winner win.
struct WhyReport {
    /// Bold and colour, or plain text.
    let style: Style
    /// The terminal width, to cut long sentences to one line.
    let width: Int
    /// How many sentences and candidates are listed.
    var limit = 5

    /// The report for `answer`, found with `engine`.
    func render(_ answer: Answer, engine: Engine) -> String {
        let question = answer.question
        var out = style.heading("question") + "  " + question.text + "\n"
        var cls = "  class " + style.bold(question.answerType.rawValue)
        if let wh = question.whWord { cls += ", asked with \u{201C}\(wh)\u{201D}" }
        if let focus = question.focusAsAsked ?? question.focus { cls += ", focus \u{201C}\(focus)\u{201D}" }
        cls += " (classifier confidence \(AnswerView.number(question.confidence)))"
        out += cls + "\n"
        if !question.keywords.isEmpty { out += "  keywords " + question.keywords.joined(separator: ", ") + "\n" }
        let expected = SpanType.expected(for: question.answerType).map(\.rawValue)
        out +=
            "  looks for "
            + (expected.isEmpty
                ? "the best sentence (no span type applies)"
                : expected.joined(
                    separator: ", ")) + "\n"

        out += style.heading("top sentences") + (answer.hits.isEmpty ? "  none matched the keywords" : "") + "\n"
        for (rank, hit) in answer.hits.prefix(limit).enumerated() {
            let head = "  \(rank + 1). \(AnswerView.number(hit.score))  \(engine.corpus.reference(of: hit.sentence))  "
            out +=
                head
                + style.dim(
                    TextWrap.truncated(engine.corpus.sentences[hit.sentence].text, width: max(20, width - head.count)))
                + "\n"
        }

        if !answer.candidates.isEmpty {
            out += style.heading("candidates") + "\n"
            for (rank, candidate) in answer.candidates.prefix(limit).enumerated() {
                let parts = candidate.parts.listed.map { "\($0.name) \(AnswerView.number($0.value))" }
                    .joined(separator: ", ")
                let text = TerminalText.visible(candidate.text)
                let name = rank == 0 && answer.kind == .span ? style.answer(text) : text
                out +=
                    "  \(rank + 1). \(AnswerView.number(candidate.confidence))  score \(AnswerView.number(candidate.score))"
                out += "  \(name)  \(candidate.type.rawValue)  "
                out += style.dim(TerminalText.visible(candidate.evidence.source)) + "\n"
                out += "     " + style.dim(parts) + "\n"
            }
        }
        out += AnalysisReport(style: style, width: width).render(answer, engine: engine)
        out += style.heading("why") + "\n" + reason(answer, threshold: engine.extractor.threshold) + "\n"
        return out
    }

    /// Why the winner won (or why there is no answer), in a sentence or two.
    func reason(_ answer: Answer, threshold: Double) -> String {
        let confidence = AnswerView.number(answer.confidence)
        let limit = AnswerView.number(threshold)
        switch answer.kind {
        case .sentence:
            return "  No span recogniser applies to \(answer.question.answerType.rawValue), so the best sentence is "
                + "the answer; its confidence \(confidence) (from how much of the question it covers and how well it "
                + "was retrieved) reaches the threshold \(limit)."
        case .none:
            if answer.hits.isEmpty { return "  No sentence shares a keyword with the question." }
            if let ruledOut = answer.ruledOut { return "  No answer: " + TerminalText.visible(ruledOut.summary) + "." }
            if let best = answer.candidates.first {
                return
                    "  The best candidate, \u{201C}\(TerminalText.visible(best.text))\u{201D}, has confidence \(confidence), below the "
                    + "threshold \(limit), so no answer is given" + Self.relationNote(best) + "."
            }
            if SpanType.expected(for: answer.question.answerType).isEmpty {
                return "  The best sentence's confidence \(confidence) is below the threshold \(limit)."
            }
            return "  No span of the expected type was found in the top sentences."
        case .span:
            if let header = answer.header { return Self.headerNote(header, answer: answer) }
            guard let winner = answer.candidates.first else { return "" }
            guard answer.candidates.count > 1 else {
                return
                    "  \u{201C}\(TerminalText.visible(winner.text))\u{201D} is the only candidate of the expected type; its "
                    + "confidence \(confidence) reaches the threshold \(limit)."
            }
            let second = answer.candidates[1]
            return
                "  \u{201C}\(TerminalText.visible(winner.text))\u{201D} (\(AnswerView.number(winner.score))) beat \u{201C}\(TerminalText.visible(second.text))"
                + "\u{201D} (\(AnswerView.number(second.score))): " + Self.comparison(winner, second)
                + "; its confidence \(confidence) reaches the threshold \(limit)."
        }
    }

    /// Why an answer read from its document's header won: the question asks about the report itself.
    static func headerNote(_ header: HeaderQuestion.Fact, answer: Answer) -> String {
        let what = header == .published ? "when the report was published" : "where the report was filed from"
        return "  The question asks \(what), which no sentence states: the answer is read from the document's "
            + "\(header.rawValue) (\(TerminalText.visible(answer.evidence?.source ?? "")))."
    }

    /// Why a candidate's confidence was held down by the relation checks, as a clause (empty when it was not).
    static func relationNote(_ candidate: Candidate) -> String {
        var notes: [String] = []
        let relation = candidate.parts.relation
        if relation < 1 {
            notes.append(
                relation == 0
                    ? "its sentence states none of the question's relation words"
                    : "its sentence states only part of the question's relation words")
        }
        if candidate.parts.unknownPredicate {
            notes.append("no sentence of the corpus uses the question's key verb or noun")
        }
        return notes.isEmpty ? "" : ": " + notes.joined(separator: ", and ")
    }

    /// The parts of the score on which `winner` beat `other`, largest first, and those on which it lost: each part
    /// as it adds to the score (`ScoreParts.contributions`), so the gaps sum to the difference in score (signals
    /// that shape only the confidence are left out: they do not decide the ranking).
    static func comparison(_ winner: Candidate, _ other: Candidate) -> String {
        let gaps = zip(winner.parts.contributions, other.parts.contributions).map { ($0.name, $0.value - $1.value) }
            .filter { abs($0.1) >= 0.005 }
        let ahead = gaps.filter { $0.1 > 0 }.sorted { $0.1 > $1.1 }
            .map { "\($0.0) +\(AnswerView.number($0.1))" }
        let behind = gaps.filter { $0.1 < 0 }.sorted { $0.1 < $1.1 }
            .map { "\($0.0) \(AnswerView.number($0.1))" }
        var parts: [String] = []
        if !ahead.isEmpty { parts.append("ahead on " + ahead.joined(separator: ", ")) }
        if !behind.isEmpty { parts.append("behind on " + behind.joined(separator: ", ")) }
        if parts.isEmpty {
            return winner.evidence.sentence < other.evidence.sentence
                ? "equal parts; the earlier sentence wins the tie" : "equal parts"
        }
        return parts.joined(separator: "; ")
    }
}
