/// For a *how many* question with a clause of time or circumstance ("… when Iran attacked Pakistan", "… when her
/// eczema started"), how much of that clause an evidence sentence states: the count answers only in the sentence
/// about that event, not a count of the same noun in another ("four children were killed" in the retaliatory
/// strike, "a nine-month-old child" at her death).
enum CountClauses {
    /// Subordinators that open a clause of time or circumstance.
    static let subordinators: Set<String> = [
        "when", "while", "after", "before", "since", "until", "till", "once", "as", "whenever", "during",
    ]
    /// Verbs that state no event of their own.
    static let eventlessVerbs: Set<String> = ["be", "have", "do", "get", "become"]
    /// The factor of a sentence that states none of the clause's words; one that states them all has 1.
    static let floor = 0.5
    /// The least length of a stem that may match a longer one it begins ("pakistan" of "pakistani").
    static let prefixLength = 4

    /// The lowercased lemmas of the content words (nouns, names, verbs other than `eventlessVerbs`, adjectives, words
    /// of no known class, numbers) of the question's clauses of time or circumstance: `advcl` clauses (headed by a
    /// verb) opened by one of `subordinators`.
    static func words(of question: SentenceAnalysis) -> [String] {
        var words: [String] = []
        for clause in 0..<question.count where question.baseRelation(clause) == "advcl" {
            let opened = question.children[clause].contains { child in
                ["mark", "advmod"].contains(question.baseRelation(child))
                    && subordinators.contains(question.lemmas[child].lowercased())
            }
            guard opened, question.tags[clause] == .verb else { continue }
            for index in 0..<question.count where isInside(index, clause: clause, in: question) {
                let lemma = question.lemmas[index].lowercased()
                switch question.tags[index] {
                case .noun, .propn, .adj, .num, .x: words.append(lemma)
                case .verb where !eventlessVerbs.contains(lemma): words.append(lemma)
                default: continue
                }
            }
        }
        return words
    }

    /// Whether word `index` is `clause` or hangs from it (within a dozen heads up).
    static func isInside(_ index: Int, clause: Int, in analysis: SentenceAnalysis) -> Bool {
        var word = index
        for _ in 0..<12 {
            if word == clause { return true }
            guard word >= 0, analysis.heads[word] >= 0 else { return false }
            word = analysis.heads[word]
        }
        return false
    }

    /// The stems of `words(of:)` for the question of `frame` when it asks *how many*; empty otherwise.
    static func stems(of frame: QuestionFrame) -> [String] {
        guard CountAlignment.asksCount(frame) else { return [] }
        return words(of: frame.analysis).map { SnowballStemmer.stem($0) }
    }

    /// The share of the clause's stems `clause` a sentence with the word stems `stems` states: the same stem, a
    /// related one, or a stem of at least `prefixLength` letters that begins the other ("pakistan",
    /// "pakistani"); 0 for no clause.
    static func share(_ clause: [String], in stems: Set<String>, relations: RelationLexicon) -> Double {
        guard !clause.isEmpty else { return 0 }
        let found = clause.count { stem in
            stems.contains(stem)
                || stems.contains { other in
                    relations.matches(other, stem)
                        || (min(other.count, stem.count) >= prefixLength
                            && (other.hasPrefix(stem) || stem.hasPrefix(other)))
                }
        }
        return Double(found) / Double(clause.count)
    }

    /// The factor for a count in a sentence stating `share` of the clause, where the sentence searched that
    /// states most of it states `best`: `floor` plus the rest times the share relative to the best (1 when no
    /// sentence states any of it: the text tells nothing of the clause, and every count is as good).
    static func factor(share: Double, best: Double) -> Double {
        guard best > 0 else { return 1 }
        return floor + (1 - floor) * min(1, share / best)
    }
}
