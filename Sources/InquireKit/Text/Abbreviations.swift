/// Words that end in a full stop without (usually) ending a sentence, grouped by how the sentence splitter
/// treats them. All lowercased, without their dots. General English lists, not tuned to any evaluation text.
enum Abbreviations {
    /// How a full stop after a word is read.
    enum Class: Equatable {
        /// An ordinary word: the full stop ends the sentence.
        case none
        /// A title before a name ("Dr.", "Gen.", "Lt. Col.", "St."): ends a sentence only before a common opener.
        case title
        /// A single capital letter, an initial ("J. R. R. Tolkien"): ends a sentence only before a common opener.
        case initial
        /// A month ("Jan. 18"): never before a number; otherwise only before a common opener.
        case month
        /// An abbreviation that introduces a number ("No. 10", "pp. 12"): does not end a sentence before a digit.
        case number
        /// A dotted acronym ("U.S.", "a.m.", "Ph.D."), or a common abbreviation ("Inc.", "etc.", "Jr."): ends a
        /// sentence only before a common opener.
        case abbreviation
        /// "e.g.", "i.e." and "a.k.a.": never end a sentence.
        case neverFinal
    }

    /// Titles that precede a name.
    static let titles: Set<String> = [
        "mr", "mrs", "ms", "messrs", "mme", "mlle", "dr", "prof", "gen", "col", "lt", "maj", "capt", "cpt", "sgt",
        "cpl", "pvt", "cmdr", "adm", "brig", "gov", "sen", "rep", "rev", "fr", "sr", "st", "hon", "pres", "supt",
        "insp", "mt", "amb", "atty", "dir",
    ]

    /// Month abbreviations.
    static let months: Set<String> = [
        "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
    ]

    /// Abbreviations that introduce a number.
    static let numbered: Set<String> = [
        "no", "nos", "vol", "vols", "p", "pp", "fig", "figs", "art", "sec", "ch", "op", "ref", "nr", "para",
        "c", "ca", "b", "d", "fl", "r", "ps",  // circa, born, died, flourished, reigned, psalm: "(c. 1455–1536)"
    ]

    /// Common abbreviations that usually continue the sentence but may end one ("Apple Inc." at the end).
    static let common: Set<String> = [
        "inc", "ltd", "co", "corp", "llc", "plc", "jr", "bros", "vs", "v", "etc", "al", "approx", "est", "dept",
        "assn", "univ", "ave", "blvd", "rd", "hwy", "ft", "lb", "lbs", "oz", "ed", "eds", "cf", "viz",
    ]

    /// Dotted abbreviations that never end a sentence.
    static let neverFinal: Set<String> = ["e.g", "i.e", "a.k.a"]

    /// Capitalised words that commonly open a sentence and rarely continue a name after an abbreviation: the
    /// evidence that "U.S." or "Inc." ended a sentence ("…in the U.S. The…") rather than continued it
    /// ("…the U.S. Army…").
    static let sentenceOpeners: Set<String> = [
        "the", "a", "an", "this", "that", "these", "those", "he", "she", "it", "they", "we", "i", "you", "his",
        "her", "its", "their", "our", "my", "your", "there", "here", "but", "and", "or", "so", "yet", "however",
        "in", "on", "at", "for", "from", "with", "by", "after", "before", "when", "while", "as", "if", "since",
        "although", "though", "because", "meanwhile", "moreover", "also", "both", "some", "many", "most", "all",
        "then", "thus", "still", "today", "yesterday", "later", "earlier", "during", "among", "according",
        "despite", "instead", "now", "such", "each", "every", "other", "another", "several", "what", "where",
        "why", "how", "following", "under", "over", "until", "unlike", "like", "between", "of", "again",
        "finally", "therefore", "hence", "indeed", "nevertheless", "furthermore", "additionally", "similarly",
        "eventually", "subsequently", "soon", "once", "not", "even", "perhaps", "whether", "whereas", "upon",
        "within", "without", "through", "throughout", "against", "only",
    ]

    /// The class of `word`, the letters and inner dots before a full stop ("U.S" for "U.S.").
    static func classify(_ word: String) -> Class {
        let utf8 = word.utf8
        guard let first = utf8.first else { return .none }
        if utf8.count == 1, UTF8Classes.isUpper(first) { return .initial }
        let lowered = word.lowercased()
        if utf8.contains(UInt8(ascii: ".")) {
            if neverFinal.contains(lowered) { return .neverFinal }
            // Every segment of one or two letters: "U.S", "a.m", "Ph.D"; not "example.com".
            let segments = lowered.split(separator: ".", omittingEmptySubsequences: false)
            return segments.allSatisfy({ (1...2).contains($0.utf8.count) }) ? .abbreviation : .none
        }
        if titles.contains(lowered) { return .title }
        if months.contains(lowered) { return .month }
        if numbered.contains(lowered) { return .number }
        if common.contains(lowered) { return .abbreviation }
        return .none
    }
}
