/// *What programme is X part of?*, *What region of China is Hebei part of?*: a question ending in a noun and a
/// preposition with nothing after it ("part of") asks for that preposition's object, and where the evidence uses
/// the same noun with the same preposition ("as part of its Belt and Road initiative") the object's phrase is the
/// answer: it is offered as a candidate, fills the asked role and fits the asked kind as a name of it would.
struct StrandedNounObjects: Sendable, Equatable {
    /// The lower-case lemma of the noun before the stranded preposition ("part").
    let noun: String
    /// The lower-case stranded preposition ("of").
    let preposition: String

    /// The prepositions a noun takes its own complement with ("part of"): others at the end of a question belong
    /// to its verb ("Who did they submit the bill to?").
    static let nounPrepositions: Set<String> = ["of"]

    /// The noun and preposition that end `question` (past its punctuation): one of `nounPrepositions` with no
    /// dependents right after a common noun; nil for other questions.
    init?(question: SentenceAnalysis) {
        var last = question.count - 1
        while last > 0, question.tags[last] == .punct { last -= 1 }
        guard last >= 2, question.tags[last] == .adp, question.children[last].isEmpty,
            question.tags[last - 1] == .noun,
            Self.nounPrepositions.contains(question.lemmas[last].lowercased())
        else { return nil }
        noun = question.lemmas[last - 1].lowercased()
        preposition = question.lemmas[last].lowercased()
    }

    /// The heads of the objects of the stranded preposition after the noun in `analysis` ("initiative" of "part
    /// of its Belt and Road initiative"): words whose case marker is the preposition and whose head is the noun.
    func objects(in analysis: SentenceAnalysis) -> [Int] {
        (0..<analysis.count).filter { word in
            let head = analysis.heads[word]
            return head >= 0 && analysis.tags[head] == .noun && analysis.lemmas[head].lowercased() == noun
                && analysis.baseRelation(word) == "nmod" && analysis.preposition(of: word) == preposition
        }
    }

    /// Spans of type `type` over the phrases of `objects(in:)` (without their conjuncts' clauses), unless one of
    /// `spans` already covers the same words.
    func spans(in analysis: SentenceAnalysis, view: SentenceView, type: SpanType, besides spans: [TypedSpan])
        -> [TypedSpan]
    {
        objects(in: analysis).compactMap { object in
            let phrase = analysis.phrase(headedBy: object)
            let end = continuation(of: phrase, object: object, in: analysis)
            let bytes = analysis.byteRange(of: phrase.lowerBound..<end)
            guard let words = SyntaxSpans.viewWords(bytes, in: view) else { return nil }
            let span = TypedSpan(view: view, type: type, words: words, strength: 0.8)
            return spans.contains(span) ? nil : span
        }
    }

    /// The end of the object's `phrase`, past a conjunct the parse hung off the noun instead of the object when
    /// it follows the phrase right after *and* and is a name ("part of its Belt and Road initiative", with
    /// *initiative* read as a conjunct of *part*): the phrase's own end otherwise.
    func continuation(of phrase: Range<Int>, object: Int, in analysis: SentenceAnalysis) -> Int {
        let conjunction = phrase.upperBound
        let noun = analysis.heads[object]
        guard conjunction + 1 < analysis.count, analysis.tags[conjunction] == .cconj,
            let conjunct = analysis.dependents(of: noun, "conj").first(where: { $0 > conjunction }),
            analysis.heads[conjunction] == conjunct
        else { return phrase.upperBound }
        let rest = analysis.phrase(headedBy: conjunct, conjuncts: false)
        guard rest.lowerBound <= conjunction + 1,
            (conjunction + 1..<rest.upperBound).contains(where: { analysis.tags[$0] == .propn })
        else { return phrase.upperBound }
        return rest.upperBound
    }

    /// `syntaxes` (one per span of `spans`, headed by `heads`) with each span over an object of `objects(in:)`
    /// filling the asked role and fitting the asked kind (`FocusNames.fit`, not a thing's weak fit for *who*):
    /// one headed by the object, or by the conjunct that continues it (`continuation`).
    func applied(to syntaxes: [SyntaxEvidence], spans: [TypedSpan], heads: [Int?], in analysis: SentenceAnalysis)
        -> [SyntaxEvidence]
    {
        let found = objects(in: analysis)
        guard !found.isEmpty else { return syntaxes }
        var syntaxes = syntaxes
        for (index, head) in heads.enumerated() {
            guard let head, let words = analysis.words(coveringBytes: spans[index].range),
                let object = found.first(where: { words.contains($0) })
            else { continue }
            let continues =
                analysis.baseRelation(head) == "conj" && analysis.heads[head] == analysis.heads[object]
                && head > object
            guard head == object || continues else { continue }
            syntaxes[index].alignment.role = 1
            syntaxes[index].alignment.predicateFound = true
            // The phrase is what the question asks for, whatever its head noun names ("initiative").
            syntaxes[index].namesThing = false
            syntaxes[index].focusFit = max(syntaxes[index].focusFit, FocusNames.fit)
        }
        return syntaxes
    }
}
