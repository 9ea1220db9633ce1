/// Every ranked candidate of scored questions as a row of text fields: what the candidate ranking is learned and
/// measured from (`inquire-train ranker --rows-out`; scripts/rank_candidates.py reads the rows). A candidate is
/// right when its text equals a gold answer after SQuAD normalisation, as `inquire eval` scores an answer.
package enum CandidateRows {
    /// The names of a row's fields, in order.
    package static let header =
        [
            "file", "question", "group", "answerable", "rank", "right", "span", "asked", "score", "sentenceIndex",
            "start", "end", "sentenceBytes", "words", "text",
        ] + partNames

    /// The names of the score parts written for each candidate, in `parts(_:)`'s order.
    package static let partNames = [
        "sentence", "type", "proximity", "slot", "role", "repetition", "focus", "agreement", "coverage", "relation",
        "predicateFound", "arguments", "missingTerms", "bestCoverage", "absentTerms", "presentShare",
        "documentSentences", "unknownPredicate",
    ]

    /// The rows of `results` (one per candidate, best first within a question), read from `file`; `group` names
    /// the group a question is held out with when cross-validating (its SQuAD article, or the file).
    package static func rows(
        of results: [QuestionResult], file: String, group: (GoldQuestion) -> String
    ) -> [[String]] {
        results.enumerated().flatMap { number, result in
            result.prediction.candidates.enumerated().map { rank, candidate in
                [
                    file, "\(number)", group(result.gold), result.gold.isAnswerable ? "1" : "0", "\(rank)",
                    isRight(candidate, result.gold) ? "1" : "0", candidate.type.rawValue,
                    result.prediction.answerType, "\(candidate.score)", "\(candidate.evidence.sentence)",
                    "\(candidate.evidence.range?.lowerBound ?? -1)", "\(candidate.evidence.range?.upperBound ?? -1)",
                    "\(candidate.evidence.text.utf8.count)", "\(candidate.text.split(separator: " ").count)",
                    candidate.text,
                ].map(field) + parts(candidate.parts).map { "\($0)" }
            }
        }
    }

    /// Whether `candidate` answers `gold` right (exact match after normalisation).
    package static func isRight(_ candidate: Candidate, _ gold: GoldQuestion) -> Bool {
        Metrics.exactMatch(candidate.text, golds: gold.answers) == 1
    }

    /// A candidate's parts as numbers, in `partNames`' order.
    package static func parts(_ parts: ScoreParts) -> [Double] {
        [
            parts.sentence, parts.type, parts.proximity, parts.slot, parts.role, parts.repetition, parts.focus,
            parts.agreement, parts.coverage, parts.relation, parts.predicateFound ? 1 : 0, parts.arguments,
            Double(parts.missingTerms), parts.bestCoverage, Double(parts.absentTerms), parts.presentShare,
            Double(parts.documentSentences), parts.unknownPredicate ? 1 : 0,
        ]
    }

    /// `text` as one TSV field: tabs and line breaks become spaces.
    static func field(_ text: String) -> String {
        String(text.map { $0 == "\t" || $0.isNewline ? " " : $0 })
    }
}
