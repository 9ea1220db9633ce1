/// What a question asks for: its answer type, focus noun and retrieval keywords.
public struct QuestionAnalysis: Sendable, Equatable {
    /// The question as asked.
    public let text: String
    /// The expected answer type.
    public let answerType: AnswerType
    /// The coarse class of `answerType`.
    public var coarse: CoarseType { answerType.coarse }
    /// The wh-phrase, lowercased ("who", "how many"), or nil.
    public let whWord: String?
    /// The head noun, singular and lowercased ("child").
    public let focus: String?
    /// The head noun as asked ("children").
    public let focusAsAsked: String?
    /// Content words for retrieval, lowercased.
    public let keywords: [String]
    /// Quoted phrases.
    public let phrases: [String]
    /// How sure the classifier is, 0…1.
    public let confidence: Double

    /// Creates an analysis.
    public init(
        text: String, answerType: AnswerType, whWord: String?, focus: String?, focusAsAsked: String?,
        keywords: [String], phrases: [String], confidence: Double
    ) {
        self.text = text
        self.answerType = answerType
        self.whWord = whWord
        self.focus = focus
        self.focusAsAsked = focusAsAsked
        self.keywords = keywords
        self.phrases = phrases
        self.confidence = confidence
    }
}
