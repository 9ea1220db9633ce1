/// The verdict of one pattern family: the class, how sure it is, and which tokens made up the question
/// phrase (so they are not searched for).
struct RuleOutcome: Sendable, Equatable {
    /// The fine answer class.
    var type: AnswerType
    /// Confidence, 0…1.
    var confidence: Double
    /// The question word or phrase, lowercased ("how many").
    var whWord: String?
    /// Tokens of the question phrase (question word, *many*, a command verb, a leading preposition).
    var whTokens: [Int] = []
    /// The focus noun, if the pattern found one.
    var head: HeadMatch?
    /// Tokens of transparent nouns passed through (*kind of*), not keywords.
    var scaffold: [Int] = []

    /// Confidence when a lexicon head decided the class.
    static let lexiconConfidence = 0.9
    /// Confidence when an unambiguous question word decided it (*when*, *why*, *how many*).
    static let patternConfidence = 0.95
    /// Confidence of a general default (*What is X?* → definition).
    static let defaultConfidence = 0.6
    /// The highest confidence given to the catch-all class *other entity*, even from a lexicon head.
    static let otherEntityConfidence = 0.7
    /// Confidence of the last-resort guess.
    static let fallbackConfidence = 0.35
}
