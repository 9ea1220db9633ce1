/// Closed word lists for places: the nouns that end or introduce a place name and the prepositions that
/// announce one.
///
/// Written by hand from WordNet's noun.location and noun.artifact (buildings, facilities) classes and the feature
/// classes of the GeoNames gazetteer. Entries that occur in only one development question or answer were removed;
/// `scripts/audit_lexicons.py` lists the rest with the number of development items each occurs in.
enum PlaceLexicon {
    /// Nouns that follow a place name and belong to it ("Sistan and Baluchestan province", "Amazon River").
    static let suffixes: Set<String> = [
        "province", "provinces", "region", "district", "county", "state", "city", "valley", "river", "island",
        "islands", "mountains", "mountain", "desert", "sea", "ocean", "bay", "peninsula", "strait", "territory",
        "prefecture", "strip", "basin", "lake", "coast", "canal", "harbor", "harbour", "park", "square", "street",
        "avenue",
        "road", "bridge", "airport", "stadium", "arena", "center", "centre", "hall", "building", "tower", "palace",
        "castle", "cathedral", "station", "field", "plain", "plains", "plateau", "forest", "gulf", "channel",
        "highlands", "lowlands", "delta", "falls", "creek", "borough", "township", "municipality",
        "parish", "quarter", "heights", "hills", "beach", "port", "kingdom", "republic", "empire", "colony",
        "colonies", "oblast", "governorate", "emirate", "canton",
    ]

    /// Group heads that also name a place one can be at ("Stanford University", "St Paul's Cathedral").
    static let institutionHeads: Set<String> = [
        "university", "college", "school", "academy", "church", "cathedral", "hospital", "museum", "library",
        "embassy", "institute", "hotel", "abbey", "monastery", "temple", "mosque", "seminary",
        "observatory", "zoo", "gallery", "theatre", "theater", "prison", "courthouse",
    ]

    /// Whether the lower-case words `terms` of a name name an institution one can be at (`institutionHeads`): by
    /// the last word ("Stanford University") or by the word before its first "of" ("University of Veldt",
    /// "Museum of Flight").
    static func namesInstitution(_ terms: [String]) -> Bool {
        if let last = terms.last, institutionHeads.contains(last) { return true }
        guard let of = terms.firstIndex(of: "of"), of > 0 else { return false }
        return institutionHeads.contains(terms[of - 1])
    }

    /// Capitalised words that open a place name ("Port of Chabahar", "Mount Everest", "Lake Victoria").
    static let openers: Set<String> = [
        "port", "mount", "lake", "gulf", "strait", "river", "cape", "fort", "bay", "isle", "sea", "north",
        "south", "east", "west", "northern", "southern", "eastern", "western", "central", "new", "san", "santa",
        "saint", "st", "upper", "lower", "greater", "los", "las", "el", "la", "le", "sierra", "costa",
        "camp", "glen", "point",
    ]

    /// Lower-case nouns that introduce a place with "of" ("the town of Saravan", "the port of Gwadar").
    static let introducers: Set<String> = [
        "town", "city", "village", "province", "region", "port", "capital", "state", "county", "island", "republic",
        "kingdom", "district", "area", "suburb", "borough", "commune", "municipality", "prefecture", "territory",
        "colony", "coast", "shores", "banks", "mouth", "center", "centre", "heart", "streets",
    ]

    /// Introducers that only say what kind of place the name after "of" is: "the city of Deabolis" is Deabolis
    /// (the name answers *where*; "the mouth of the river" or "the banks of the Rhine" are places of their own).
    static let kindNouns: Set<String> = [
        "town", "city", "village", "province", "region", "state", "county", "district", "borough", "commune",
        "municipality", "prefecture", "territory", "suburb", "island", "republic", "kingdom", "port",
    ]

    /// The gazetteer's kind of place each place focus noun names (*which city*, *which nation*, *which province*).
    static let focusKinds: [String: PlaceKind] = [
        "city": .city, "town": .city, "capital": .city, "country": .country, "nation": .country,
        "state": .region, "province": .region, "region": .region, "county": .region,
    ]

    /// `focusKinds` by the stems of the nouns.
    static let focusKindsByStem = Dictionary(
        focusKinds.map { (SnowballStemmer.stem($0.key), $0.value) }, uniquingKeysWith: { first, _ in first })

    /// The gazetteer's kind of place the focus noun of stem `focus` names; nil for another noun or none.
    static func focusKind(_ focus: String?) -> PlaceKind? {
        focus.flatMap { focusKindsByStem[$0] }
    }

    /// The kind of place a question asks for, decided once: the kind its focus noun names (stem `focus`: *which
    /// nation*, *in which town*), else the kind its answer type names (`LOC:city`, `LOC:country`, `LOC:state`);
    /// nil when neither names one.
    static func askedKind(answerType: String, focus: String?) -> PlaceKind? {
        if let kind = focusKind(focus) { return kind }
        switch answerType {
        case "LOC:city": return .city
        case "LOC:country": return .country
        case "LOC:state": return .region
        default: return nil
        }
    }

    /// Prepositions after which a capitalised name is likely a place.
    static let prepositions: Set<String> = [
        "in", "near", "at", "from", "to", "across", "into", "toward", "towards", "outside", "inside", "throughout",
        "within", "around", "through", "via", "off", "along", "beyond", "between", "onto",
    ]

    /// Prepositions that head a "where" answer's phrase in the sentence, best cues first.
    static let whereCues: Set<String> = ["in", "at", "near", "on", "from", "to", "into", "inside", "outside"]

    /// Nouns that, after a demonym, name the country's ground ("Pakistani soil", "Iranian territory").
    static let groundNouns: Set<String> = [
        "soil", "territory", "territories", "land", "lands", "airspace", "waters", "border", "borders", "side",
        "coast", "mainland", "frontier",
    ]

    /// Common nouns for places, heads of lower-case place phrases after a preposition ("in the old harbor",
    /// "in the colonies", "to the north").
    static let commonPlaceNouns: Set<String> = [
        "field", "stadium", "city", "cities", "country", "countries", "region",
        "regions", "area", "areas", "north", "south", "east", "west", "northeast", "northwest", "southeast",
        "southwest", "coast", "border", "sea", "ocean", "oceans", "water", "waters", "land", "lands", "island",
        "islands", "mountains", "valley", "forest", "forests", "desert", "colonies", "colony", "territory",
        "territories", "capital", "village", "villages", "town", "towns", "port", "harbor", "school", "church",
        "house", "building", "room", "hall", "street", "road", "ground", "underground", "surface", "crust",
        "atmosphere", "space", "soil", "basin", "river", "lake", "province", "provinces", "state", "states",
        "district", "neighborhood", "suburbs", "headquarters", "office", "offices",
        "hospital", "museum", "library", "palace", "castle", "camp", "camps", "base", "bases", "frontier",
        "mainland", "interior", "countryside", "europe", "continent", "world", "earth",
        "tropics", "rainforest", "wetlands", "plains", "graves", "cave", "caves", "bodies", "floor", "bed",
    ]

    /// Compass words that may precede a place name in lower case ("northern China").
    static let directions: Set<String> = [
        "north", "south", "east", "west", "northern", "southern", "eastern", "western", "central", "northeastern",
        "northwestern", "southeastern", "southwestern", "northeast", "northwest", "southeast", "southwest", "upper",
        "lower", "inner", "outer",
    ]
}
