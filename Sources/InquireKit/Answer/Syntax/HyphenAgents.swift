/// The agent a name joined by a hyphen to a past participle states: "an Islamic State-claimed bombing", "a US-led
/// coalition", "Soviet-backed forces". The name does what the participle states, as a "by" phrase after it would
/// ("a bombing claimed by Islamic State"), whatever the parse made of the name (a compound of the participle or of
/// the noun after it).
enum HyphenAgents {
    /// Marks that join a name to a participle.
    static let hyphens: Set<String> = ["-", "–", "‑"]
    /// Parts of speech of the words of such a name.
    static let nameTags: Set<UniversalTag> = [.propn, .adj, .noun]

    /// The words of the name written right before `participle` and a hyphen, with no space before the hyphen:
    /// the participle a verb or adjective in a past-participle form, the name the capitalised words before the
    /// hyphen. Nil when there is none.
    static func name(before participle: Int, in sentence: SentenceAnalysis) -> Range<Int>? {
        guard participle >= 2, participle < sentence.count, isPastParticiple(participle, in: sentence) else {
            return nil
        }
        let hyphen = participle - 1
        guard hyphens.contains(sentence.words[hyphen].text),
            sentence.words[hyphen].range.lowerBound == sentence.words[hyphen - 1].range.upperBound,
            isCapitalisedName(hyphen - 1, in: sentence)
        else { return nil }
        var start = hyphen - 1
        while start > 0, isCapitalisedName(start - 1, in: sentence) { start -= 1 }
        return start..<hyphen
    }

    /// Whether `index` is a verb or adjective in a past-participle form: a verb not in its base form nor in *-ing*,
    /// an adjective in *-ed* or an irregular past form ("led", "run", "held").
    static func isPastParticiple(_ index: Int, in sentence: SentenceAnalysis) -> Bool {
        let form = sentence.words[index].text.lowercased()
        switch sentence.tags[index] {
        case .verb: return sentence.hasPastParticipleForm(index)
        case .adj: return !form.hasSuffix("ing") && (form.hasSuffix("ed") || IrregularVerbs.baseOfForm[form] != nil)
        default: return false
        }
    }

    /// Whether `index` is a capitalised name word (a proper noun, or an adjective or noun written with a capital).
    static func isCapitalisedName(_ index: Int, in sentence: SentenceAnalysis) -> Bool {
        nameTags.contains(sentence.tags[index]) && sentence.words[index].text.first?.isUppercase == true
    }

    /// Whether `index` belongs to the name a hyphen joins to `participle`: then it is the participle's agent.
    static func isAgent(_ index: Int, of participle: Int, in sentence: SentenceAnalysis) -> Bool {
        name(before: participle, in: sentence)?.contains(index) ?? false
    }

    /// Group spans for the names joined by a hyphen to a participle that states the predicate `frame` asks the
    /// agent of, over the name's own bytes (the view keeps "State-claimed" one word), when no person, group or
    /// place span of `spans` covers the whole name and stops before the hyphen (a span over "Islamic
    /// State-claimed" is headed by the participle and names nothing).
    static func spans(
        in sentence: SentenceAnalysis, view: SentenceView, besides spans: [TypedSpan], frame: QuestionFrame,
        relations: RelationLexicon
    ) -> [TypedSpan] {
        guard frame.role == .agent else { return [] }
        let named: [SpanType] = [.person, .group, .location]
        var extra: [TypedSpan] = []
        for participle in 2..<max(2, sentence.count) {
            guard let name = name(before: participle, in: sentence), let head = name.last else { continue }
            let bytes = sentence.byteRange(of: name)
            guard
                !spans.contains(where: {
                    named.contains($0.type) && $0.range.lowerBound <= bytes.lowerBound
                        && $0.range.upperBound >= bytes.upperBound
                        && $0.range.upperBound <= sentence.words[participle - 1].range.lowerBound
                }),
                FrameAlignment.align(frame, with: sentence, candidate: head, relations: relations).role >= 0.7,
                let words = SyntaxSpans.viewWords(bytes, in: view)
            else { continue }
            extra.append(
                TypedSpan(type: .group, range: bytes, text: view.string(bytes), tokens: words, strength: 0.6))
        }
        return extra
    }
}
