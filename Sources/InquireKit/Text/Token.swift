/// One token of a text: a word, a number, or a hyphenated compound (and, after it, its parts).
public struct Token: Sendable, Equatable {
    /// What a token stands for.
    public enum Kind: Sendable, Equatable {
        /// A word of letters (possibly with inner apostrophes: "don't").
        case word
        /// A number written in digits, with its separators and decimals ("1,200", "3.5").
        case number
        /// A hyphenated compound kept whole ("900-kilometer", "nuclear-armed").
        case compound
        /// One part of the preceding compound ("900", "kilometer").
        case part
    }

    /// The normalised form: lowercased, curly apostrophes straightened, a possessive "'s" removed.
    public let term: String
    /// The UTF-8 byte range of the token in the analysed text (without a possessive "'s").
    public let range: Range<Int>
    /// What the token stands for.
    public let kind: Kind
    /// Whether the surface form starts with an upper-case letter (a cue for names).
    public let isCapitalized: Bool

    /// Creates a token.
    public init(term: String, range: Range<Int>, kind: Kind, isCapitalized: Bool) {
        self.term = term
        self.range = range
        self.kind = kind
        self.isCapitalized = isCapitalized
    }
}
