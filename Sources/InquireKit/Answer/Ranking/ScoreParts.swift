/// The parts of a candidate's score, by name: what `CandidateScorer` measured about the span and its sentence,
/// what the merge across sentences added, and the signals only the confidence reads. Ranking, merging,
/// confidence and the shell's `:why` all read these fields, in this order, so sums and explanations come out the
/// same on every run.
public struct ScoreParts: Sendable, Equatable {
    /// The evidence sentence's match with the question: the mean of its relative retrieval score and its
    /// idf-weighted coverage of the question, read with the sentences around it when the hits come from several
    /// documents (`SentenceMatch.strength`; 0…1).
    public var sentence: Double = 0
    /// The fit of the span's type to the asked type, scaled by the entity tagger's kind and the place kind
    /// (0…about 1.5).
    public var type: Double = 0
    /// The question's words around the span, idf-weighted and decaying with distance (0…1).
    public var proximity: Double = 0
    /// The wh-slot the span fills by the surface rules (subject before the verb, object after it, …; 0…1).
    public var slot: Double = 0
    /// The asked role the span fills in the evidence sentence's parse, weighted by the question's other
    /// arguments found in their roles (0…1; `SyntaxEvidence.role`).
    public var role: Double = 0
    /// The factor for repeating the question's own words (1: none repeated).
    public var repetition: Double = 1
    /// For counts, the factor for counting the question's focus noun (1) rather than another noun.
    public var focus: Double = 1
    /// What agreement from other sentences added in the merge (0…0.1).
    public var agreement: Double = 0
    /// The score's lead over the best other candidate (negative for a candidate that is not first).
    public var lead: Double = 0
    /// Confidence only: the idf-weighted share of the question the evidence sentence covers (0…1).
    public var coverage: Double = 0
    /// Confidence only: the share of the question's relation words the evidence states (1 when it has none).
    public var relation: Double = 1
    /// Confidence only: whether no sentence of the corpus holds the question's predicate.
    public var unknownPredicate = false
    /// Confidence only: whether the evidence sentence's parse states the question's predicate.
    public var predicateFound = false
    /// Confidence only: the share of the question's other arguments found in their roles (0…1).
    public var arguments: Double = 0
    /// Confidence only: the best coverage of the question by any sentence searched (0…1), the same for every
    /// candidate of a question: a question whose words the corpus mostly lacks is rarely answered right.
    public var bestCoverage: Double = 0
    /// Confidence only: how many of the question's terms no sentence of the corpus holds, the same for every
    /// candidate of a question. Questions are written from the sentence that answers them: a term the text never
    /// uses is most often a fact it does not state.
    public var absentTerms = 0
    /// Confidence only: the idf-weighted share of the question's terms that some sentence of the corpus holds
    /// (0…1; 1 when the question has no terms), the same for every candidate of a question.
    public var presentShare: Double = 1
    /// Confidence only: how many of the question's terms the evidence sentence lacks.
    public var missingTerms = 0
    /// Confidence only: how many sentences the evidence sentence's document holds (0 when unknown). The same
    /// question over a paragraph and over a whole article is a different bet: an article states more of the
    /// question's words about other things (`ConfidenceModel`'s text-length features).
    public var documentSentences = 0

    /// Creates parts, every one at its neutral value unless given.
    public init() {}

    /// The weight of the sentence's match (retrieval score and coverage) in the ranking score.
    static let sentenceWeight = 0.35
    /// The weight of the span's type fit.
    static let typeWeight = 0.25
    /// The weight of the question's words around the span.
    static let proximityWeight = 0.35
    /// The weight of the wh-slot the span fills.
    static let slotWeight = 0.2
    /// The weight of the asked role the span fills in the parse.
    static let roleWeight = 0.3

    /// The ranking score of one sentence's span: the weighted sum of the additive parts, times the repetition
    /// and focus factors (before agreement).
    public var base: Double {
        let sum =
            Self.sentenceWeight * sentence + Self.typeWeight * type + Self.proximityWeight * proximity
            + Self.slotWeight * slot + Self.roleWeight * role
        return sum * repetition * focus
    }

    /// The parts that decide the ranking, by name, in a fixed order, each as what it adds to the score: a
    /// weighted part as weight × value; the repetition factor as what it takes off the weighted sum, then the focus
    /// factor as what it takes off the rest; agreement as added. They sum to the score, and
    /// `:why` compares candidates on them.
    public var contributions: [(name: String, value: Double)] {
        let weighted: [(name: String, value: Double)] = [
            ("sentence", Self.sentenceWeight * sentence),
            ("type", Self.typeWeight * type),
            ("proximity", Self.proximityWeight * proximity),
            ("slot", Self.slotWeight * slot),
            ("role", Self.roleWeight * role),
        ]
        let sum = weighted.reduce(0) { $0 + $1.value }
        return weighted + [
            ("repetition", sum * (repetition - 1)),
            ("focus", sum * repetition * (focus - 1)),
            ("agreement", agreement),
        ]
    }

    /// Every part by name and value, in a fixed order (for listing a candidate in `:why`).
    public var listed: [(name: String, value: Double)] {
        [
            ("sentence", sentence), ("type", type), ("proximity", proximity), ("slot", slot), ("role", role),
            ("repetition", repetition), ("focus", focus), ("agreement", agreement), ("coverage", coverage),
            ("relation", relation), ("arguments", arguments), ("present", presentShare),
            ("missing", Double(missingTerms)),
        ]
    }
}
