/// What the classifier learned about a question: the answer type it expects, the question word, the focus
/// noun and the words to search with.
public struct QuestionAnalysis: Sendable, Equatable {
    /// The question as given.
    public let text: String
    /// The expected answer's fine class (TREC taxonomy), e.g. `.individual` for "Who wrote Hamlet?".
    public let answerType: AnswerType
    /// The question word or phrase, lowercased ("who", "how many", "which", "name" for "Name the …");
    /// `nil` when the question has none.
    public let whWord: String?
    /// The head noun the question asks about, singular and lowercased ("child" for "How many children …");
    /// `nil` when there is none (as in "Who wrote the opera?").
    public let focus: String?
    /// The focus as written in the question ("children").
    public let focusAsAsked: String?
    /// The content words to search with, lowercased, in question order, without stopwords, the question
    /// word or scaffolding nouns (*kind of*, *name of*), with possessive *'s* removed.
    public let keywords: [String]
    /// Text between double quotes (straight or curly), each kept whole.
    public let phrases: [String]
    /// How sure the classifier is, 0…1: high when a lexicon head or a decisive pattern fired, lower when it
    /// fell back to a default.
    public let confidence: Double
    /// The question's tokens as the classifier read them (off its UD words); empty for an analysis built
    /// directly, whose readers tokenise `text` the same way.
    var tokens: [QuestionToken] = []

    /// The coarse class of `answerType`.
    public var coarse: CoarseType { answerType.coarse }

    /// Whether the question asks which one of its focus noun's kind — *Which newspaper …?*, *In which journal
    /// …?*, *What programme is X part of?*, *Which religion …?* — for a kind that has no recogniser of its own (a
    /// creative work, an event, a product, a vehicle, a religion, a language or another entity): a name answers it
    /// ("the Lakeside Courier", "Wicca").
    public var asksForNamedInstance: Bool {
        guard let whWord, ["which", "what"].contains(whWord), focus != nil else { return false }
        return Self.namedInstanceTypes.contains(answerType)
    }

    /// The answer types of things that are named but have no recogniser of their own.
    static let namedInstanceTypes: Set<AnswerType> = [
        .creativeWork, .event, .otherEntity, .product, .vehicle, .religion, .language,
    ]

    /// Creates an analysis; the classifier is the usual source, tests and callers may build one directly.
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

    /// Two analyses are equal when everything they say about the question is (the tokens they were read from
    /// aside).
    public static func == (lhs: QuestionAnalysis, rhs: QuestionAnalysis) -> Bool {
        lhs.text == rhs.text && lhs.answerType == rhs.answerType && lhs.whWord == rhs.whWord
            && lhs.focus == rhs.focus && lhs.focusAsAsked == rhs.focusAsAsked && lhs.keywords == rhs.keywords
            && lhs.phrases == rhs.phrases && lhs.confidence == rhs.confidence
    }
}
