/// What the name recognisers ask of the gazetteer (`Gazetteer.shared`, loaded lazily on first use): given names,
/// surnames, places and demonyms, with the frequency cut-offs that keep rare census entries ("Will", "Denver"
/// as given names) from turning common words into names.
enum NameKnowledge {
    /// Given names rarer than this share of the population (in percent) are not trusted as name cues.
    static let firstNameCutoff = 0.01

    /// Whether a word is a common given name ("Brandon", "Mary").
    static func isFirstName(_ word: String) -> Bool {
        Gazetteer.shared.nameFrequency(word).first >= firstNameCutoff
    }

    /// Whether a word is one of the common surnames ("Manning", "Newton").
    static func isSurname(_ word: String) -> Bool {
        Gazetteer.shared.isSurname(word)
    }

    /// Whether `name` is a known country or first-level region, or a city of at least 50,000 people (smaller
    /// towns share their names with too many common words).
    static func isPlace(_ name: String) -> Bool {
        Gazetteer.shared.places(named: name).contains { $0.kind != .city || $0.population >= 50_000 }
    }

    /// Whether `name` is a country ("China", "Pakistan"): countries also act, as groups do.
    static func isCountry(_ name: String) -> Bool {
        Gazetteer.shared.places(named: name).contains { $0.kind == .country }
    }

    /// Whether `name` is a known city or town (what may stand before a region after a comma).
    static func isCity(_ name: String) -> Bool {
        Gazetteer.shared.places(named: name).contains { $0.kind == .city }
    }

    /// Whether `name` is a country or a first-level region (what may follow a city after a comma).
    static func isCountryOrRegion(_ name: String) -> Bool {
        Gazetteer.shared.places(named: name).contains { $0.kind != .city }
    }

    /// Whether a capitalised word is a demonym ("Pakistani", "British", "Pakistanis").
    static func isDemonym(_ word: String) -> Bool {
        Gazetteer.shared.country(forDemonym: word) != nil
    }
}
