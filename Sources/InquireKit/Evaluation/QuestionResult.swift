/// What the tool said to one question, in the terms the evaluation needs.
public struct Prediction: Sendable, Equatable {
    /// The answer, or nil when the tool abstained ("no answer in the corpus").
    public let answer: String?
    /// The next-best answers, best first.
    public let alternatives: [String]
    /// The best candidate, given even when its confidence fell below the threshold: `answer` when the tool
    /// answered; otherwise the top candidate's text, or for a question answered with a sentence the evidence
    /// sentence; nil when there was no candidate at all.
    public let forcedAnswer: String?
    /// The tool's confidence in its best candidate (`forcedAnswer`), 0…1, whether or not it was given.
    public let confidence: Double
    /// The evidence of the answer (for an abstention, the best sentence found, if any).
    public let evidence: Evidence?
    /// The TREC label the question classifier gave the question (`HUM:ind`).
    public let answerType: String
    /// The features `confidence` was computed from (`Answer.confidenceFeatures`); empty when there was no
    /// candidate. What `inquire-train confidence` fits the confidence model on.
    package var confidenceFeatures: [Double] = []
    /// The ranked candidates of the answer, best first (`Answer.candidates`): what `inquire-train ranker` learns
    /// the ranking from.
    package var candidates: [Candidate] = []

    /// Creates a prediction (tests use this to score answers chosen by hand).
    public init(
        answer: String?, alternatives: [String] = [], confidence: Double = 1, evidence: Evidence? = nil,
        answerType: String = "DESC:desc", forcedAnswer: String? = nil
    ) {
        self.answer = answer
        self.forcedAnswer = answer ?? forcedAnswer
        self.alternatives = alternatives
        self.confidence = confidence
        self.evidence = evidence
        self.answerType = answerType
    }

    /// The prediction an engine answer amounts to.
    public init(_ answer: Answer) {
        self.init(
            answer: answer.text, alternatives: answer.alternatives.map(\.text), confidence: answer.confidence,
            evidence: answer.evidence, answerType: answer.question.answerType.rawValue,
            forcedAnswer: Self.bestCandidate(of: answer))
        confidenceFeatures = answer.confidenceFeatures
        candidates = answer.candidates
    }

    /// The text of an answer's best candidate: its text when given; else the top candidate's; else, for a
    /// question answered with a sentence, the evidence sentence.
    public static func bestCandidate(of answer: Answer) -> String? {
        if let text = answer.text { return text }
        if let top = answer.candidates.first { return top.text }
        guard SpanType.expected(for: answer.question.answerType).isEmpty, let evidence = answer.evidence,
            evidence.range == nil
        else { return nil }
        return evidence.text
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
    /// Exact match of the best candidate given even below the threshold (`Prediction.forcedAnswer`, "" when
    /// there is none): 1 or 0, scored as `exactMatch` is.
    public let exactMatchForced: Double
    /// Token F1 of the best candidate given even below the threshold.
    public let f1Forced: Double

    /// Scores `prediction` against `gold`, looking `k` entries deep for hit@k and the reciprocal rank.
    public init(gold: GoldQuestion, prediction: Prediction, k: Int) {
        self.gold = gold
        self.prediction = prediction
        let said = prediction.officialText
        exactMatch = Metrics.exactMatch(said, golds: gold.answers)
        f1 = Metrics.f1(said, golds: gold.answers)
        let ranked = [said] + prediction.alternatives.prefix(max(0, k - 1))
        rank = Metrics.rank(of: gold.answers, in: ranked)
        let forced = prediction.forcedAnswer ?? ""
        exactMatchForced = Metrics.exactMatch(forced, golds: gold.answers)
        f1Forced = Metrics.f1(forced, golds: gold.answers)
    }

    /// Whether the best candidate (`Prediction.forcedAnswer`) is a right answer: there is one, the question has
    /// gold answers, and it equals one of them after SQuAD normalisation. An unanswerable question's best
    /// candidate is never right. This is the event the calibration and the risk–coverage table score the
    /// confidence against.
    public var bestCandidateIsRight: Bool {
        gold.isAnswerable && prediction.forcedAnswer != nil && exactMatchForced == 1
    }

    /// Whether the tool gave no answer.
    public var abstained: Bool { prediction.answer == nil }

    /// Whether the answer was wrong (exact match 0): the questions `--misses` lists.
    public var isMiss: Bool { exactMatch < 1 }
}
