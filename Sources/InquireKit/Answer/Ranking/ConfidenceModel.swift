import Foundation

/// The calibrated confidence: a logistic model over a candidate's score parts (or, for a whole-sentence answer,
/// the sentence's match) giving the probability that the answer is right, as `inquire eval` scores it (exact
/// match after SQuAD normalisation). The weights are fitted on development data by `inquire-train confidence`
/// (`LogisticRegression`) and written to `ConfidenceWeights.swift`; the README gives the data and the command.
package struct ConfidenceModel: Sendable, Equatable {
    /// The weights, one per feature in `featureNames` order (the first is the intercept).
    package let weights: [Double]

    /// The weights of a thing answer (`SpanType.thing`, told by the last feature), fitted on their own
    /// (`ThingConfidenceWeights`), in the same order.
    package let thingWeights: [Double]

    /// Creates a model from one weight per feature, and `thingWeights` for thing answers (by default those
    /// fitted); missing weights count as 0 and extra ones are dropped.
    package init(weights: [Double], thingWeights: [Double] = ThingConfidenceWeights.values) {
        self.weights = Self.padded(weights)
        self.thingWeights = Self.padded(thingWeights)
    }

    /// `weights` cut or padded with 0 to one per feature.
    static func padded(_ weights: [Double]) -> [Double] {
        let count = Self.featureNames.count
        return Array(weights.prefix(count)) + [Double](repeating: 0, count: max(0, count - weights.count))
    }

    /// The model shipped with the engine.
    package static let fitted = ConfidenceModel(weights: ConfidenceWeights.values)

    /// The span types of quantities, which set the "count answer" feature: a count, and an amount of money, a share,
    /// a distance or a duration, which answer *how much*, *how long*, *how old* as a count answers *how many*. The
    /// weights were fitted on who, where and how-many questions, whose candidates are never of the measured types,
    /// so the fit is the same as with counts alone.
    static let quantityTypes: Set<SpanType> = [.count, .money, .percent, .distance, .duration]

    /// The features' names, in the order of a feature vector: the parts of a candidate, the whole-text features
    /// (`wholeTextFeatureNames`), and last whether it is a thing answer.
    package static let featureNames =
        [
            "intercept", "score", "lead", "sentence", "type", "proximity", "slot", "role", "repetition", "focus",
            "agreement", "coverage", "relation", "unknown predicate", "predicate found", "arguments", "count answer",
            "place answer", "sentence answer", "best coverage", "coverage × role", "relation × predicate found",
            "proximity × coverage", "role × arguments", "lead × role", "type × sentence", "term absent",
            "present share", "missing terms",
        ] + wholeTextFeatureNames + ["thing answer"]

    /// The names of the whole-text features (`textFeatures`), in vector order, just before "thing answer".
    static let wholeTextFeatureNames = [
        "long text", "text length", "long × role", "long × predicate found", "long × coverage", "long × lead",
    ]

    /// The names of the whole-text features, which `inquire-train confidence` fits only with `--text-features`
    /// (otherwise their weights stay 0).
    package static let textFeatureNames = Set(wholeTextFeatureNames)

    /// The feature vector of a span candidate with `parts`, `score` and `type`.
    package static func features(_ parts: ScoreParts, score: Double, type: SpanType) -> [Double] {
        [
            1, min(1, score), min(1, max(-1, parts.lead)), parts.sentence, min(1.5, parts.type), parts.proximity,
            parts.slot,
            parts.role, parts.repetition, parts.focus, 10 * parts.agreement, parts.coverage, parts.relation,
            parts.unknownPredicate ? 1 : 0, parts.predicateFound ? 1 : 0, parts.arguments,
            quantityTypes.contains(type) ? 1 : 0,
            type == .location ? 1 : 0, 0, parts.bestCoverage, parts.coverage * parts.role,
            parts.predicateFound ? parts.relation : 0, parts.proximity * parts.coverage,
            parts.role * parts.arguments, min(1, max(-1, parts.lead)) * parts.role,
            min(1.5, parts.type) * parts.sentence, parts.absentTerms > 0 ? 1 : 0, parts.presentShare,
            log(1 + Double(parts.missingTerms)),
        ] + textFeatures(documentSentences: parts.documentSentences, parts: parts) + [type == .thing ? 1 : 0]
    }

    /// The features that tell a whole article from a paragraph, for evidence in a document of
    /// `documentSentences` sentences: whether it is longer than a paragraph (`UnstatedRelation.isLong`), its
    /// length on a log scale capped at 1 (`textLength`), and the long-text indicator times the role, predicate
    /// found, coverage and lead of `parts` (a whole-sentence answer gives neutral parts).
    static func textFeatures(documentSentences: Int, parts: ScoreParts) -> [Double] {
        let long: Double = UnstatedRelation.isLong(sentences: documentSentences) ? 1 : 0
        return [
            long, textLength(documentSentences), long * parts.role, long * (parts.predicateFound ? 1 : 0),
            long * parts.coverage, long * min(1, max(-1, parts.lead)),
        ]
    }

    /// A document's length on a log scale: ln(1 + sentences) / ln(1 + 1000), capped at 1 (a paragraph of 5
    /// sentences about 0.26, an article of 50 about 0.57, 1000 sentences or more 1).
    static func textLength(_ sentences: Int) -> Double {
        min(1, log(1 + Double(max(0, sentences))) / log(1001))
    }

    /// The feature vector of a whole-sentence answer whose sentence (the best one found) covers `coverage` of the
    /// question, with a relative retrieval score `retrieval` and a share `relation` of the question's relation
    /// words; `absentTerms`, `presentShare`, `missingTerms` and `documentSentences` are read as `ScoreParts`'
    /// fields of those names.
    package static func sentenceFeatures(
        coverage: Double, retrieval: Double, relation: Double, absentTerms: Int = 0, presentShare: Double = 1,
        missingTerms: Int = 0, documentSentences: Int = 0
    ) -> [Double] {
        var vector = [Double](repeating: 0, count: featureNames.count)
        vector[0] = 1
        vector[3] = 0.5 * coverage + 0.5 * retrieval
        vector[11] = coverage
        vector[12] = relation
        vector[18] = 1
        vector[19] = coverage
        vector[26] = absentTerms > 0 ? 1 : 0
        vector[27] = presentShare
        vector[28] = log(1 + Double(missingTerms))
        var parts = ScoreParts()
        parts.coverage = coverage
        let text = textFeatures(documentSentences: documentSentences, parts: parts)
        let start = featureNames.count - 1 - text.count
        vector.replaceSubrange(start..<(start + text.count), with: text)
        return vector
    }

    /// The probability (0…1) that an answer with these features is right: σ(w · x), with the thing weights for a
    /// thing answer.
    package func probability(_ features: [Double]) -> Double {
        var sum = 0.0
        for (weight, value) in zip(Self.isThing(features) ? thingWeights : weights, features) { sum += weight * value }
        return Self.sigmoid(sum)
    }

    /// Whether `features` are those of a thing answer (a full vector whose last feature, "thing answer", is 1).
    package static func isThing(_ features: [Double]) -> Bool {
        features.count == featureNames.count && features[features.count - 1] == 1
    }

    /// The logistic function, computed without overflow.
    package static func sigmoid(_ value: Double) -> Double {
        value >= 0 ? 1 / (1 + exp(-value)) : exp(value) / (1 + exp(value))
    }
}
