/// One token of a text: a word, a number, or a hyphenated compound (and, after it, its parts).
///
/// `range` is the token's UTF-8 byte range in the text that was tokenised: the primary form of a token's
/// position, cheap to compare and to slice the original bytes with. `scalarRange(in:)` converts it to Unicode
/// code-point offsets (the "character offsets" of SQuAD and Python) when a caller needs those.
public struct Token: Sendable, Equatable {
    /// What a token stands for.
    public enum Kind: Sendable, Equatable {
        /// A word of letters, possibly with digits, inner apostrophes or acronym dots ("don't", "12km", "U.S.").
        case word
        /// A number written in ASCII digits, with its thousands separators and decimals ("1,200", "3.5").
        case number
        /// A hyphenated compound kept whole ("900-kilometer", "nuclear-armed"); its parts follow it.
        case compound
        /// One part of the preceding compound ("900", "kilometer").
        case part
    }

    /// The normalised form: lowercased, curly apostrophes straightened, a possessive "'s" removed.
    public let term: String
    /// The UTF-8 byte range of the token in the tokenised text (without a possessive "'s").
    public let range: Range<Int>
    /// What the token stands for.
    public let kind: Kind
    /// Whether the surface form starts with an upper-case letter (a cue for names).
    public let isCapitalized: Bool
    /// A currency sign written directly before the token (`$`, `£`, `€`, `¥` or `₹`, as in "$4.5bn"), or nil.
    public let currencySign: Unicode.Scalar?
    /// Whether a per-cent sign follows the token directly ("40%").
    public let hasPercentSign: Bool

    /// Creates a token.
    public init(
        term: String,
        range: Range<Int>,
        kind: Kind,
        isCapitalized: Bool,
        currencySign: Unicode.Scalar? = nil,
        hasPercentSign: Bool = false
    ) {
        self.term = term
        self.range = range
        self.kind = kind
        self.isCapitalized = isCapitalized
        self.currencySign = currencySign
        self.hasPercentSign = hasPercentSign
    }

    /// The token's range as Unicode code-point offsets into `text`, the string that was tokenised.
    /// O(n) in the offset: count once per text when converting many tokens (see `TextOffsets`).
    public func scalarRange(in text: String) -> Range<Int> { TextOffsets.scalarRange(of: range, in: text) }
}
