/// Small closed word lists the span recogniser keys on: organisation suffixes, place nouns, units.
enum SpanLexicon {
    /// Head nouns that make a capitalised sequence (or a possessive phrase) an organisation or group.
    static let groupHeads: Set<String> = [
        "ministry", "army", "force", "forces", "party", "group", "groups", "university", "inc", "council", "agency",
        "corps", "guard", "guards", "committee", "organization", "organisation", "union", "bank", "company",
        "corporation", "court", "parliament", "government", "department", "office", "police", "navy", "institute",
        "association", "front", "movement", "brigade", "military", "militaries", "administration", "commission",
        "league", "club", "team", "federation", "society", "church", "assembly", "senate", "congress", "board",
        "foundation", "college", "school", "academy", "network", "service", "services", "authority", "regime",
        "militia", "cabinet", "embassy", "band", "orchestra", "ltd", "llc", "co", "corp", "airlines", "times",
    ]

    /// Nouns that follow a place name and belong to it ("Sistan and Baluchestan province").
    static let placeSuffixes: Set<String> = [
        "province", "region", "district", "county", "state", "city", "valley", "river", "island", "islands",
        "mountains", "desert", "sea", "ocean", "bay", "peninsula", "strait", "territory", "prefecture",
    ]

    /// Capitalised words that open a place name ("Port of Chabahar", "Mount Everest").
    static let placeOpeners: Set<String> = [
        "port", "mount", "lake", "gulf", "strait", "river", "cape", "fort", "bay", "isle", "sea", "north", "south",
        "east", "west", "new", "san", "santa", "saint", "st",
    ]

    /// Lower-case words that introduce a place ("the town of Saravan").
    static let placeIntroducers: Set<String> = ["town", "city", "village", "province", "region", "port", "capital"]

    /// Prepositions after which a capitalised name is likely a place.
    static let placePrepositions: Set<String> = [
        "in", "near", "at", "from", "to", "across", "into", "toward", "towards", "outside", "inside", "throughout",
    ]

    /// Lower-case connectors allowed inside a name ("Sistan and Baluchestan", "Port of Chabahar", "Jaish al-Adl").
    static let nameConnectors: Set<String> = ["of", "and", "al", "de", "del", "da", "van", "von", "bin", "ibn", "la"]

    /// Day and month names, the cores of date spans.
    static let weekdays: Set<String> = [
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
    ]
    /// Month names.
    static let months: Set<String> = [
        "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
        "november", "december",
    ]

    /// Units of distance and length.
    static let distanceUnits: Set<String> = [
        "km", "kilometer", "kilometers", "kilometre", "kilometres", "mile", "miles", "meter", "meters", "metre",
        "metres", "feet", "foot", "ft", "yard", "yards", "inch", "inches", "cm", "centimeters", "mm", "m",
    ]

    /// Units of time.
    static let durationUnits: Set<String> = [
        "second", "seconds", "minute", "minutes", "hour", "hours", "day", "days", "week", "weeks", "month",
        "months", "year", "years", "decade", "decades", "century", "centuries",
    ]

    /// Currency words that follow an amount.
    static let currencyWords: Set<String> = [
        "dollar", "dollars", "euro", "euros", "pound", "pounds", "rupee", "rupees", "yen", "yuan", "usd", "eur",
        "francs", "franc", "cents", "cent", "rial", "rials",
    ]
}
