/// Whether a long text states the relation a *who* question asks about only apart from the question's other
/// arguments: some retrieved sentence holds the predicate (or a form, synonym or derived word of it), but none holds
/// it together with a word of one of the question's other arguments. "Who dropped the document on the street?" over
/// an article where "dropped" is said of a price and the document is only found: no sentence says who dropped it,
/// so a person or group in no asked role, in a sentence that does not state the predicate, is no answer
/// (`UnstatedRelation.rulesOutApart`). For a copula question the frame's predicate is its role noun: "Who is the
/// chief executive of the standards body?" needs "executive" with a word of "the standards body".
///
/// Over a paragraph a question restates its relation in its own words, so the test is for texts longer than a
/// paragraph only (`UnstatedRelation.isLong`). It is for *who* questions only: their answer is a participant the
/// relation names, while the place, count or kind the other questions ask for is often stated with another word
/// ("Where do they come from?" over "… from Sydney"; "How many died?" over "… killing six"). Over the tuning
/// texts, *where*, *which* and *how many* questions lost 9 right answers to it against 1 gained.
package enum RelationApart {
    /// The wh-words of the questions tested, lowercased lemmas.
    static let asksWho: Set<String> = ["who", "whom"]

    /// A question's relation as stems: the predicate's stems (itself, its forms, its related words) and, per
    /// other argument, the stems of its words and their related words.
    package struct Relation: Sendable, Equatable {
        /// The stems that state the predicate.
        package var predicate: Set<String>
        /// Per other argument, the stems any one of which states it.
        package var arguments: [Set<String>]
        /// The predicate's lemma, to say what is not stated.
        package var predicateName: String
        /// The arguments' head lemmas, to say what is not stated.
        package var argumentNames: [String]
    }

    /// The relation `frame` asks about, nil when it is no *who* question, has no predicate (or a predicate that is a
    /// stopword, "be", "have"), no argument besides the asked one, or names its answer.
    package static func relation(of frame: QuestionFrame, relations: RelationLexicon) -> Relation? {
        guard frame.role != .name, let wh = frame.wh, asksWho.contains(frame.analysis.lemmas[wh].lowercased()),
            let lemma = frame.predicateLemma, let stem = Analyzer.term(forWord: lemma)
        else { return nil }
        let arguments = frame.arguments.map { argument in
            var stems = Set<String>()
            for word in argument.lemmas {
                guard let term = Analyzer.term(forWord: word) else { continue }
                stems.insert(term)
                stems.formUnion(relations.alternatives(of: term))
            }
            return stems
        }.filter { !$0.isEmpty }
        guard !arguments.isEmpty else { return nil }
        return Relation(
            predicate: relations.alternatives(of: stem).union([stem]), arguments: arguments, predicateName: lemma,
            argumentNames: frame.arguments.map(\.head))
    }

    /// Whether a sentence whose stems are `stems` states `relation`: it holds the predicate and a word of one of
    /// the other arguments (of each, it would rule out right answers a question words differently).
    package static func states(_ relation: Relation, stems: Set<String>) -> Bool {
        !relation.predicate.isDisjoint(with: stems) && relation.arguments.contains { !$0.isDisjoint(with: stems) }
    }

    /// Whether `sentences` (texts) state the predicate of `relation`, but none of them with its arguments.
    package static func isApart(_ relation: Relation, in sentences: [String]) -> Bool {
        let stems = sentences.map { Set(Analyzer.terms($0)) }
        return stems.contains { !relation.predicate.isDisjoint(with: $0) }
            && !stems.contains { states(relation, stems: $0) }
    }
}
