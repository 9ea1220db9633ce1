/// *What type of X …?*: the answer is the kind the sentence gives its X, which the sentence says by the adjectives
/// before the noun ("The monks brewed *herbal* teas" for *What kind of teas did the monks brew?*), or by the whole
/// phrase when a noun modifies it ("a *pep rally*"), or by another noun in the asked role.
enum KindAnswers {
    /// Nouns that ask for a kind of the noun of their *of* complement.
    static let kindNouns: Set<String> = ["type", "kind", "sort", "variety", "category", "class", "genre", "style"]

    /// The asked-about noun of a kind question: its lowercased lemma and those of the words modifying it.
    struct Kind: Equatable {
        /// The noun's lemma ("instrument").
        var noun: String
        /// Its modifiers' lemmas ("musical"), which the answer leaves out.
        var modifiers: Set<String>
    }

    /// X when the word `frame` asks about is a kind noun with an *of* complement X ("What type of musical
    /// instruments …": *instrument*, modified by *musical*); nil otherwise.
    static func kind(of frame: QuestionFrame) -> Kind? {
        guard let asked = frame.asked, asked != frame.wh, kindNouns.contains(frame.analysis.lemmas[asked].lowercased())
        else { return nil }
        let question = frame.analysis
        guard
            let noun = question.children[asked].first(where: { child in
                child > asked && question.isNoun(child) && question.baseRelation(child) == "nmod"
                    && question.preposition(of: child) == "of"
            })
        else { return nil }
        let modifiers = question.children[noun].filter { $0 < noun && question.baseRelation($0) != "case" }
        return Kind(
            noun: question.lemmas[noun].lowercased(), modifiers: Set(modifiers.map { question.lemmas[$0].lowercased() })
        )
    }

    /// The part of the phrase `range` headed by `noun` that answers a question about a kind of `kind`: when the
    /// noun is the asked-about noun itself and only adjectives (with their own modifiers) stand between its
    /// determiner and it, the adjectives, without those the question gives X itself ("Western" of "Western
    /// musical instruments" for *What type of musical instruments …*); otherwise the whole phrase.
    static func answer(_ range: Range<Int>, noun: Int, kind: Kind, in analysis: SentenceAnalysis) -> Range<Int> {
        guard SnowballStemmer.stem(analysis.lemmas[noun].lowercased()) == SnowballStemmer.stem(kind.noun) else {
            return range
        }
        let before = analysis.children[noun].filter { $0 < noun && $0 >= range.lowerBound }
        let adjectives = before.filter { analysis.baseRelation($0) == "amod" && analysis.tags[$0] == .adj }
        guard let first = adjectives.first,
            !before.contains(where: { ["compound", "nmod", "nummod"].contains(analysis.baseRelation($0)) })
        else { return range }
        let lower = analysis.phrase(headedBy: first).lowerBound
        // Only the adjectives' words between their start and the noun: no determiner or possessor inside.
        guard lower < noun,
            (lower..<noun).allSatisfy({ index in
                adjectives.contains { analysis.dominates($0, index) || $0 == index }
                    || [.punct, .cconj].contains(analysis.tags[index])
            })
        else { return range }
        var upper = noun
        while upper - 1 > lower, kind.modifiers.contains(analysis.lemmas[upper - 1].lowercased()) { upper -= 1 }
        return lower..<upper
    }
}
