/// The per-question measures of the official SQuAD evaluation, plus the rank of the first correct candidate (for
/// hit@k and mean reciprocal rank). Answers are compared after `AnswerNormalizer`.
public enum Metrics {
    /// Whether two answers are equal after normalisation (`exact_match_score`).
    public static func exactMatch(_ prediction: String, _ gold: String) -> Bool {
        AnswerNormalizer.normalize(prediction) == AnswerNormalizer.normalize(gold)
    }

    /// Token F1 of a prediction against one gold answer (`f1_score` of SQuAD v1.1): the harmonic mean of the
    /// shared-token precision and recall, counting repeated tokens as often as both sides hold them; 0 when no
    /// token is shared (so also when either side is empty).
    public static func f1(_ prediction: String, _ gold: String) -> Double {
        f1(tokens: AnswerNormalizer.tokens(prediction), gold: AnswerNormalizer.tokens(gold))
    }

    /// Token F1 of two token lists already normalised.
    public static func f1(tokens prediction: [String], gold: [String]) -> Double {
        guard !prediction.isEmpty, !gold.isEmpty else { return 0 }
        var counts: [String: Int] = [:]
        for token in gold { counts[token, default: 0] += 1 }
        var shared = 0
        for token in prediction {
            if let left = counts[token], left > 0 {
                shared += 1
                counts[token] = left - 1
            }
        }
        guard shared > 0 else { return 0 }
        let precision = Double(shared) / Double(prediction.count)
        let recall = Double(shared) / Double(gold.count)
        return 2 * precision * recall / (precision + recall)
    }

    /// Exact match against the best of several gold answers (`metric_max_over_ground_truths`): 1 or 0.
    /// An empty gold list means the question has no answer, and then only an empty prediction (an abstention, or
    /// text that normalises to nothing) is right, as in SQuAD 2.0.
    public static func exactMatch(_ prediction: String, golds: [String]) -> Double {
        guard !golds.isEmpty else { return AnswerNormalizer.normalize(prediction).isEmpty ? 1 : 0 }
        let normalized = AnswerNormalizer.normalize(prediction)
        return golds.contains { AnswerNormalizer.normalize($0) == normalized } ? 1 : 0
    }

    /// Token F1 against the best of several gold answers; for a question without answer, 1 for an empty
    /// prediction and 0 otherwise (SQuAD 2.0).
    public static func f1(_ prediction: String, golds: [String]) -> Double {
        let tokens = AnswerNormalizer.tokens(prediction)
        guard !golds.isEmpty else { return tokens.isEmpty ? 1 : 0 }
        return golds.map { f1(tokens: tokens, gold: AnswerNormalizer.tokens($0)) }.max() ?? 0
    }

    /// The 1-based position of the first of `ranked` that exactly matches one of `golds` (an empty string stands
    /// for an abstention, which matches a question without answer), or nil when none does.
    public static func rank(of golds: [String], in ranked: [String]) -> Int? {
        ranked.firstIndex { exactMatch($0, golds: golds) == 1 }.map { $0 + 1 }
    }

    /// The reciprocal of a rank, 0 for no rank (one question's share of mean reciprocal rank).
    public static func reciprocalRank(_ rank: Int?) -> Double {
        rank.map { 1 / Double($0) } ?? 0
    }

    /// A share as a percentage, 0 for an empty whole (so an empty subset prints as 0, not as NaN).
    public static func percent(_ part: Double, of whole: Int) -> Double {
        whole == 0 ? 0 : 100 * part / Double(whole)
    }
}
