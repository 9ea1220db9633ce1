/// Kinds of place a name can denote.
public enum PlaceKind: String, Sendable, Codable, CaseIterable {
    /// A sovereign country or a territory with its own ISO 3166-1 code ("Pakistan", "Greenland").
    case country
    /// A first-level subdivision of a country: province, state, region, county ("Sistan and Baluchestan").
    case region
    /// A city or town of more than 15,000 people, or a capital.
    case city
}

/// One gazetteer entry for a place name: what kind of place it is, where, and how big, so a name that denotes
/// several places ("Georgia": a country and a US state) yields one entry for each.
public struct PlaceEntry: Sendable, Equatable, Hashable {
    /// Whether the name denotes a country, a region or a city.
    public let kind: PlaceKind
    /// The ISO 3166-1 alpha-2 code of the country the place is in (or is), such as "IR".
    public let countryCode: String
    /// The population where the sources give one (countries and cities), else 0.
    public let population: Int

    /// Creates an entry from its parts.
    public init(kind: PlaceKind, countryCode: String, population: Int) {
        self.kind = kind
        self.countryCode = countryCode
        self.population = population
    }

    /// Whether this entry comes before `other` in lookup results: countries, then regions, then cities;
    /// within a kind, larger places first, then by country code, so results are deterministic.
    func precedes(_ other: PlaceEntry) -> Bool {
        if kind != other.kind { return kind.rank < other.kind.rank }
        if population != other.population { return population > other.population }
        return countryCode < other.countryCode
    }
}

extension PlaceKind {
    /// The order of kinds in lookup results.
    var rank: Int {
        switch self {
        case .country: 0
        case .region: 1
        case .city: 2
        }
    }
}
