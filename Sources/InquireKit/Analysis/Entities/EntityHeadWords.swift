/// Words that tell the kind of the name they end or start: heads of organisation names (*University*, *Party*,
/// *Inc.*), of place names (*River*, *Street*, *County*) and titles before a person's name (*Dr.*, *President*).
/// Each word's value is a small bit set: 1 organisation head, 2 place head, 4 person title.
enum EntityHeadWords {
    /// The bit set of a word (by ``WordForm/lowerHash``), 0 for most words.
    static func kinds(of form: WordForm) -> UInt64 { table[form.lowerHash] ?? 0 }

    private static let organisations = [
        "university", "college", "school", "academy", "institute", "institution", "company", "co.", "corp.", "corp",
        "corporation", "inc.", "inc", "ltd", "ltd.", "llc", "plc", "group", "party", "council", "committee",
        "commission", "association", "society", "union", "federation", "league", "club", "team", "foundation",
        "trust", "fund", "bank", "agency", "department", "ministry", "office", "bureau", "board", "authority",
        "administration", "government", "parliament", "congress", "senate", "assembly", "court", "army", "navy",
        "force", "forces", "police", "church", "museum", "library", "hospital", "airlines", "airways", "records",
        "press", "times", "news", "post", "journal", "magazine", "network", "studios", "pictures", "service",
        "services", "organization", "organisation", "center", "centre", "laboratory", "labs", "systems",
        "technologies", "industries", "enterprises", "partners", "associates", "brothers", "fc", "united",
        "orchestra", "band", "choir", "movement", "front", "alliance", "coalition", "order", "brigade", "corps",
    ]
    private static let places = [
        "river", "lake", "mountain", "mountains", "mount", "mt.", "hill", "hills", "valley", "island", "islands",
        "bay", "sea", "ocean", "gulf", "coast", "beach", "desert", "forest", "park", "street", "st.", "road",
        "rd.", "avenue", "ave.", "boulevard", "square", "bridge", "county", "province", "state", "city", "town",
        "village", "district", "region", "peninsula", "canyon", "falls", "creek", "harbor", "harbour", "port",
        "airport", "station", "castle", "palace", "mansion", "tower", "cathedral", "temple", "abbey", "memorial",
        "monument", "stadium", "arena", "hall", "garden", "gardens", "plaza", "highway", "canal", "strait", "cape",
        "heights", "springs", "lane", "way", "drive",
    ]
    private static let titles = [
        "mr", "mr.", "mrs", "mrs.", "ms", "ms.", "dr", "dr.", "prof.", "professor", "sir", "lord", "lady", "king",
        "queen", "prince", "princess", "duke", "duchess", "president", "senator", "governor", "mayor", "minister",
        "general", "gen.", "colonel", "col.", "captain", "capt.", "lieutenant", "sergeant", "admiral", "pope",
        "saint", "st", "father", "bishop", "archbishop", "rev.", "reverend", "judge", "justice", "emperor", "sultan",
        "chancellor", "secretary", "chairman", "ceo", "coach", "uncle", "aunt",
    ]

    private static let table: [UInt64: UInt64] = {
        var table: [UInt64: UInt64] = [:]
        for word in organisations { table[FeatureHash.value(word), default: 0] |= 1 }
        for word in places { table[FeatureHash.value(word), default: 0] |= 2 }
        for word in titles { table[FeatureHash.value(word), default: 0] |= 4 }
        return table
    }()
}
