/// Accuracy of a question classifier against gold labels: coarse and fine accuracy, per-class precision and
/// recall, and the coarse confusion matrix. `Codable`, so the command line can print it as JSON with the keys
/// `questions`, `coarse_accuracy`, `fine_accuracy`, `per_class`, `confusion`.
package struct ClassifierEvaluation: Sendable, Codable, Equatable {
    /// Precision, recall and support of one fine class.
    package struct ClassMetrics: Sendable, Codable, Equatable {
        /// The fine label (`HUM:ind`).
        package let label: String
        /// Correct predictions of the class over all its predictions, in percent (0 when never predicted).
        package let precision: Double
        /// Correct predictions of the class over its gold questions, in percent (0 when it has none).
        package let recall: Double
        /// The number of gold questions of the class.
        package let support: Int
        /// The number of questions predicted as the class.
        package let predicted: Int
    }

    /// A question the classifier got wrong at the fine level.
    package struct Miss: Sendable, Codable, Equatable {
        /// The question.
        package let question: String
        /// The gold label.
        package let gold: AnswerType
        /// The predicted label.
        package let predicted: AnswerType
    }

    /// The number of questions evaluated.
    package let questions: Int
    /// Percentage of questions whose coarse class is right.
    package let coarseAccuracy: Double
    /// Percentage of questions whose fine class is right.
    package let fineAccuracy: Double
    /// Metrics for every fine class that occurs in the gold labels or the predictions, sorted by label.
    package let perClass: [ClassMetrics]
    /// Coarse confusion matrix: gold coarse label → predicted coarse label → count (all 6 × 6 cells).
    package let confusion: [String: [String: Int]]

    enum CodingKeys: String, CodingKey {
        case questions
        case coarseAccuracy = "coarse_accuracy"
        case fineAccuracy = "fine_accuracy"
        case perClass = "per_class"
        case confusion
    }

    /// Scores predictions against gold labels, pairwise (the shorter array bounds the count).
    package init(gold: [AnswerType], predicted: [AnswerType]) {
        let count = min(gold.count, predicted.count)
        var coarseRight = 0
        var fineRight = 0
        var support: [AnswerType: Int] = [:]
        var predictedCount: [AnswerType: Int] = [:]
        var correct: [AnswerType: Int] = [:]
        var confusion: [String: [String: Int]] = [:]
        for goldCoarse in CoarseType.allCases {
            confusion[goldCoarse.rawValue] = Dictionary(
                uniqueKeysWithValues: CoarseType.allCases.map { ($0.rawValue, 0) })
        }
        for index in 0..<count {
            let truth = gold[index]
            let guess = predicted[index]
            support[truth, default: 0] += 1
            predictedCount[guess, default: 0] += 1
            if truth == guess {
                fineRight += 1
                correct[truth, default: 0] += 1
            }
            if truth.coarse == guess.coarse { coarseRight += 1 }
            confusion[truth.coarse.rawValue, default: [:]][guess.coarse.rawValue, default: 0] += 1
        }
        let labels = Set(support.keys).union(predictedCount.keys).sorted { $0.rawValue < $1.rawValue }
        self.questions = count
        self.coarseAccuracy = Self.percent(coarseRight, of: count)
        self.fineAccuracy = Self.percent(fineRight, of: count)
        self.perClass = labels.map { label in
            let hits = correct[label] ?? 0
            return ClassMetrics(
                label: label.rawValue, precision: Self.percent(hits, of: predictedCount[label] ?? 0),
                recall: Self.percent(hits, of: support[label] ?? 0), support: support[label] ?? 0,
                predicted: predictedCount[label] ?? 0)
        }
        self.confusion = confusion
    }

    /// Classifies every question with `classifier` and scores the result; also returns the fine-level misses
    /// in file order.
    package static func evaluate(
        _ entries: [(label: AnswerType, question: String)], with classifier: QuestionClassifier
    ) -> (evaluation: ClassifierEvaluation, misses: [Miss]) {
        evaluate(entries) { classifier.classify($0) }
    }

    /// Classifies every question from its analysis by `analyzer` (as the engine classifies the questions it
    /// answers) and scores the result; also returns the fine-level misses in file order.
    package static func evaluate(
        _ entries: [(label: AnswerType, question: String)], with classifier: QuestionClassifier,
        analyzer: SentenceAnalyzer
    ) throws -> (evaluation: ClassifierEvaluation, misses: [Miss]) {
        var analyses: [SentenceAnalysis] = []
        analyses.reserveCapacity(entries.count)
        for entry in entries { analyses.append(try analyzer.analysis(ofQuestion: entry.question)) }
        var next = 0
        return evaluate(entries) { _ in
            defer { next += 1 }
            return classifier.classify(analyses[next])
        }
    }

    /// Classifies every question with `classify`, in order, and scores the result.
    private static func evaluate(
        _ entries: [(label: AnswerType, question: String)], classify: (String) -> QuestionAnalysis
    ) -> (evaluation: ClassifierEvaluation, misses: [Miss]) {
        var predicted: [AnswerType] = []
        predicted.reserveCapacity(entries.count)
        var misses: [Miss] = []
        for entry in entries {
            let type = classify(entry.question).answerType
            predicted.append(type)
            if type != entry.label { misses.append(Miss(question: entry.question, gold: entry.label, predicted: type)) }
        }
        return (ClassifierEvaluation(gold: entries.map(\.label), predicted: predicted), misses)
    }

    private static func percent(_ part: Int, of whole: Int) -> Double {
        whole == 0 ? 0 : Double(part) * 100 / Double(whole)
    }
}
