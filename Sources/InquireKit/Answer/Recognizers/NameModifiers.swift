/// Capitalised words that name nothing that acts or lies somewhere: an adjective that modifies a common noun
/// ("High tuition", "the Imperial household", "a Mongol tributary state") and a bare Roman numeral ("grade I or
/// II listed"). Neither answers a *who* question, and the adjective no *where* question either.
enum NameModifiers {
    /// Whether `span` (a person, group or place span whose head word in `analysis` is `head`) cannot answer as
    /// its type: its head is the `amod` of a lower-case common noun after it, or it is a person or group span
    /// made of one Roman numeral.
    static func excludes(_ span: TypedSpan, head: Int, in analysis: SentenceAnalysis) -> Bool {
        switch span.type {
        case .person, .group:
            return isRomanNumeral(span.text) || modifiesCommonNoun(head, in: analysis)
        case .location:
            return modifiesCommonNoun(head, in: analysis)
        default:
            return false
        }
    }

    /// Whether word `head` is the adjectival modifier (`amod`) of a lower-case common noun after it.
    static func modifiesCommonNoun(_ head: Int, in analysis: SentenceAnalysis) -> Bool {
        guard analysis.relations.indices.contains(head), analysis.relations[head] == "amod" else { return false }
        let noun = analysis.heads[head]
        guard noun > head, analysis.tags.indices.contains(noun), analysis.tags[noun] == .noun,
            let first = analysis.words[noun].text.unicodeScalars.first
        else { return false }
        return first.properties.isLowercase
    }

    /// Whether `text` is one Roman numeral from 1 to 89 written in capitals ("II", "XLIX"; the letters I, V, X
    /// and L only, so "DVD", "CD" and "MD" are no numerals).
    static func isRomanNumeral(_ text: String) -> Bool {
        romanNumerals.contains(text)
    }

    /// The Roman numerals from 1 to 89 ("I" … "LXXXIX").
    static let romanNumerals: Set<String> = {
        let units = ["", "I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX"]
        let tens = ["", "X", "XX", "XXX", "XL", "L", "LX", "LXX", "LXXX"]
        return Set(tens.flatMap { ten in units.map { ten + $0 } }.filter { !$0.isEmpty })
    }()
}
