/// Units and cue words of measured quantities: distances, durations, money and percentages.
enum MeasureLexicon {
    /// Units of distance, length and area.
    static let distanceUnits: Set<String> = [
        "km", "kilometer", "kilometers", "kilometre", "kilometres", "mile", "miles", "meter", "meters", "metre",
        "metres", "feet", "foot", "ft", "yard", "yards", "inch", "inches", "cm", "centimeters", "centimetres",
        "mm", "millimeters", "m", "mi", "nautical", "light-years", "acres", "hectares",
    ]

    /// Units of time.
    static let durationUnits: Set<String> = [
        "second", "seconds", "minute", "minutes", "hour", "hours", "day", "days", "week", "weeks", "month",
        "months", "year", "years", "decade", "decades", "century", "centuries", "millennia", "millennium",
    ]

    /// Words that name a currency after an amount ("5 million dollars").
    static let currencyWords: Set<String> = [
        "dollar", "dollars", "euro", "euros", "pound", "pounds", "yen", "yuan", "rupee", "rupees", "rial", "rials",
        "franc", "francs", "usd", "eur", "gbp", "cents", "cent", "marks", "pesos", "peso",
    ]

    /// Currency symbols written before an amount ("$5", "£3", "€2"), as UTF-8 lead bytes of their last byte.
    static let currencySymbols: [[UInt8]] = [
        Array("$".utf8), Array("£".utf8), Array("€".utf8), Array("¥".utf8),
    ]

    /// Words that follow a number to make it a percentage.
    static let percentWords: Set<String> = ["percent", "per", "pct", "percentage"]

    /// Plural number words that state a quantity without a number ("hundreds of channels", "dozens").
    static let vagueAmounts: Set<String> = [
        "tens", "dozens", "scores", "hundreds", "thousands", "millions", "billions", "several", "numerous",
    ]

    /// Plural nouns that do not end in "s" ("1709 schoolchildren", "300 people").
    static let irregularPlurals: Set<String> = [
        "people", "children", "schoolchildren", "men", "women", "police", "cattle", "mice", "geese", "teeth",
        "staff", "personnel", "livestock",
    ]

    /// Whether a lower-case word reads as a plural noun: an irregular plural, or a word in "s" that is not
    /// "ss", "us" or "is" ("schools", "pupils"; not "class", "census", "basis").
    static func isPluralNoun(_ word: String) -> Bool {
        if irregularPlurals.contains(word) { return true }
        guard word.utf8.count > 3, word.hasSuffix("s"), word.allSatisfy(\.isLetter) else { return false }
        return !word.hasSuffix("ss") && !word.hasSuffix("us") && !word.hasSuffix("is")
    }

    /// The key a counted noun is compared by: its `unitKey` when it is a unit of measure, its Snowball stem
    /// otherwise.
    static func countedKey(_ noun: String) -> String {
        unitKey(noun) ?? SnowballStemmer.stem(noun)
    }

    /// Nouns that are units rather than counted things ("three times", "two thirds").
    static let nonCountNouns: Set<String> = ["times", "percent", "per", "th", "st", "nd", "rd", "am", "pm"]

    /// The unit a word names, one key for all its spellings and abbreviations ("m", "meter", "metres" → the same
    /// key), so that "How many metres …" matches "5,000m" and "How many kilometers …" matches "12 km". Nil for a
    /// word that is not such a unit. Only unambiguous spellings: "in", "g", "t", "l" and "pound" are left out.
    static func unitKey(_ word: String) -> String? {
        unitKeys[word.lowercased()].map { "unit:" + $0 }
    }

    /// The unit a stemmed word names ("kilomet", the stem of "kilometers"), for words kept only as stems (the
    /// counted nouns of a question); nil for a stem of no unit.
    static func unitKey(stem: String) -> String? {
        unitStemKeys[stem].map { "unit:" + $0 }
    }

    /// Units by the stems of their spellings.
    private static let unitStemKeys: [String: String] = {
        var keys: [String: String] = [:]
        for (word, unit) in unitKeys { keys[SnowballStemmer.stem(word)] = unit }
        return keys
    }()

    /// Unit spellings by the unit they name.
    private static let unitKeys: [String: String] = {
        let spellings: [String: [String]] = [
            "metre": ["m", "meter", "meters", "metre", "metres"],
            "kilometre": ["km", "kms", "kilometer", "kilometers", "kilometre", "kilometres"],
            "centimetre": ["cm", "centimeter", "centimeters", "centimetre", "centimetres"],
            "millimetre": ["mm", "millimeter", "millimeters", "millimetre", "millimetres"],
            "mile": ["mi", "mile", "miles"],
            "foot": ["ft", "foot", "feet"],
            "yard": ["yd", "yds", "yard", "yards"],
            "inch": ["inch", "inches"],
            "kilogram": ["kg", "kgs", "kilogram", "kilograms", "kilogramme", "kilogrammes", "kilo", "kilos"],
            "gram": ["gram", "grams", "gramme", "grammes"],
            "tonne": ["tonne", "tonnes", "ton", "tons"],
            "litre": ["litre", "litres", "liter", "liters"],
            "hectare": ["hectare", "hectares"],
            "acre": ["acre", "acres"],
        ]
        var keys: [String: String] = [:]
        for (unit, words) in spellings { for word in words { keys[word] = unit } }
        return keys
    }()
}
