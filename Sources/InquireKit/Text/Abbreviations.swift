/// Words that end in a full stop without ending a sentence: titles, common abbreviations, month names.
enum Abbreviations {
    /// Titles that always precede a name ("Dr. Khan"): a full stop after them never ends a sentence.
    static let titles: Set<String> = [
        "mr", "mrs", "ms", "dr", "prof", "gen", "col", "lt", "maj", "capt", "cpt", "sgt", "cmdr", "adm", "gov",
        "sen", "rep", "rev", "fr", "st", "hon", "pres", "supt", "insp", "mt", "ft", "messrs", "mme", "mlle",
    ]

    /// Abbreviations that usually continue the sentence but may end one ("Apple Inc." at the end).
    static let common: Set<String> = [
        "inc", "ltd", "co", "corp", "jr", "sr", "vs", "etc", "no", "nos", "vol", "vols", "fig", "figs", "approx",
        "dept", "est", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "al",
        "e.g", "i.e", "cf", "ca", "op", "ed", "eds", "p", "pp", "ch", "sec", "art", "bros", "assn", "univ", "ave",
        "blvd", "rd", "km", "mi", "ft", "lb", "lbs", "oz",
    ]

    /// Capitalised words that commonly open a sentence, used to decide whether "U.S." or "Inc." ended one.
    static let sentenceOpeners: Set<String> = [
        "the", "a", "an", "it", "he", "she", "they", "we", "i", "this", "that", "these", "those", "but", "and",
        "in", "on", "at", "for", "after", "before", "when", "while", "his", "her", "their", "its", "there", "as",
        "however", "meanwhile", "moreover", "also", "both", "some", "many", "most", "if", "on", "by", "since",
    ]
}
