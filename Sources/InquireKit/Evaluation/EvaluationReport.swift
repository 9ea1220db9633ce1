/// The figures of an evaluation run, overall and per question type, in the shape `inquire eval --json` prints.
///
/// Exact match, F1, hit@k, abstention precision and recall and classifier accuracy are percentages (0…100), as
/// the official SQuAD script prints them; mean reciprocal rank is a fraction (0…1), as it is usually given. Every
/// question counts in every measure: an unanswerable question scores 1 (rank 1) when the tool abstains and 0
/// otherwise, as in SQuAD 2.0.
public struct EvaluationReport: Codable, Sendable, Equatable {
    /// The figures of a set of questions (all of them, or one type).
    public struct Scores: Codable, Sendable, Equatable {
        /// How many questions.
        public let questions: Int
        /// How many the tool answered (did not abstain on).
        public let answered: Int
        /// Exact match, percent.
        public let exactMatch: Double
        /// Token F1, percent.
        public let f1: Double
        /// Share of questions with a correct entry among the answer and the first k−1 alternatives, percent.
        public let hitAtK: Double
        /// Mean reciprocal rank of the first correct entry, 0…1.
        public let mrr: Double
        /// How the tool did on unanswerable questions.
        public let abstention: Abstention
        /// Exact match with the best candidate always given (even below the threshold), percent.
        public let exactMatchForced: Double
        /// Token F1 with the best candidate always given, percent.
        public let f1Forced: Double

        /// Aggregates question results.
        public init(_ results: [QuestionResult]) {
            questions = results.count
            answered = results.count { !$0.abstained }
            exactMatch = Metrics.percent(results.reduce(0) { $0 + $1.exactMatch }, of: results.count)
            f1 = Metrics.percent(results.reduce(0) { $0 + $1.f1 }, of: results.count)
            hitAtK = Metrics.percent(Double(results.count { $0.rank != nil }), of: results.count)
            mrr =
                results.isEmpty ? 0 : results.reduce(0) { $0 + Metrics.reciprocalRank($1.rank) } / Double(results.count)
            abstention = Abstention(results)
            exactMatchForced = Metrics.percent(results.reduce(0) { $0 + $1.exactMatchForced }, of: results.count)
            f1Forced = Metrics.percent(results.reduce(0) { $0 + $1.f1Forced }, of: results.count)
        }

        enum CodingKeys: String, CodingKey {
            case questions, answered, f1, mrr, abstention
            case exactMatch = "exact_match"
            case hitAtK = "hit_at_k"
            case exactMatchForced = "exact_match_forced"
            case f1Forced = "f1_forced"
        }
    }

    /// Abstentions against unanswerable questions.
    public struct Abstention: Codable, Sendable, Equatable {
        /// Questions whose gold answer is "none in the corpus".
        public let unanswerable: Int
        /// Questions the tool abstained on.
        public let abstained: Int
        /// Abstentions on unanswerable questions.
        public let correct: Int
        /// Correct abstentions among all abstentions, percent; null when the tool never abstained.
        @NullEncoded public private(set) var precision: Double?
        /// Correct abstentions among unanswerable questions, percent; null when every question has an answer.
        @NullEncoded public private(set) var recall: Double?

        /// Counts abstentions in `results`.
        public init(_ results: [QuestionResult]) {
            unanswerable = results.count { !$0.gold.isAnswerable }
            abstained = results.count { $0.abstained }
            correct = results.count { $0.abstained && !$0.gold.isAnswerable }
            precision = abstained == 0 ? nil : Metrics.percent(Double(correct), of: abstained)
            recall = unanswerable == 0 ? nil : Metrics.percent(Double(correct), of: unanswerable)
        }
    }

    /// The question classifier against the types the gold file gives.
    public struct Classifier: Codable, Sendable, Equatable {
        /// Questions with a gold type.
        public let questions: Int
        /// Questions whose gold type is a fine label (`HUM:ind`).
        public let fineQuestions: Int
        /// Fine labels right.
        public let fineCorrect: Int
        /// Coarse classes right.
        public let coarseCorrect: Int
        /// Fine labels right, percent of `fineQuestions`; null when there are none.
        @NullEncoded public private(set) var fine: Double?
        /// Coarse classes right, percent of `questions`.
        public let coarse: Double

        /// Compares predicted and gold types over the results whose gold question gives one; nil when none does.
        public init?(_ results: [QuestionResult]) {
            let typed = results.filter { $0.gold.type != nil }
            guard !typed.isEmpty else { return nil }
            var fineRight = 0
            var fineCount = 0
            var coarseRight = 0
            for result in typed {
                guard let gold = result.gold.type else { continue }
                let predicted = result.prediction.answerType
                if GoldTypeLabel.isFine(gold) {
                    fineCount += 1
                    if predicted == gold { fineRight += 1 }
                }
                if GoldTypeLabel.coarse(of: predicted) == GoldTypeLabel.coarse(of: gold) { coarseRight += 1 }
            }
            questions = typed.count
            fineQuestions = fineCount
            fineCorrect = fineRight
            coarseCorrect = coarseRight
            fine = fineCount == 0 ? nil : Metrics.percent(Double(fineRight), of: fineCount)
            coarse = Metrics.percent(Double(coarseRight), of: typed.count)
        }

        enum CodingKeys: String, CodingKey {
            case questions, fine, coarse
            case fineQuestions = "fine_questions"
            case fineCorrect = "fine_correct"
            case coarseCorrect = "coarse_correct"
        }
    }

    /// One wrong answer, for `--misses`.
    public struct Miss: Codable, Sendable, Equatable {
        /// The question's id.
        public let id: String
        /// The question.
        public let question: String
        /// The line of the question in the gold file.
        public let line: Int
        /// The question's opening bucket.
        public let type: String
        /// The acceptable answers (empty: none in the corpus).
        public let expected: [String]
        /// The tool's answer, null for an abstention.
        @NullEncoded public private(set) var given: String?
        /// The evidence sentence of the given answer, if any.
        @NullEncoded public private(set) var evidence: String?
        /// The evidence's `file:line` source, if any.
        @NullEncoded public private(set) var source: String?
        /// The best candidate, given even below the threshold (`Prediction.forcedAnswer`): for an abstention,
        /// the answer that was withheld; null when there was no candidate.
        @NullEncoded public private(set) var best: String?
        /// The tool's confidence in `best`, 0…1.
        public let confidence: Double
        /// For a SQuAD question, the paragraph it is asked of; nil for TSV and JSON Lines gold.
        public let paragraph: ParagraphReference?

        /// The miss of one result; `paragraphs` are the gold file's SQuAD paragraphs (empty for other files).
        public init(_ result: QuestionResult, paragraphs: [Document] = []) {
            paragraph = result.gold.paragraph.flatMap { index in
                paragraphs.indices.contains(index) ? ParagraphReference(paragraphs[index]) : nil
            }
            id = result.gold.id
            question = result.gold.question
            line = result.gold.line
            type = result.gold.opening.rawValue
            expected = result.gold.answers
            given = result.prediction.answer
            evidence = result.prediction.evidence?.text
            source = result.prediction.evidence?.source
            best = result.prediction.forcedAnswer
            confidence = result.prediction.confidence
        }
    }

    /// How deep hit@k and MRR look (the answer and k−1 alternatives).
    public let k: Int
    /// How many questions were asked.
    public let questions: Int
    /// How many were answered.
    public let answered: Int
    /// Exact match, percent.
    public let exactMatch: Double
    /// Token F1, percent.
    public let f1: Double
    /// Hit@k, percent.
    public let hitAtK: Double
    /// Mean reciprocal rank, 0…1.
    public let mrr: Double
    /// The same figures per question opening (`who`, `where`, `how-many` …).
    public let byType: [String: Scores]
    /// Abstentions against unanswerable questions.
    public let abstention: Abstention
    /// Classifier accuracy, when the gold file gives types.
    @NullEncoded public private(set) var classifier: Classifier?
    /// Exact match with the best candidate always given (even below the threshold), percent.
    public let exactMatchForced: Double
    /// Token F1 with the best candidate always given, percent.
    public let f1Forced: Double
    /// The confidence of the best candidates against how often they are right.
    public let calibration: Calibration
    /// The accuracy of the most confident 25, 50, 75 and 100% of the questions.
    public let riskCoverage: [RiskCoveragePoint]
    /// The figures over the answerable questions alone (those with gold answers), where forced and as-answered
    /// exact match differ only by the answers withheld: extraction and abstention judged apart.
    public let answerable: Scores
    /// The wrong answers, when asked for.
    public var misses: [Miss]?

    /// Aggregates question results; `misses` lists the wrong ones, naming a SQuAD question's paragraph from
    /// `paragraphs` (the gold file's).
    public init(_ results: [QuestionResult], k: Int, misses: Bool = false, paragraphs: [Document] = []) {
        let overall = Scores(results)
        self.k = k
        questions = overall.questions
        answered = overall.answered
        exactMatch = overall.exactMatch
        f1 = overall.f1
        hitAtK = overall.hitAtK
        mrr = overall.mrr
        abstention = overall.abstention
        exactMatchForced = overall.exactMatchForced
        f1Forced = overall.f1Forced
        calibration = Calibration(results)
        riskCoverage = RiskCoveragePoint.table(results)
        answerable = Scores(results.filter(\.gold.isAnswerable))
        byType = Dictionary(grouping: results) { $0.gold.opening.rawValue }.mapValues { Scores($0) }
        classifier = Classifier(results)
        self.misses = misses ? results.filter(\.isMiss).map { Miss($0, paragraphs: paragraphs) } : nil
    }

    /// The overall figures as one `Scores` (for tables that print it like a type's row).
    public var overall: Scores {
        Scores(
            questions: questions, answered: answered, exactMatch: exactMatch, f1: f1, hitAtK: hitAtK, mrr: mrr,
            abstention: abstention, exactMatchForced: exactMatchForced, f1Forced: f1Forced)
    }

    enum CodingKeys: String, CodingKey {
        case k, questions, answered, f1, mrr, abstention, classifier, misses, calibration, answerable
        case exactMatch = "exact_match"
        case hitAtK = "hit_at_k"
        case byType = "by_type"
        case exactMatchForced = "exact_match_forced"
        case f1Forced = "f1_forced"
        case riskCoverage = "risk_coverage"
    }
}

extension EvaluationReport.Scores {
    /// Creates figures from their values (for the overall row).
    init(
        questions: Int, answered: Int, exactMatch: Double, f1: Double, hitAtK: Double, mrr: Double,
        abstention: EvaluationReport.Abstention, exactMatchForced: Double, f1Forced: Double
    ) {
        self.questions = questions
        self.answered = answered
        self.exactMatch = exactMatch
        self.f1 = f1
        self.hitAtK = hitAtK
        self.mrr = mrr
        self.abstention = abstention
        self.exactMatchForced = exactMatchForced
        self.f1Forced = f1Forced
    }
}
