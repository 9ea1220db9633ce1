import InquireKit

/// One answer as a JSON line: `{"question", "type", "answer", "confidence", "evidence": {"text", "source", "start",
/// "end"}, "alternatives": [{"answer", "confidence"}]}`, and `"ruled_out": {"predicate", "ground", "count",
/// "best", "summary"}` only when every candidate was ruled out because no sentence states the question's predicate,
/// `"from_header": "date line"` or `"dateline"` only when the answer was read from its document's header.
/// `answer` is null when the tool abstained; `start` and `end` count Unicode code points into the evidence text
/// (null when no span is marked); `evidence` is null when no sentence was found.
enum AnswerJSONLine {
    /// The line for `answer` to `question`, without the newline.
    static func line(question: String, answer: Answer) -> String {
        var fields: [(String, JSONText)] = [
            ("question", .string(question)),
            ("type", .string(answer.question.answerType.rawValue)),
            ("answer", .string(answer.text)),
            ("confidence", .number(answer.confidence)),
            ("evidence", evidence(answer)),
            (
                "alternatives",
                .array(
                    answer.alternatives.map {
                        .object([("answer", .string($0.text)), ("confidence", .number($0.confidence))])
                    })
            ),
        ]
        if let ruledOut = answer.ruledOut { fields.append(("ruled_out", Self.ruledOut(ruledOut))) }
        if let header = answer.header { fields.append(("from_header", .string(header.rawValue))) }
        return JSONText.object(fields).encoded
    }

    /// The `ruled_out` object: the predicate no sentence states, the ground, how many candidates went, the best.
    static func ruledOut(_ ruledOut: RuledOutCandidates) -> JSONText {
        .object([
            ("predicate", .string(ruledOut.predicate)),
            ("ground", .string(ruledOut.ground.rawValue)),
            ("count", .integer(ruledOut.count)),
            ("best", .string(ruledOut.best.text)),
            ("summary", .string(ruledOut.summary)),
        ])
    }

    /// The evidence object, with the answer's code-point offsets (the whole sentence for a sentence answer).
    static func evidence(_ answer: Answer) -> JSONText {
        guard let evidence = answer.evidence else { return .null }
        var range = evidence.scalarRange
        if range == nil, answer.kind == .sentence { range = 0..<evidence.text.unicodeScalars.count }
        return .object([
            ("text", .string(evidence.text)),
            ("source", .string(evidence.source)),
            ("start", range.map { .integer($0.lowerBound) } ?? .null),
            ("end", range.map { .integer($0.upperBound) } ?? .null),
        ])
    }
}
