/// *Which country's tourism board …?* over "the Ruritania Tourism board stood …": a *which*/*what* question asking
/// for the possessor of a noun is answered by a name written before that noun as part of its compound name, as
/// well as by a possessive ("Ruritania's tourism board"): the name words before the noun (and before the
/// question's own modifiers of it, "Tourism") are a candidate, which fits as a name of the focus noun's kind does
/// (`FocusNames.fit`). The tagger reads the whole "Ruritania Tourism board" as one name, so no other candidate
/// holds the possessor alone.
struct CompoundPossessors: Sendable {
    /// The lower-case lemma of the possessed noun ("board").
    let noun: String
    /// The lower-case lemmas of the question's compound modifiers of the possessed noun ("tourism").
    let modifiers: Set<String>

    /// The possessor question of `question` (its frame `frame`): a *which*/*what* question with a focus noun
    /// (`FocusNames`) whose frame asks for the possessor of a common noun; nil otherwise.
    init?(question: QuestionAnalysis, frame: QuestionFrame?) {
        guard FocusNames(question: question) != nil, let frame, frame.role == .possessor, let asked = frame.asked,
            let possessed = frame.predicate
        else { return nil }
        // The frame's predicate is the possessed noun, the head of a compound the possessor may hang off
        // ("Which country's tourism board": "country" of "tourism", the noun "board").
        let analysis = frame.analysis
        guard analysis.relations[asked] == "nmod:poss", analysis.tags[possessed] == .noun else { return nil }
        noun = analysis.lemmas[possessed].lowercased()
        modifiers = Set(
            analysis.children[possessed].filter { analysis.baseRelation($0) == "compound" && $0 != asked }.map {
                analysis.lemmas[$0].lowercased()
            })
    }

    /// Creates the question's possessed noun and its modifiers directly (lower-case lemmas).
    init(noun: String, modifiers: Set<String>) {
        self.noun = noun
        self.modifiers = modifiers
    }

    /// The possessor names of `analysis`: before each word whose lemma is the possessed noun, the run of name words
    /// it dominates right before it, without the question's modifiers at the run's end; kept when a proper noun is
    /// among what remains.
    func names(in analysis: SentenceAnalysis) -> [Range<Int>] {
        var found: [Range<Int>] = []
        for word in 0..<analysis.count where analysis.lemmas[word].lowercased() == noun && analysis.isNoun(word) {
            var lower = word
            while lower > 0, analysis.dominates(word, lower - 1), FocusNames.isNameWord(lower - 1, in: analysis) {
                lower -= 1
            }
            var upper = word
            while upper > lower, modifiers.contains(analysis.lemmas[upper - 1].lowercased()) { upper -= 1 }
            guard upper > lower else { continue }
            let name = lower..<upper
            guard name.contains(where: { FocusNames.isProperWord($0, in: analysis) }) else { continue }
            found.append(name)
        }
        return found
    }

    /// Spans of type `type` over the possessor names of `analysis` (`names(in:)`).
    func spans(in analysis: SentenceAnalysis, view: SentenceView, type: SpanType) -> [TypedSpan] {
        names(in: analysis).compactMap { SyntaxSpans.span(over: $0, in: analysis, view: view, type: type) }
    }

    /// The possessor name among `names` (of `analysis`, `names(in:)`) that span `span` holds (the whole name
    /// "Ruritania Tourism board" a recognised "Ruritania" is widened to, or the possessor itself), if any.
    static func name(in span: TypedSpan, among names: [Range<Int>], of analysis: SentenceAnalysis) -> Range<Int>? {
        guard !names.isEmpty, [.person, .group, .location].contains(span.type),
            let words = analysis.words(coveringBytes: span.range)
        else { return nil }
        return names.first { words.contains($0.lowerBound) && $0.upperBound <= words.upperBound }
    }

    /// The span over the possessor name alone when `span` holds one and more (*Which country's tourism board …?*
    /// is answered "Ruritania", not "Ruritania Tourism board"); nil otherwise.
    func possessor(of span: TypedSpan, in analysis: SentenceAnalysis, view: SentenceView) -> TypedSpan? {
        guard let name = Self.name(in: span, among: names(in: analysis), of: analysis),
            analysis.words(coveringBytes: span.range) != name
        else { return nil }
        return SyntaxSpans.span(over: name, in: analysis, view: view, type: span.type, strength: span.strength)
    }

    /// `syntaxes` (one per span) with `SyntaxEvidence.focusFit` raised to `FocusNames.fit` for each span that
    /// holds a possessor name of `analysis` (`name(in:among:of:)`).
    func applied(to syntaxes: [SyntaxEvidence], spans: [TypedSpan], in analysis: SentenceAnalysis)
        -> [SyntaxEvidence]
    {
        let names = self.names(in: analysis)
        var syntaxes = syntaxes
        for (index, span) in spans.enumerated() where Self.name(in: span, among: names, of: analysis) != nil {
            syntaxes[index].focusFit = max(syntaxes[index].focusFit, FocusNames.fit)
        }
        return syntaxes
    }
}
