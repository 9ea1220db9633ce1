/// Places that act, for a *where* question: a place that is the subject of an active verb or the "by" agent of a
/// passive one ("Both Pakistan's Baluchistan province and Iran's Sistan and Baluchestan province have experienced
/// an insurgency", "the group targeted by Tehran") stands for its people or government; it is the one that does
/// something, not where something is done. Its type fit is scaled down, unless it fills the asked place of the
/// question's predicate.
enum ActingPlaces {
    /// The type factor of a place that acts (0.5 lifted gold.tsv by one and changed no SQuAD prediction; 0.3 did
    /// the same).
    static let factor = 0.5

    /// `syntaxes` (one per span of `spans`, with head words `heads` in `analysis`) with `placeFit` scaled by
    /// `factor` for the location spans that act and have no role, when `frame` asks for a place.
    static func applied(
        to syntaxes: [SyntaxEvidence], spans: [TypedSpan], heads: [Int?], frame: QuestionFrame,
        in analysis: SentenceAnalysis
    ) -> [SyntaxEvidence] {
        guard let asked = frame.role, case .place = asked else { return syntaxes }
        var result = syntaxes
        for number in spans.indices where spans[number].type == .location && syntaxes[number].alignment.role == 0 {
            guard let head = heads[number], acts(head, in: analysis) else { continue }
            result[number].placeFit *= factor
        }
        return result
    }

    /// Whether `head` (through the conjunctions it stands in) is the subject of an active verb or the "by" agent
    /// of a passive one.
    static func acts(_ head: Int, in analysis: SentenceAnalysis) -> Bool {
        let word = analysis.firstConjunct(of: head)
        let verb = analysis.heads[word]
        guard verb >= 0, analysis.tags[verb] == .verb else { return false }
        if analysis.relations[word] == "nsubj" { return !analysis.isPassive(verb) }
        if analysis.relations[word] == "obl:agent" { return true }
        return analysis.baseRelation(word) == "obl" && analysis.preposition(of: word) == "by"
            && analysis.isPassive(verb)
    }
}
