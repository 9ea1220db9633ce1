/// Closed word lists for organisations and groups: the head nouns that end their names and the common nouns that
/// denote groups or kinds of people ("the city council", "NFL owners", "a professional fundraiser").
enum GroupLexicon {
    /// Head nouns that make a capitalised sequence, a possessive phrase or a demonym phrase an organisation.
    static let heads: Set<String> = [
        "ministry", "army", "armies", "force", "forces", "party", "parties", "group", "groups", "university",
        "inc", "council", "agency", "corps", "guard", "guards", "committee", "organization", "organisation",
        "union", "bank", "company", "companies", "corporation", "court", "parliament", "government", "department",
        "office", "police", "navy", "institute", "institution", "association", "front", "movement", "brigade",
        "military", "militaries", "administration", "commission", "league", "club", "team", "teams", "federation",
        "society", "church", "assembly", "senate", "congress", "board", "foundation", "college", "school",
        "academy", "network", "networks", "service", "services", "authority", "authorities", "regime", "militia",
        "militias", "cabinet", "embassy", "band", "orchestra", "choir", "ltd", "llc", "co", "corp", "plc", "gmbh",
        "airlines", "airways", "times", "post", "press", "news", "broadcasting", "records", "studios", "pictures",
        "entertainment", "communications", "industries", "legislature", "tribunal", "dynasty", "empire",
        "alliance", "coalition", "bureau", "division", "unit", "squadron", "regiment", "battalion",
        "fleet", "order", "conference", "syndicate", "cartel", "trust", "fund",
    ]

    /// Common nouns that denote a group of people: heads of descriptive answers ("the city council").
    static let collectiveNouns: Set<String> = [
        "council", "legislature", "government", "parliament", "congress", "senate", "court", "jury", "committee",
        "board", "administration", "military", "army", "navy", "police", "church", "clergy", "monarchy", "crown",
        "league", "team", "band", "family", "dynasty", "tribe", "people", "public", "population", "majority",
        "minority", "community", "company", "firm", "agency", "ministry", "department", "state", "states",
        "nobility", "aristocracy", "elite", "elites", "peasantry", "delegation", "commission", "assembly",
        "electorate", "voters", "citizens", "residents", "immigrants", "settlers", "colonists", "natives", "owners",
        "members", "officials", "leaders", "authorities", "scientists", "researchers", "scholars", "historians",
        "experts", "critics", "fans", "viewers", "audience", "students", "teachers", "workers", "employees",
        "soldiers", "troops", "forces", "rebels", "militants", "insurgents", "nationalists", "separatists",
        "terrorists", "fighters", "guerrillas", "jihadists", "extremists", "victims", "refugees", "civilians",
        "protesters", "activists", "merchants",
        "traders", "farmers", "peasants", "monks", "priests", "missionaries", "pharmacists", "physicians",
        "doctors", "nurses", "lawyers", "judges", "politicians", "parties", "allies", "enemies", "invaders",
        "conquerors", "rulers", "nobles", "lords", "kings", "emperors", "mongols", "smugglers", "networks",
        "broadcasters", "affiliates", "stations", "manufacturers", "producers", "investors", "shareholders",
        "consumers", "customers", "users", "players", "coaches", "parents", "children", "women", "men", "adults",
        "individual", "individuals", "person", "persons", "group", "groups", "organization", "organizations",
        "fundraiser", "sponsor", "sponsors", "donors", "governor", "mayor", "president", "king", "queen",
        "emperor", "pope", "priest", "scientist", "engineer", "inventor", "physician", "pharmacist", "architect",
    ]
}
