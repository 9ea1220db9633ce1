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

    /// Every group.
    package static let all: Self = [.runs, .sentenceCase, .wide, .placeKinds, .joins]
}
