/// The part a word plays in the event or state a predicate states, read off the dependency tree with the voice
/// undone: the subject of an active verb and the "by" agent of a passive one are both `agent`; the object of an
/// active verb and the subject of a passive one are both `patient`. Questions and sentences are compared in these
/// terms, so "Who was beaten by B?" finds A in "B beat A" as in "A was beaten by B".
package enum SemanticRole: Hashable, Sendable {
    /// Who or what does it: the active subject, the passive agent, the possessor of an event noun ("the party's
    /// launch of the campaign").
    case agent
    /// Who or what it is done to: the active object, the passive subject, the "of" complement of an event noun.
    case patient
    /// The indirect object ("gave him the prize").
    case recipient
    /// The same thing as a nominal predicate: its copular subject ("X is the chief of Y"), its apposition
    /// ("X, the chief of Y" / "the chief of Y, X") or the name it titles ("Chief X").
    case identity
    /// A place: an oblique with a locative preposition (kept, lowercased), or the place of "where".
    case place(String?)
    /// A time: a temporal oblique or modifier, or the time of "when".
    case time
    /// The name given by "called", "named", "known as".
    case name
    /// The possessor of a thing ("whose forces": the owner of the forces).
    case possessor
    /// The counted amount of a noun ("four children").
    case count
    /// Another oblique, by its preposition.
    case oblique(String)
    /// Any other dependent, by its relation.
    case modifier(String)

    /// How well a role found in a sentence (`self`) fills the role a question asks about (`asked`): 1 for the
    /// same role, less for a close one (a place with another locative preposition, a possessor for an agent).
    package func fit(asked: SemanticRole) -> Double {
        switch (self, asked) {
        case let (a, b) where a == b: 1
        // A plain "where" asks where something is or happens: a source ("from Italy") answers it only half-way.
        case (.place(let found?), .place(nil)): Self.sourcePrepositions.contains(found) ? 0.5 : 1
        case (.place, .place(nil)), (.place(nil), .place): 1
        // A source for a destination or the other way round ("moved from X" for "Where did they move to?").
        case (.place(let a?), .place(let b?))
        where Self.sourcePrepositions.contains(a) != Self.sourcePrepositions.contains(b)
            && (Self.destinationPrepositions.contains(a) || Self.destinationPrepositions.contains(b)):
            0.2
        case (.place, .place): 0.7
        case (.oblique(let a), .place(let b?)) where a == b: 0.6
        case (.possessor, .agent), (.agent, .possessor): 0.7
        case (.name, .identity), (.identity, .name): 0.9
        case (.identity, .agent), (.agent, .identity): 0.5
        case (.oblique(let a), .oblique(let b)): a == b ? 1 : 0.2
        default: 0
        }
    }

    /// Whether a role found in a sentence (`self`) is the core role opposite the asked one: the agent for an asked
    /// patient, the patient for an asked agent.
    package func opposes(_ asked: SemanticRole) -> Bool {
        (self == .agent && asked == .patient) || (self == .patient && asked == .agent)
    }

    /// Prepositions of a place something goes to.
    package static let destinationPrepositions: Set<String> = ["to", "into", "onto", "toward", "towards"]

    /// Prepositions of a place something comes from.
    package static let sourcePrepositions: Set<String> = ["from", "out", "off"]
}
