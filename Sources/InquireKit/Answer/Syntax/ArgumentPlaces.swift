/// A fallback for a *where* question whose answer the sentence gives as the place of the thing asked about, not of
/// the question's predicate: a place in a locative phrase of a noun that names one of the question's arguments
/// says where that thing is, and so where it was held or done ("NFL owners at their spring meetings in Boston
/// voted" for *Where was the meeting held?*); for *Where is X?* (the frame asks what X is), a place in a locative
/// phrase of X's noun says where X is ("Google headquarters in California" for *Where are Google's
/// headquarters?*). Applied only when no place of the sentence fills the asked place otherwise, and only for a
/// plain *where* (not *where … to* or *from*, which ask for a place the thing moved to or came from, not where
/// it stands).
enum ArgumentPlaces {
    /// The role score such a place gets: as much as a place of a verb of being (`PlaceFallback.fit`).
    static let fit = PlaceFallback.fit
    /// Prepositions of a noun's phrase that say where the noun's thing stands.
    static let prepositions: Set<String> = ["in", "at", "near", "inside", "within"]
    /// Relations of a noun's own modifiers that tell one thing of its kind from another ("Google headquarters",
    /// "the United Nations headquarters").
    static let namingModifiers: Set<Substring> = ["compound", "nmod:poss", "flat"]

    /// `syntaxes` (one per span of `spans`, with head words `heads` in `analysis`) with the fallback applied: when
    /// `frame` (of a *where* question, `asksWhere`) asks for a plain place, or for the identity of its subject, and
    /// no location span has a role, each location span in a locative phrase of a noun naming one of the
    /// question's arguments (for an identity, the question's subject noun) gets the role score `fit`, with that
    /// argument found in its role.
    static func applied(
        to syntaxes: [SyntaxEvidence], spans: [TypedSpan], heads: [Int?], frame: QuestionFrame, asksWhere: Bool,
        in analysis: SentenceAnalysis
    ) -> [SyntaxEvidence] {
        guard asksWhere, let located = locatedNouns(frame),
            let places = PlaceFallback.unplacedLocations(syntaxes, spans: spans, heads: heads)
        else { return syntaxes }
        var result = syntaxes
        for number in places {
            guard let name = heads[number] else { continue }
            let head = PlaceRole.kindNoun(over: name, in: analysis) ?? name
            guard let noun = locatedNoun(of: head, in: analysis),
                let argument = located.first(where: { matches(noun, $0, in: analysis) })
            else { continue }
            result[number].alignment.predicateFound = true
            result[number].alignment.role = fit
            result[number].alignment.arguments = argumentShare(
                frame, located: frame.arguments.firstIndex(of: argument), in: analysis)
        }
        return result
    }

    /// The share of the question's arguments the sentence holds: the one the place locates (`located`, an index
    /// into the frame's arguments; nil for an identity, whose arguments are the noun's modifiers) is found, the
    /// others count when one of their words stands anywhere in the sentence (1 when there are none).
    static func argumentShare(_ frame: QuestionFrame, located: Int?, in analysis: SentenceAnalysis) -> Double {
        let others = frame.arguments.indices.filter { $0 != located }
        let lemmas = Set(analysis.lemmas.map { $0.lowercased() })
        let found = others.count { !frame.arguments[$0].lemmas.isDisjoint(with: lemmas) }
        let total = frame.arguments.count
        guard total > 0 else { return 1 }
        return Double(found + (located == nil ? 0 : 1)) / Double(total)
    }

    /// What the located noun must be for `frame`: each argument's head and names (for a plain place), or the
    /// predicate noun with its arguments as the modifiers it must agree with (for an identity); nil when the
    /// frame asks for another role or a place with a preposition.
    static func locatedNouns(_ frame: QuestionFrame) -> [QuestionFrame.Argument]? {
        switch frame.role {
        case .place(nil)?, .place("in")?, .place("at")?:
            let arguments = frame.arguments.filter { [.agent, .patient].contains($0.role) }
            return arguments.isEmpty ? nil : arguments
        case .identity?:
            guard let lemma = frame.predicateLemma else { return nil }
            let modifiers = frame.arguments.flatMap(\.lemmas)
            return [QuestionFrame.Argument(role: .identity, head: lemma, lemmas: Set(modifiers + [lemma]))]
        default:
            return nil
        }
    }

    /// The noun whose locative phrase `head` heads ("meetings" of "meetings in Boston"); nil when `head` is no
    /// such phrase.
    static func locatedNoun(of head: Int, in analysis: SentenceAnalysis) -> Int? {
        let noun = analysis.heads[head]
        guard noun >= 0, analysis.baseRelation(head) == "nmod", !analysis.isTimeWord(head),
            let preposition = analysis.preposition(of: head), prepositions.contains(preposition),
            [.noun, .propn].contains(analysis.tags[noun])
        else { return nil }
        return noun
    }

    /// Whether `noun` names the thing `argument` stands for: its lemma is the argument's head, and the naming
    /// modifiers it has (compounds, names and possessors other than pronouns) are among the argument's words (so
    /// "the United Nations headquarters" is not "Google's headquarters"; an argument of a plain place needs only its
    /// head: "their spring meetings" is "the meeting").
    static func matches(_ noun: Int, _ argument: QuestionFrame.Argument, in analysis: SentenceAnalysis) -> Bool {
        guard analysis.lemmas[noun].lowercased() == argument.head else { return false }
        guard argument.role == .identity else { return true }
        let modifiers = analysis.children[noun].filter {
            namingModifiers.contains(analysis.baseRelation($0))
                || namingModifiers.contains(analysis.relations[$0][...])
        }
        // A pronoun possessor ("its headquarters") refers back to the thing; a name or noun must be the question's.
        return modifiers.allSatisfy { modifier in
            analysis.tags[modifier] == .pron
                || analysis.phrase(headedBy: modifier).contains { word in
                    argument.lemmas.contains(analysis.lemmas[word].lowercased())
                }
        }
    }
}
