/// Closed word lists for organisations and groups: the head nouns that end their names and the common nouns that
/// denote groups or kinds of people ("the city council", "the club's owners").
///
/// Written by hand from the head nouns of WordNet's noun.group and noun.person lexicographer classes that name
/// organisations and kinds of people. Entries that occur in only one development question or answer (TREC
/// train_5500, SQuAD even, `Corpus/gold.tsv`) were removed; `scripts/audit_lexicons.py` lists the rest with the
/// number of development items each occurs in.
enum GroupLexicon {
    /// Head nouns that make a capitalised sequence, a possessive phrase or a demonym phrase an organisation, in
    /// American and British spelling ("organization", "organisation").
    static let heads: Set<String> = BritishSpelling.withBritishSpellings([
        "ministry", "army", "armies", "force", "forces", "party", "parties", "group", "groups", "university",
        "inc", "council", "agency", "guard", "guards", "committee", "organization",
        "union", "bank", "company", "companies", "corporation", "court", "parliament", "government", "department",
        "office", "police", "navy", "institute", "institution", "association", "front", "movement", "brigade",
        "military", "militaries", "administration", "commission", "league", "club", "team", "teams", "federation",
        "society", "church", "assembly", "senate", "congress", "board", "foundation", "college", "school",
        "academy", "network", "networks", "service", "services", "authority", "authorities", "regime", "militia",
        "militias", "cabinet", "embassy", "band", "orchestra", "choir", "ltd", "llc", "co", "plc", "gmbh",
        "airlines", "airways", "times", "post", "press", "news", "broadcasting", "records", "studios", "pictures",
        "entertainment", "communications", "industries", "legislature", "tribunal", "dynasty", "empire",
        "alliance", "bureau", "division", "unit", "squadron", "regiment", "battalion",
        "fleet", "order", "conference", "syndicate", "trust", "fund",
    ])

    /// Common nouns that denote a group of people: heads of descriptive answers ("the city council").
    static let collectiveNouns: Set<String> = [
        "council", "legislature", "government", "parliament", "congress", "senate", "court", "jury", "committee",
        "board", "administration", "military", "army", "navy", "police", "church", "clergy", "crown",
        "league", "team", "band", "family", "dynasty", "tribe", "people", "public", "population", "majority",
        "community", "company", "firm", "agency", "ministry", "department", "state", "states",
        "nobility", "elite", "elites", "peasantry", "delegation", "commission", "assembly",
        "electorate", "voters", "citizens", "residents", "settlers", "colonists", "natives", "owners",
        "members", "officials", "leaders", "authorities", "scientists", "researchers", "scholars", "historians",
        "experts", "critics", "fans", "viewers", "audience", "students", "teachers", "employees",
        "soldiers", "troops", "forces", "rebels", "militants", "insurgents", "nationalists", "separatists",
        "terrorists", "jihadists", "extremists", "victims", "refugees", "civilians",
        "protesters", "merchants",
        "traders", "farmers", "peasants", "monks", "priests", "missionaries", "physicians",
        "doctors", "lawyers", "judges", "politicians", "parties", "allies", "enemies", "invaders",
        "rulers", "nobles", "lords", "kings", "emperors", "smugglers", "networks",
        "broadcasters", "affiliates", "stations", "manufacturers", "producers", "investors", "shareholders",
        "consumers", "customers", "users", "players", "coaches", "parents", "children", "women", "men", "adults",
        "individual", "individuals", "person", "persons", "group", "groups", "organization", "organizations",
        "governor", "mayor", "president", "king", "queen",
        "emperor", "pope", "priest", "scientist", "engineer", "inventor", "physician", "architect",
    ]
}
