/// Where an answer was found: the sentence, its source, and the answer's place in it.
public struct Evidence: Sendable, Equatable {
    /// The sentence's position in corpus order.
    public let sentence: Int
    /// The sentence text.
    public let text: String
    /// The `file:line` reference of the sentence.
    public let source: String
    /// The answer's UTF-8 byte range in `text`; nil when the whole sentence is the answer.
    public let range: Range<Int>?

    /// Creates an evidence record.
    public init(sentence: Int, text: String, source: String, range: Range<Int>?) {
        self.sentence = sentence
        self.text = text
        self.source = source
        self.range = range
    }

    /// The answer's range in Unicode scalars (code points) of `text`, as Python and JSON consumers index strings.
    public var scalarRange: Range<Int>? {
        guard let range else { return nil }
        let utf8 = Array(text.utf8)
        func scalars(upTo offset: Int) -> Int { utf8[..<offset].reduce(0) { $0 + ($1 & 0xC0 == 0x80 ? 0 : 1) } }
        return scalars(upTo: range.lowerBound)..<scalars(upTo: range.upperBound)
    }
}

/// A scored candidate answer, kept with the reasons for its score so the shell can explain a choice.
public struct Candidate: Sendable, Equatable {
    /// The answer text.
    public let text: String
    /// The span type it was recognised as.
    public let type: SpanType
    /// The final score (0…1).
    public let score: Double
    /// Where it was found.
    public let evidence: Evidence
    /// The parts of the score, by name ("sentence", "type", "proximity", "agreement", …), and the signals that only
    /// the confidence uses (`confidenceOnlyFeatures`).
    public let features: [String: Double]

    /// The features that shape the confidence but not the ranking score: how much of the question the evidence
    /// covers, how much of its relation it states, and whether the corpus holds the question's predicate at all.
    public static let confidenceOnlyFeatures: Set<String> = ["coverage", "relation", "unknownPredicate"]

    /// Creates a candidate.
    public init(text: String, type: SpanType, score: Double, evidence: Evidence, features: [String: Double]) {
        self.text = text
        self.type = type
        self.score = score
        self.evidence = evidence
        self.features = features
    }
}

/// The result of asking a question: the answer (or an honest "no answer"), its evidence and alternatives.
public struct Answer: Sendable {
    /// What the answer is made of.
    public enum Kind: String, Sendable {
        /// A typed span cut from the evidence sentence.
        case span
        /// The best sentence itself (descriptions and types without a recogniser).
        case sentence
        /// Nothing in the corpus answers the question confidently enough.
        case none
    }

    /// The analysed question.
    public let question: QuestionAnalysis
    /// The answer text, or nil when there is no answer.
    public let text: String?
    /// What the answer is made of.
    public let kind: Kind
    /// Confidence in 0…1; below the engine's threshold the answer is withheld.
    public let confidence: Double
    /// The evidence of the answer (for `.none`, the best sentence found, if any, so users can see why).
    public let evidence: Evidence?
    /// The next-best distinct answers, best first.
    public let alternatives: [Candidate]
    /// Every candidate considered, best first (for explanations).
    public let candidates: [Candidate]
    /// The sentences retrieved for the question, best first.
    public let hits: [SearchHit]

    /// Creates an answer.
    public init(
        question: QuestionAnalysis, text: String?, kind: Kind, confidence: Double, evidence: Evidence?,
        alternatives: [Candidate], candidates: [Candidate], hits: [SearchHit]
    ) {
        self.question = question
        self.text = text
        self.kind = kind
        self.confidence = confidence
        self.evidence = evidence
        self.alternatives = alternatives
        self.candidates = candidates
        self.hits = hits
    }
}
