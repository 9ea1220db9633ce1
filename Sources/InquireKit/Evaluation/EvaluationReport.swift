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
        }

        enum CodingKeys: String, CodingKey {
            case questions, answered, f1, mrr, abstention
            case exactMatch = "exact_match"
            case hitAtK = "hit_at_k"
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
        public let precision: Double?
        /// Correct abstentions among unanswerable questions, percent; null when every question has an answer.
        public let recall: Double?

        /// Counts abstentions in `results`.
        public init(_ results: [QuestionResult]) {
            unanswerable = results.count { !$0.gold.isAnswerable }
            abstained = results.count { $0.abstained }
            correct = results.count { $0.abstained && !$0.gold.isAnswerable }
            precision = abstained == 0 ? nil : Metrics.percent(Double(correct), of: abstained)
            recall = unanswerable == 0 ? nil : Metrics.percent(Double(correct), of: unanswerable)
        }

        /// Writes every key, with null for a rate that is undefined.
        public func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(unanswerable, forKey: .unanswerable)
            try container.encode(abstained, forKey: .abstained)
            try container.encode(correct, forKey: .correct)
            try container.encode(precision, forKey: .precision)
            try container.encode(recall, forKey: .recall)
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
        public let fine: Double?
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

        /// Writes every key, with null for an undefined fine accuracy.
        public func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(questions, forKey: .questions)
            try container.encode(fineQuestions, forKey: .fineQuestions)
            try container.encode(fineCorrect, forKey: .fineCorrect)
            try container.encode(coarseCorrect, forKey: .coarseCorrect)
            try container.encode(fine, forKey: .fine)
            try container.encode(coarse, forKey: .coarse)
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
        public let given: String?
        /// The evidence sentence of the given answer, if any.
        public let evidence: String?
        /// The evidence's `file:line` source, if any.
        public let source: String?

        /// The miss of one result.
        public init(_ result: QuestionResult) {
            id = result.gold.id
            question = result.gold.question
            line = result.gold.line
            type = result.gold.opening.rawValue
            expected = result.gold.answers
            given = result.prediction.answer
            evidence = result.prediction.evidence?.text
            source = result.prediction.evidence?.source
        }

        /// Writes every key, with null for what is missing.
        public func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(id, forKey: .id)
            try container.encode(question, forKey: .question)
            try container.encode(line, forKey: .line)
            try container.encode(type, forKey: .type)
            try container.encode(expected, forKey: .expected)
            try container.encode(given, forKey: .given)
            try container.encode(evidence, forKey: .evidence)
            try container.encode(source, forKey: .source)
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
    public let classifier: Classifier?
    /// The wrong answers, when asked for.
    public var misses: [Miss]?

    /// Aggregates question results; `misses` lists the wrong ones.
    public init(_ results: [QuestionResult], k: Int, misses: Bool = false) {
        let overall = Scores(results)
        self.k = k
        questions = overall.questions
        answered = overall.answered
        exactMatch = overall.exactMatch
        f1 = overall.f1
        hitAtK = overall.hitAtK
        mrr = overall.mrr
        abstention = overall.abstention
        byType = Dictionary(grouping: results) { $0.gold.opening.rawValue }.mapValues { Scores($0) }
        classifier = Classifier(results)
        self.misses = misses ? results.filter(\.isMiss).map(Miss.init) : nil
    }

    /// The overall figures as one `Scores` (for tables that print it like a type's row).
    public var overall: Scores {
        Scores(
            questions: questions, answered: answered, exactMatch: exactMatch, f1: f1, hitAtK: hitAtK, mrr: mrr,
            abstention: abstention)
    }

    /// Writes every key (null for an absent classifier), misses only when listed.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(k, forKey: .k)
        try container.encode(questions, forKey: .questions)
        try container.encode(answered, forKey: .answered)
        try container.encode(exactMatch, forKey: .exactMatch)
        try container.encode(f1, forKey: .f1)
        try container.encode(hitAtK, forKey: .hitAtK)
        try container.encode(mrr, forKey: .mrr)
        try container.encode(byType, forKey: .byType)
        try container.encode(abstention, forKey: .abstention)
        try container.encode(classifier, forKey: .classifier)
        try container.encodeIfPresent(misses, forKey: .misses)
    }

    enum CodingKeys: String, CodingKey {
        case k, questions, answered, f1, mrr, abstention, classifier, misses
        case exactMatch = "exact_match"
        case hitAtK = "hit_at_k"
        case byType = "by_type"
    }
}

extension EvaluationReport.Scores {
    /// Creates figures from their values (for the overall row).
    init(
        questions: Int, answered: Int, exactMatch: Double, f1: Double, hitAtK: Double, mrr: Double,
        abstention: EvaluationReport.Abstention
    ) {
        self.questions = questions
        self.answered = answered
        self.exactMatch = exactMatch
        self.f1 = f1
        self.hitAtK = hitAtK
        self.mrr = mrr
        self.abstention = abstention
    }
}
