/// A name standing right before the description it names: "the Kestrel Front Basque separatist group", "the
/// Calder family trust". The name answers *which group* and *who*, and it fills whatever role the phrase fills
/// (the tree hangs it off the phrase's head as a compound); the description itself fits less. An adjective of
/// nationality or religion between the two ("Basque", "Sunni") modifies the head noun: it is no part of the name.
enum NamedDescriptions {
    /// `span` without the adjectives at its end that modify a noun after it ("Kestrel Front Basque" before
    /// "separatist group" → "Kestrel Front"): for a person or group span of more than one word, whose last words
    /// are adjectives (`amod`) of a common noun right after the span (`modifiesNounAfter`). The span itself
    /// otherwise.
    static func withoutTrailingModifiers(_ span: TypedSpan, in analysis: SentenceAnalysis, view: SentenceView)
        -> TypedSpan
    {
        guard span.type == .person || span.type == .group, let covered = analysis.words(coveringBytes: span.range)
        else { return span }
        var upper = covered.upperBound
        while upper - covered.lowerBound > 1, analysis.tags[upper - 1] == .adj,
            analysis.baseRelation(upper - 1) == "amod", modifiesNounAfter(upper - 1, span: covered, in: analysis)
        {
            upper -= 1
        }
        guard upper < covered.upperBound else { return span }
        let bytes = analysis.byteRange(of: covered.lowerBound..<upper)
        guard let words = SyntaxSpans.viewWords(bytes, in: view), words.upperBound < span.tokens.upperBound else {
            return span
        }
        return TypedSpan(view: view, type: span.type, words: words, strength: span.strength)
    }

    /// Whether the adjective `word` modifies a common noun after the words `span`, at most `reach` words on, with
    /// only that noun's other adjectives and compounds between ("Basque [separatist] group").
    static func modifiesNounAfter(_ word: Int, span: Range<Int>, in analysis: SentenceAnalysis) -> Bool {
        let noun = analysis.heads[word]
        guard noun >= span.upperBound, noun - span.upperBound < reach, analysis.tags[noun] == .noun else {
            return false
        }
        let modifiers: Set<Substring> = ["compound", "amod"]
        return (span.upperBound..<noun).allSatisfy {
            analysis.heads[$0] == noun && modifiers.contains(analysis.baseRelation($0))
        }
    }

    /// How far after a name the noun its last adjective modifies may stand.
    static let reach = 3

    /// The pairs (name, description) among `spans` (indices into it): a person or group span whose head word
    /// (`heads`, in `analysis`) is a proper noun that the tree makes a compound of the head of a person or group
    /// span starting right after it, whose head is a common noun (each typing of the description pairs).
    static func pairs(_ spans: [TypedSpan], heads: [Int?], in analysis: SentenceAnalysis)
        -> [(name: Int, description: Int)]
    {
        let names: Set<SpanType> = [.person, .group]
        var byStart: [Int: [Int]] = [:]
        for (index, span) in spans.enumerated() where names.contains(span.type) {
            if let head = heads[index], analysis.tags[head] == .noun {
                byStart[span.tokens.lowerBound, default: []].append(index)
            }
        }
        var pairs: [(name: Int, description: Int)] = []
        for (index, span) in spans.enumerated() where names.contains(span.type) {
            guard let head = heads[index], analysis.tags[head] == .propn, analysis.baseRelation(head) == "compound"
            else { continue }
            for description in byStart[span.tokens.upperBound] ?? [] where heads[description] == analysis.heads[head] {
                pairs.append((index, description))
            }
        }
        return pairs
    }

    /// How much of its role a description keeps once its name has taken it.
    static let describedRole = 0.5

    /// `syntaxes` (one per span of `spans`) with each pair applied: the name given the description's alignment
    /// when that fills the asked role better than its own, and the description marked as describing a name
    /// (`SyntaxEvidence.describesName`) with its role scaled by `describedRole`.
    static func applied(to syntaxes: [SyntaxEvidence], spans: [TypedSpan], heads: [Int?], in analysis: SentenceAnalysis)
        -> [SyntaxEvidence]
    {
        var syntaxes = syntaxes
        let found = pairs(spans, heads: heads, in: analysis)
        for pair in found {
            let described = syntaxes[pair.description].alignment
            if described.role > syntaxes[pair.name].alignment.role { syntaxes[pair.name].alignment = described }
        }
        for description in Set(found.map(\.description)) {
            syntaxes[description].describesName = true
            syntaxes[description].alignment.role *= describedRole
        }
        return syntaxes
    }
}
