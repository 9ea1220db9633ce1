/// The question word a question opens with, after at most one leading preposition ("To whom …", "In how many …"):
/// the buckets of the evaluation report's per-type table and of `inquire eval --types`.
public enum QuestionOpening: String, CaseIterable, Sendable, Codable, Comparable {
    /// who, whom, whose.
    case who
    /// where.
    case `where`
    /// when.
    case when
    /// what.
    case what
    /// which.
    case which
    /// why.
    case why
    /// how many.
    case howMany = "how-many"
    /// how much.
    case howMuch = "how-much"
    /// Any other how (how long, how did …).
    case how
    /// No question word first (imperatives, "The Broncos beat whom?", yes/no questions).
    case other

    /// The bucket of `question`: its first word, or its second when the first is a preposition. Words are runs
    /// of letters and digits, so "Who's" opens with *who*.
    public init(question: String) {
        var words = Self.leadingWords(question, count: 3)
        if let first = words.first, Self.prepositions.contains(first) { words.removeFirst() }
        switch words.first {
        case "who", "whom", "whose": self = .who
        case "where": self = .where
        case "when": self = .when
        case "what": self = .what
        case "which": self = .which
        case "why": self = .why
        case "how":
            switch words.dropFirst().first {
            case "many": self = .howMany
            case "much": self = .howMuch
            default: self = .how
            }
        default: self = .other
        }
    }

    /// Orders buckets as they are declared (the report's row order).
    public static func < (lhs: QuestionOpening, rhs: QuestionOpening) -> Bool {
        let order = allCases
        return (order.firstIndex(of: lhs) ?? 0) < (order.firstIndex(of: rhs) ?? 0)
    }

    /// English prepositions that may stand before a question word.
    static let prepositions: Set<String> = [
        "about", "above", "across", "after", "against", "along", "amid", "among", "around", "as", "at", "before",
        "behind", "below", "beneath", "beside", "besides", "between", "beyond", "by", "despite", "during", "except",
        "for", "from", "in", "inside", "into", "like", "near", "of", "off", "on", "onto", "out", "outside", "over",
        "past", "per", "since", "than", "through", "throughout", "till", "to", "toward", "towards", "under",
        "underneath", "unlike", "until", "unto", "up", "upon", "via", "with", "within", "without",
    ]

    /// The first `count` words of `text`, lowercased: maximal runs of letters and digits (Python's `[^\W_]+`, so
    /// `scripts/squad_official_eval.py --opening` selects the same questions).
    static func leadingWords(_ text: String, count: Int) -> [String] {
        var words: [String] = []
        var current = ""
        for scalar in text.unicodeScalars {
            if scalar != "_", AnswerNormalizer.isPythonWordCharacter(scalar) {
                current.unicodeScalars.append(scalar)
                continue
            }
            if !current.isEmpty {
                words.append(current.lowercased())
                current = ""
                if words.count == count { return words }
            }
        }
        if !current.isEmpty { words.append(current.lowercased()) }
        return words
    }
}
