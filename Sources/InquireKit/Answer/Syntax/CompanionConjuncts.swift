/// *Who besides the British colonized Africa?*, *Who along with Russia supported …?*: the question names one of
/// the parties itself, after a preposition of accompaniment or exception, and asks for the other. In the evidence
/// the answer is coordinated with that party ("the Russian or Ottoman", "Alvaro Martin and Raul Allegre"): a
/// conjunct of a phrase naming the question's companion shares its part in the event, and fills the asked role.
package struct CompanionConjuncts: Sendable, Equatable {
    /// The stems of the content words of the party the question names beside the answer.
    package let stems: Set<String>

    /// The words that introduce the other party, as lowercased word sequences: "besides X", "along with X".
    static let markers: [[String]] = [
        ["besides"], ["alongside"], ["along", "with"], ["together", "with"], ["other", "than"], ["apart", "from"],
        ["aside", "from"], ["in", "addition", "to"], ["as", "well", "as"],
    ]
    /// The role a conjunct of the companion fills: as much as a role found through the predicate's own parse.
    static let role = 0.8

    /// The companion of `question` (its analysis), or nil when it names none.
    package init?(question: SentenceAnalysis) {
        guard let stems = Self.companionStems(in: question) else { return nil }
        self.stems = stems
    }

    /// The stems of the adjectives and nouns right after the first marker of `question` that has some.
    static func companionStems(in question: SentenceAnalysis) -> Set<String>? {
        for marker in markers {
            let starts = (0..<question.count).filter { question.hasWords(marker, at: $0) }
            for start in starts {
                var stems: Set<String> = []
                var index = start + marker.count
                while index < question.count, SentenceAnalysis.nounPhraseTags.contains(question.tags[index]) {
                    if [.adj, .noun, .propn].contains(question.tags[index]) {
                        stems.insert(SnowballStemmer.stem(question.lemmas[index].lowercased()))
                    }
                    index += 1
                }
                if !stems.isEmpty { return stems }
            }
        }
        return nil
    }

    /// Whether the word `head` of `analysis` is coordinated with a phrase naming the companion (and is not in it).
    package func isCoordinate(_ head: Int, in analysis: SentenceAnalysis) -> Bool {
        var conjuncts = [analysis.firstConjunct(of: head)]
        var index = 0
        while index < conjuncts.count, conjuncts.count <= analysis.count {
            conjuncts += analysis.children[conjuncts[index]].filter { analysis.baseRelation($0) == "conj" }
            index += 1
        }
        guard conjuncts.contains(head) else { return false }
        let own = Set(analysis.phrase(headedBy: head, conjuncts: false))
        return conjuncts.contains { other in
            other != head && !own.contains(other)
                && analysis.phrase(headedBy: other, conjuncts: false).contains { word in
                    !own.contains(word) && stems.contains(SnowballStemmer.stem(analysis.lemmas[word].lowercased()))
                }
        }
    }

    /// `syntaxes` (one per candidate, headed by `heads` in `analysis`) with each coordinate of the companion given
    /// at least `role` for the asked role.
    func applied(to syntaxes: [SyntaxEvidence], heads: [Int?], in analysis: SentenceAnalysis) -> [SyntaxEvidence] {
        var syntaxes = syntaxes
        for (number, head) in heads.enumerated() {
            guard let head, isCoordinate(head, in: analysis) else { continue }
            syntaxes[number].alignment.role = max(syntaxes[number].alignment.role, Self.role)
            syntaxes[number].alignment.contrary = false
        }
        return syntaxes
    }
}
