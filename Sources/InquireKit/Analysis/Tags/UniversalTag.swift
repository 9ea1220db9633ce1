/// The 17 universal part-of-speech tags of Universal Dependencies (UPOS).
///
/// The raw value is a small stable number, used as a class index by the tagger and as a feature value by the parser.
package enum UniversalTag: UInt8, CaseIterable, Sendable, Hashable {
    /// Adjective.
    case adj
    /// Adposition.
    case adp
    /// Adverb.
    case adv
    /// Auxiliary.
    case aux
    /// Coordinating conjunction.
    case cconj
    /// Determiner.
    case det
    /// Interjection.
    case intj
    /// Noun.
    case noun
    /// Numeral.
    case num
    /// Particle.
    case part
    /// Pronoun.
    case pron
    /// Proper noun.
    case propn
    /// Punctuation.
    case punct
    /// Subordinating conjunction.
    case sconj
    /// Symbol.
    case sym
    /// Verb.
    case verb
    /// Other.
    case x

    /// The tag named by its UD label ("NOUN" → `.noun`), or `nil` for anything else.
    package init?(label: some StringProtocol) {
        guard let tag = Self.byLabel[String(label)] else { return nil }
        self = tag
    }

    /// The UD label of the tag (`.noun` → "NOUN").
    package var label: String { Self.labels[Int(rawValue)] }

    private static let labels = [
        "ADJ", "ADP", "ADV", "AUX", "CCONJ", "DET", "INTJ", "NOUN", "NUM", "PART", "PRON", "PROPN", "PUNCT",
        "SCONJ", "SYM", "VERB", "X",
    ]

    private static let byLabel: [String: UniversalTag] = Dictionary(
        uniqueKeysWithValues: allCases.map { ($0.label, $0) }
    )
}
