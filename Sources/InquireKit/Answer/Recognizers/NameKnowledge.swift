/// What the name recognisers ask of the gazetteer (the engine's, from `Engine.Resources`): given names,
/// surnames, places and demonyms, with the frequency cut-offs that keep rare census entries ("Will", "Denver"
/// as given names) from turning common words into names.
struct NameKnowledge: Sendable {
    /// The gazetteer asked.
    let gazetteer: Gazetteer

    /// Given names rarer than this share of the population (in percent) are not trusted as name cues.
    static let firstNameCutoff = 0.01

    /// Whether a word is a common given name ("Brandon", "Mary").
    func isFirstName(_ word: String) -> Bool {
        gazetteer.nameFrequency(word).first >= Self.firstNameCutoff
    }

    /// Whether a word is one of the common surnames ("Manning", "Newton").
    func isSurname(_ word: String) -> Bool {
        gazetteer.isSurname(word)
    }

    /// Whether `name` is a known country or first-level region, or a city of at least 50,000 people (smaller
    /// towns share their names with too many common words).
    func isPlace(_ name: String) -> Bool {
        gazetteer.places(named: name).contains { $0.kind != .city || $0.population >= 50_000 }
    }

    /// Whether `name` is a country ("China", "Pakistan"): countries also act, as groups do.
    func isCountry(_ name: String) -> Bool {
        gazetteer.places(named: name).contains { $0.kind == .country }
    }

    /// Whether `name` is a known city or town (what may stand before a region after a comma).
    func isCity(_ name: String) -> Bool {
        gazetteer.places(named: name).contains { $0.kind == .city }
    }

    /// Whether `name` is a country or a first-level region (what may follow a city after a comma).
    func isCountryOrRegion(_ name: String) -> Bool {
        gazetteer.places(named: name).contains { $0.kind != .city }
    }

    /// Whether a capitalised word is a demonym ("Pakistani", "British", "Pakistanis").
    func isDemonym(_ word: String) -> Bool {
        gazetteer.country(forDemonym: word) != nil
    }
}
