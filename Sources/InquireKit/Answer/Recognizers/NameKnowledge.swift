/// What the name recognisers ask of the gazetteer: given names, surnames, places and demonyms. One place to
/// change when the gazetteer grows; everything here is a cheap lookup after the gazetteer's lazy load.
enum NameKnowledge {
    /// Whether a lowercased word is a common given name.
    static func isFirstName(_ term: String) -> Bool { false }

    /// Whether a lowercased word is a common surname.
    static func isSurname(_ term: String) -> Bool { false }

    /// Whether `name` (as written) is a known country, first-level region or city.
    static func isPlace(_ name: String) -> Bool { false }

    /// Whether `name` is a country or a first-level region (what may follow a city after a comma).
    static func isCountryOrRegion(_ name: String) -> Bool { false }

    /// Whether a capitalised word is a demonym ("Pakistani", "British").
    static func isDemonym(_ word: String) -> Bool { false }
}
