/// Optional groups of entity features beyond the base templates; a model records the groups it was trained with.
package struct EntityFeatureGroups: OptionSet, Sendable, Hashable {
    /// The raw bits.
    package let rawValue: UInt32

    /// A set from its raw bits.
    package init(rawValue: UInt32) { self.rawValue = rawValue }

    /// Runs of predicted proper nouns and of capitalised words: the word's place in its run, the run's length, first
    /// and last words, and the words around it.
    package static let runs = Self(rawValue: 1 << 0)
    /// The sentence's capitalisation: whether it is written in title case, and whether a capitalised word at the start
    /// appears elsewhere in the sentence.
    package static let sentenceCase = Self(rawValue: 1 << 1)
    /// A wider window: words three away, longer affixes, tags two away, shapes of the neighbours.
    package static let wide = Self(rawValue: 1 << 2)
    /// The kind of the gazetteer place a word lies in (country, region, city).
    package static let placeKinds = Self(rawValue: 1 << 3)

    /// What lies on both sides of the word: their capitalisation, tags and place marks together, for the commas and
    /// connectors that join two names into one ("Portland , Oregon").
    package static let joins = Self(rawValue: 1 << 4)

    /// What a first pass over the whole document said about the word's other mentions (``EntityDocumentMemory``),
    /// read on a second pass; nothing on a first pass or a sentence tagged alone.
    package static let document = Self(rawValue: 1 << 5)

    /// Gazetteer marks for names written in lower case (web text: "kerala", "shanna"): the place marks of countries,
    /// regions and large cities and the first-name mark.
    package static let lowercase = Self(rawValue: 1 << 6)

    /// Head words of organisation and place names and titles before a person's (``EntityHeadWords``): the word's
    /// own, and those of the last word of its capitalised run and of the word before the run.
    package static let heads = Self(rawValue: 1 << 7)

    /// What stands just outside the word's capitalised run: the head word right after it (*Baluchistan province*,
    /// *Hudson river*) and a possessive name right before it (*Pakistan's Baluchistan*), each with the word's place
    /// in the run and the class before it.
    package static let surroundings = Self(rawValue: 1 << 8)

    /// Not a feature group: a name, a possessive *'s* and a name right after it are output as one entity
    /// (``EntityPossessorJoin``).
    package static let possessorJoins = Self(rawValue: 1 << 9)

    /// Not a feature group: a possessive *'s* that ends an entity is output outside it
    /// (``EntityPossessorJoin/withoutFinalPossessives(_:forms:)``), for a model trained with GUM's possessives.
    package static let finalPossessivesOut = Self(rawValue: 1 << 10)

    /// Every group.
    package static let all: Self = [
        .runs, .sentenceCase, .wide, .placeKinds, .joins, .document, .lowercase, .heads, .surroundings,
        .possessorJoins, .finalPossessivesOut,
    ]
}
