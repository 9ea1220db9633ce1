/// The English number vocabulary the number reader knows: cardinal and ordinal words, scales, glued suffixes
/// and approximating qualifiers. Lowercased, as tokens' terms are.
enum NumberWords {
    /// Cardinal words below a hundred, and their values.
    static let cardinals: [String: Double] = [
        "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
        "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15,
        "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40,
        "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90,
    ]

    /// Ordinal words and their values ("third" → 3, "hundredth" → 100).
    static let ordinals: [String: Double] = [
        "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8,
        "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13, "fourteenth": 14,
        "fifteenth": 15, "sixteenth": 16, "seventeenth": 17, "eighteenth": 18, "nineteenth": 19, "twentieth": 20,
        "thirtieth": 30, "fortieth": 40, "fiftieth": 50, "sixtieth": 60, "seventieth": 70, "eightieth": 80,
        "ninetieth": 90, "hundredth": 100, "thousandth": 1_000, "millionth": 1_000_000,
        "billionth": 1_000_000_000,
    ]

    /// Scale words, written out or abbreviated as their own token ("3.5 million", "4.5 bn").
    static let scales: [String: Double] = [
        "hundred": 100, "thousand": 1_000, "million": 1_000_000, "billion": 1_000_000_000,
        "trillion": 1_000_000_000_000, "bn": 1_000_000_000, "mn": 1_000_000, "tn": 1_000_000_000_000,
    ]

    /// Suffixes glued to digits that scale them ("4.5bn"); "m", "b" and "k" count only after a currency sign
    /// ("$3m"), since "100m" is more often metres.
    static let gluedScales: [String: Double] = [
        "bn": 1_000_000_000, "mn": 1_000_000, "tn": 1_000_000_000_000, "trn": 1_000_000_000_000,
    ]

    /// Glued suffixes that scale a number only after a currency sign.
    static let currencyScales: [String: Double] = ["m": 1_000_000, "b": 1_000_000_000, "k": 1_000]

    /// Suffixes of ordinals written in digits ("21st", "2nd", "3rd", "4th").
    static let ordinalSuffixes: Set<String> = ["st", "nd", "rd", "th"]

    /// Denominators of fractions written as compounds ("two-thirds", "one-quarter").
    static let fractions: [String: Double] = [
        "half": 2, "halves": 2, "third": 3, "thirds": 3, "quarter": 4, "quarters": 4, "fourth": 4, "fourths": 4,
        "fifth": 5, "fifths": 5, "sixth": 6, "sixths": 6, "seventh": 7, "sevenths": 7, "eighth": 8, "eighths": 8,
        "ninth": 9, "ninths": 9, "tenth": 10, "tenths": 10,
    ]

    /// Plural scales that stand for an indefinite number, with the least value they mean: "hundreds of" → 100.
    static let pluralScales: [[String]: Double] = [
        ["dozens", "of"]: 12, ["scores", "of"]: 20, ["hundreds", "of"]: 100, ["thousands", "of"]: 1_000,
        ["tens", "of", "thousands", "of"]: 10_000, ["hundreds", "of", "thousands", "of"]: 100_000,
        ["millions", "of"]: 1_000_000, ["tens", "of", "millions", "of"]: 10_000_000,
        ["hundreds", "of", "millions", "of"]: 100_000_000, ["billions", "of"]: 1_000_000_000,
    ]

    /// Approximators and bounds that may precede a number, longest first so "no more than" wins over "more".
    static let qualifiers: [[String]] = [
        ["no", "more", "than"], ["no", "fewer", "than"], ["no", "less", "than"], ["not", "more", "than"],
        ["as", "many", "as"], ["as", "much", "as"], ["as", "few", "as"], ["as", "little", "as"],
        ["in", "excess", "of"], ["more", "than"], ["less", "than"], ["fewer", "than"], ["greater", "than"],
        ["at", "least"], ["at", "most"], ["up", "to"], ["close", "to"], ["upwards", "of"], ["just", "over"],
        ["just", "under"], ["well", "over"], ["well", "under"], ["an", "estimated"], ["a", "few"], ["nearly"],
        ["almost"], ["about"], ["around"], ["approximately"], ["roughly"], ["some"], ["over"], ["under"],
        ["above"], ["below"], ["approx"], ["circa"], ["estimated"], ["several"],
    ]

    /// Qualifiers that stand for a number themselves before a scale: "several hundred", "a few thousand".
    static let indefinite: Set<String> = ["several", "a few"]
}
