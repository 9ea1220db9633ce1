/// Things named by a common noun phrase, for a *what* question no recogniser's type fits ("What fell onto the
/// mosque?" over "A storm caused a crane to fall into the mosque": *a crane*). The candidates are the noun phrases
/// of the evidence sentence that fill the role the question's wh-word plays for its predicate (`FrameAlignment`:
/// the subject of *fell*, the object of *remove* or of the derived noun *removal*, the object of *at* after
/// *aimed*, the object a causative verb makes fall), each as its head noun with its determiner, adjectives,
/// compounds and possessor and a short prepositional complement, cut before a relative clause or a longer
/// modifier.
enum ThingNounPhrases {
    /// How strongly such a phrase reads as the answer: as an untagged name.
    static let strength = 0.5
    /// The least role score a phrase needs.
    static let minimumRole = 0.7
    /// The most words after the head noun kept in the phrase ("luggage from a bus", "a loudspeaker in South
    /// Korea"); a longer modifier is cut off.
    static let trailingWords = 4

    /// Whether `question` asks for a thing a noun phrase names: a *what* or *which* question of an entity type or
    /// a description other than a definition ("What caused X?"), whose frame asks for the agent, patient,
    /// recipient, place or other oblique of its predicate, or for the same thing as a particular noun ("What was
    /// the theme of the fair?", `CopularIdentity.asksForThing`).
    static func applies(to question: QuestionAnalysis, frame: QuestionFrame?) -> Bool {
        guard let frame, let role = frame.role, ["what", "which"].contains(question.whWord ?? ""),
            [.entity, .description].contains(question.answerType.coarse), question.answerType != .definition
        else { return false }
        switch role {
        case .agent, .patient, .recipient, .oblique, .place(.some): return true
        // "What was the theme of the fair?": the thing the sentence says the theme was.
        case .identity: return frame.predicate.map { CopularIdentity.asksForThing($0, in: frame.analysis) } ?? false
        default: return false
        }
    }

    /// Whether a question that looks for a name of a kind no recogniser knows ("What jersey did the team wear?",
    /// `QuestionAnalysis.asksForNamedInstance`: `named` are the name types, `typed` empty) takes noun phrases in
    /// the asked role as well, ranked after the names: when its frame asks for a thing's role (`applies`).
    static func afterNames(typed: [SpanType], named: [SpanType], question: QuestionAnalysis, frame: QuestionFrame?)
        -> Bool
    {
        typed.isEmpty && !named.isEmpty && applies(to: question, frame: frame)
    }

    /// The most words after the head noun of a coordination it heads kept whole ("war, famine, and weather").
    static let coordinationWords = 12

    /// The words of the noun phrase headed by `noun`: the phrase (`SentenceAnalysis.phrase(headedBy:)`), with the
    /// coordination the noun heads when it has nominal conjuncts and at most `coordinationWords` words follow the
    /// noun, else its first conjunct only, cut right after the noun when more than `trailingWords` words follow it;
    /// never opening with a preposition, conjunction or punctuation.
    static func phrase(of noun: Int, in analysis: SentenceAnalysis) -> Range<Int> {
        var range = analysis.phrase(headedBy: noun, conjuncts: false)
        if range.upperBound - noun - 1 > trailingWords { range = range.lowerBound..<(noun + 1) }
        let coordinated = analysis.children[noun].contains { child in
            child > noun && analysis.baseRelation(child) == "conj" && analysis.isNoun(child)
        }
        if coordinated {
            let whole = analysis.phrase(headedBy: noun)
            if whole.upperBound - noun - 1 <= coordinationWords { range = whole }
        }
        var lower = min(range.lowerBound, noun)
        while lower < noun, [.adp, .sconj, .cconj, .punct].contains(analysis.tags[lower]) { lower += 1 }
        return lower..<max(range.upperBound, noun + 1)
    }

    /// The answering words of the noun phrase headed by `noun`: its phrase, cut to the kind it gives the asked-about
    /// noun of a kind question (`KindAnswers`).
    static func answer(_ noun: Int, kind: KindAnswers.Kind?, in analysis: SentenceAnalysis) -> Range<Int> {
        let range = phrase(of: noun, in: analysis)
        guard let kind else { return range }
        return KindAnswers.answer(range, noun: noun, kind: kind, in: analysis)
    }

    /// Thing spans for the noun phrases of `analysis` whose head (a noun, or the head of a name) fills the role
    /// `frame` asks about.
    static func spans(
        in analysis: SentenceAnalysis, view: SentenceView, frame: QuestionFrame, relations: RelationLexicon
    ) -> [TypedSpan] {
        var found: [TypedSpan] = []
        let kind = KindAnswers.kind(of: frame)
        for noun in 0..<analysis.count where analysis.isNoun(noun) {
            // A part of a name or compound is no head of its own.
            guard !["compound", "flat", "fixed", "goeswith"].contains(analysis.baseRelation(noun)),
                FrameAlignment.align(frame, with: analysis, candidate: noun, relations: relations).role >= minimumRole,
                let words = SyntaxSpans.viewWords(
                    analysis.byteRange(of: answer(noun, kind: kind, in: analysis)), in: view)
            else { continue }
            found.append(TypedSpan(view: view, type: .thing, words: words, strength: strength))
        }
        return found
    }
}
