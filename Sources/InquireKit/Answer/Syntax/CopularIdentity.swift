/// The thing a copular clause says its subject is, read from the subject's side: "The theme of the fair was the
/// harvest" — *the harvest* is the same thing as *the theme*. The tree hangs the subject off the predicate nominal
/// (*harvest* → *theme*, `nsubj`), so the role reading (`SentenceAnalysis.semanticRole`) finds the subject as the
/// identity of the predicate nominal ("Z is the X of Y") but not the predicate nominal as the subject's.
enum CopularIdentity {
    /// How many conjunct steps lead from a candidate up to the predicate nominal ("was the harvest and the
    /// vintage").
    static let conjunctSteps = 3

    /// Whether the reading applies to `frame`: a *what* question ("What was the theme of the fair?"; a *who*
    /// question keeps the role reading alone).
    static func applies(to frame: QuestionFrame) -> Bool {
        frame.wh.map { frame.analysis.lemmas[$0].lowercased() == "what" } ?? false
    }

    /// The fit (1) of `candidate` as the same thing as the noun `predicate` when `asked` is the identity and
    /// `predicate` is the active subject of a copular clause whose predicate nominal is `candidate` (or a nominal
    /// conjunct of it); nil otherwise.
    static func fit(of candidate: Int, for predicate: Int, asked: SemanticRole, in sentence: SentenceAnalysis)
        -> Double?
    {
        guard asked == .identity, candidate >= 0, candidate < sentence.count, predicate >= 0,
            predicate < sentence.count, sentence.isNoun(predicate), sentence.isNoun(candidate),
            sentence.relations[predicate] == "nsubj"
        else { return nil }
        var head = candidate
        var steps = 0
        while sentence.baseRelation(head) == "conj", sentence.heads[head] >= 0, steps < conjunctSteps {
            head = sentence.heads[head]
            steps += 1
            guard sentence.isNoun(head) else { return nil }
        }
        guard sentence.heads[predicate] == head,
            sentence.children[head].contains(where: {
                sentence.baseRelation($0) == "cop" && sentence.lemmas[$0].lowercased() == "be"
            })
        else { return nil }
        return 1
    }

    /// Determiners that make a noun one particular thing.
    static let definiteDeterminers: Set<String> = ["the", "this", "that", "these", "those"]

    /// Whether the copular subject `noun` of a *what* question names one particular thing whose identity is asked
    /// ("What was the theme of the fair?", "What is its capital?"), not a kind to define ("What is a caldera?"): a
    /// noun with a definite determiner, a possessor or a prepositional complement.
    static func asksForThing(_ noun: Int, in question: SentenceAnalysis) -> Bool {
        guard question.isNoun(noun) else { return false }
        return question.children[noun].contains { child in
            let relation = question.baseRelation(child)
            if relation == "det" { return definiteDeterminers.contains(question.lemmas[child].lowercased()) }
            return relation == "nmod" || question.relations[child] == "nmod:poss"
        }
    }
}
