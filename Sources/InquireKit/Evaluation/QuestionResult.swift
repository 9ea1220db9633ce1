/// What the tool said to one question, in the terms the evaluation needs.
public struct Prediction: Sendable, Equatable {
    /// The answer, or nil when the tool abstained ("no answer in the corpus").
    public let answer: String?
    /// The next-best answers, best first.
    public let alternatives: [String]
    /// The tool's confidence in `answer`, 0…1.
    public let confidence: Double
    /// The evidence of the answer (for an abstention, the best sentence found, if any).
    public let evidence: Evidence?
    /// The TREC label the question classifier gave the question (`HUM:ind`).
    public let answerType: String

    /// Creates a prediction (tests use this to score answers chosen by hand).
    public init(
        answer: String?, alternatives: [String] = [], confidence: Double = 1, evidence: Evidence? = nil,
        answerType: String = "DESC:desc"
    ) {
        self.answer = answer
        self.alternatives = alternatives
        self.confidence = confidence
        self.evidence = evidence
        self.answerType = answerType
    }

    /// The prediction an engine answer amounts to.
    public init(_ answer: Answer) {
        self.init(
            answer: answer.text, alternatives: answer.alternatives.map(\.text), confidence: answer.confidence,
            evidence: answer.evidence, answerType: answer.question.answerType.rawValue)
    }

    /// The answer as the official prediction files write it: "" for an abstention.
    public var officialText: String { answer ?? "" }
}

/// One gold question scored against the tool's prediction.
public struct QuestionResult: Sendable, Equatable {
    /// The gold question.
    public let gold: GoldQuestion
    /// What the tool said.
    public let prediction: Prediction
    /// 1 when the answer matches a gold answer after normalisation (or the tool rightly abstained), else 0.
    public let exactMatch: Double
    /// The best token F1 over the gold answers (1 for a right abstention, 0 for a wrong one).
    public let f1: Double
    /// The 1-based rank of the first correct entry among the answer and the first k−1 alternatives, or nil.
    public let rank: Int?

    /// Scores `prediction` against `gold`, looking `k` entries deep for hit@k and the reciprocal rank.
    public init(gold: GoldQuestion, prediction: Prediction, k: Int) {
        self.gold = gold
        self.prediction = prediction
        let said = prediction.officialText
        exactMatch = Metrics.exactMatch(said, golds: gold.answers)
        f1 = Metrics.f1(said, golds: gold.answers)
        let ranked = [said] + prediction.alternatives.prefix(max(0, k - 1))
        rank = Metrics.rank(of: gold.answers, in: ranked)
    }

    /// Whether the tool gave no answer.
    public var abstained: Bool { prediction.answer == nil }

    /// Whether the answer was wrong (exact match 0): the questions `--misses` lists.
    public var isMiss: Bool { exactMatch < 1 }
}
