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
    /// The final score: `parts.base` plus agreement (about 0…1.5; not capped, so strong candidates stay apart).
    public let score: Double
    /// Where it was found.
    public let evidence: Evidence
    /// The parts of the score, and the signals that only the confidence reads.
    public let parts: ScoreParts
    /// The calibrated probability that this candidate is a right answer (`ConfidenceModel`).
    public let confidence: Double

    /// Creates a candidate.
    public init(
        text: String, type: SpanType, score: Double, evidence: Evidence, parts: ScoreParts, confidence: Double = 0
    ) {
        self.text = text
        self.type = type
        self.score = score
        self.evidence = evidence
        self.parts = parts
        self.confidence = confidence
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
    /// The calibrated probability (0…1) that the answer (or, when it was withheld, the best candidate) is right;
    /// below the engine's threshold the answer is withheld.
    public let confidence: Double
    /// The evidence of the answer (for `.none`, the best sentence found, if any, so users can see why).
    public let evidence: Evidence?
    /// The next-best distinct answers, best first.
    public let alternatives: [Candidate]
    /// Every candidate considered, best first (for explanations).
    public let candidates: [Candidate]
    /// The sentences retrieved for the question, best first.
    public let hits: [SearchHit]
    /// The features the confidence was computed from (`ConfidenceModel`): the best candidate's, or the best
    /// sentence's for a sentence answer; empty when there was no candidate.
    package var confidenceFeatures: [Double] = []
    /// Why there is no answer when every candidate was ruled out because the corpus never states the question's
    /// predicate (`UnstatedRelation`); nil otherwise.
    public var ruledOut: RuledOutCandidates?
    /// Which fact of its document's header the answer was read from (`DocumentHeader`), for a question about the
    /// report itself ("When was the article published?"); nil for an answer found in the sentences.
    package var header: HeaderQuestion.Fact?

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
