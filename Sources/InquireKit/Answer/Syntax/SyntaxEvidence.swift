/// What the evidence sentence's analysis says about one candidate span: how it lines up with the question's frame
/// (`FrameAlignment`) and what kind of entity the entity tagger found at its head.
package struct SyntaxEvidence: Sendable, Equatable {
    /// The alignment of the question's frame around the candidate.
    package var alignment: FrameAlignment
    /// The entity kind at the candidate's head word, if it is in a named entity.
    package var entityKind: EntityKind?
    /// Whether the candidate is the subject of an active verb ("Iran launched strikes"): a place that acts
    /// stands for its government or forces, and answers "who".
    package var acts = false
    /// Whether the candidate describes a name that follows it ("the British rock group Coldplay"): the name,
    /// not its description, answers *who* (`DescribedNames`).
    package var describesName = false
    /// Whether the candidate's head is a common noun that names a thing, not a person, group or place
    /// (`NounLexicon.namesThing`: "the theses", "a shuttle"): it answers *who* only weakly.
    package var namesThing = false
    /// How much better the candidate fits for naming the kind a *which*/*what* question's focus noun asks for
    /// ("Castlefrank Road" for *which road*; `FocusNames`): a factor of the type fit, 1 when it says nothing.
    package var focusFit = 1.0
    /// For a count answering *how many*, how well the number counts what the question asks about beyond its noun
    /// (`CountAlignment`: whose count, what kind, a year): a factor of the count's focus fit, 1 when it says
    /// nothing.
    package var countFit = 1.0
    /// For a place answering *where*, a factor of the type fit: less than 1 for a place that acts rather than
    /// stands where something is done (`ActingPlaces`), 1 when nothing is known against it.
    package var placeFit = 1.0

    /// The factor of the type fit for a candidate that plays the role opposite the asked one
    /// (`FrameAlignment.contrary`).
    package static let contraryFactor = 0.5

    /// A factor of the type fit: `contraryFactor` when the candidate plays the role opposite the asked one at a
    /// statement of the predicate and the asked role at none, 1 otherwise.
    package var roleFit: Double { alignment.contrary ? Self.contraryFactor : 1 }

    /// No analysis.
    package static let none = SyntaxEvidence(alignment: .none, entityKind: nil)

    /// Creates the evidence.
    package init(alignment: FrameAlignment, entityKind: EntityKind?, acts: Bool = false) {
        self.alignment = alignment
        self.entityKind = entityKind
        self.acts = acts
    }

    /// How well the entity kind fits a span type, relative to an untagged span (1): a person never answers
    /// "where", a place answers "who" only when it acts (a country), an organisation may be a place's name (a
    /// museum, a port authority), a person's name is a poor thing; an untagged span headed by a noun for a thing answers "who" as weakly as a place
    /// that does not act.
    package func kindFactor(for type: SpanType) -> Double {
        if describesName, type == .person || type == .group { return 0.5 }
        guard let entityKind else { return namesThing && (type == .person || type == .group) ? 0.3 : 1 }
        switch (type, entityKind) {
        case (.location, .place), (.person, .person), (.group, .organization): return 1.2
        case (.location, .organization): return 0.8
        case (.location, .person): return 0.4
        case (.person, .organization), (.group, .person): return 1.0
        case (.person, .place), (.group, .place): return acts ? 1 : 0.3
        // A person's name is seldom the thing a *what* question asks for.
        case (.thing, .person): return 0.5
        default: return 1
        }
    }

    /// The role score: how well the candidate fills the asked role, weighted by how many of the question's other
    /// arguments stand in their roles (0…1).
    package var role: Double { alignment.role * (0.6 + 0.4 * alignment.arguments) }
}
