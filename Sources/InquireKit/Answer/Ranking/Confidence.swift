/// Turns ranking evidence into a confidence in 0…1. The main signal is how much of the question (by idf) the
/// evidence sentence covers: a corpus that never mentions the question's rare words cannot answer it. The fit of
/// the span's type, the slot it fills or its closeness to the question's words and the counted noun adjust it; a
/// sentence sharing little with the question scales it down, and so does evidence that names the question's
/// entities without stating the relation asked about ("Who commands Pakistan's air force?" over an article that
/// mentions the air force but never a commander): such near misses are where a wrong answer is most tempting.
///
/// The two relation factors were set on the development half of the SQuAD file and its near-miss variant
/// (`scripts/make_near_miss.py`), trading answered questions against near misses declined; see the README.
enum Confidence {
    /// The weight of the evidence sentence's coverage of the question.
    static let coverageWeight = 0.6
    /// The weight of the span's type fit.
    static let typeWeight = 0.2
    /// The weight of the span's slot fit and closeness to the question's words.
    static let fitWeight = 0.2
    /// The share of the confidence kept when the evidence states none of the question's relation terms; it
    /// grows linearly to 1 with the share stated.
    static let relationFloor = 0.7
    /// The factor applied when no sentence of the corpus holds the question's predicate at all.
    static let unknownPredicateFactor = 0.7

    /// The confidence of a span answer from the winner's features (as `CandidateScorer` names them).
    static func span(_ features: [String: Double]) -> Double {
        let coverage = features["coverage"] ?? 0
        let type = min(1, (features["type"] ?? 0) / 0.5)
        let slot = max(features["slot"] ?? 0, features["role"] ?? 0)
        let fit = 0.5 * slot + 0.5 * min(1, 1.5 * (features["proximity"] ?? 0))
        var value = coverageWeight * coverage + typeWeight * type + fitWeight * fit
        value *= (features["focus"] ?? 1).squareRoot()
        value *= min(1, 0.5 + coverage)
        value *= relationFloor + (1 - relationFloor) * (features["relation"] ?? 1)
        if features["unknownPredicate"] == 1 { value *= unknownPredicateFactor }
        return min(1, max(0, value))
    }

    /// The confidence of a sentence answer from the sentence's coverage and retrieval score.
    static func sentence(coverage: Double, retrieval: Double) -> Double {
        min(1, max(0, 0.8 * coverage + 0.2 * retrieval))
    }
}
