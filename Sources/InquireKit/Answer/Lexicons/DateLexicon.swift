/// Day, month and season names and the words around dates.
enum DateLexicon {
    /// Day names.
    static let weekdays: Set<String> = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
    /// Month names, with common abbreviations.
    static let months: Set<String> = [
        "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
        "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
    ]
    /// Season names.
    static let seasons: Set<String> = ["spring", "summer", "autumn", "fall", "winter"]
    /// Words that open a relative date before a period noun ("earlier in the week", "last month", "this year").
    static let relativeOpeners: Set<String> = ["earlier", "later", "last", "this", "next", "previous", "past"]
    /// Period nouns of relative dates.
    static let periods: Set<String> = ["week", "month", "year", "decade", "century", "weekend", "morning", "night"]
    /// Era markers after a year ("44 BC", "AD 800").
    static let eras: Set<String> = ["bc", "bce", "ad", "ce"]
    /// Words after which a four-digit number stays a year even before a plural noun ("in 2004 researchers
    /// found", "the 2008 elections", "between 2003 and 2005 sales").
    static let yearOpeners: Set<String> = [
        "in", "since", "until", "till", "by", "before", "after", "during", "from", "to", "between", "through", "and",
        "or", "circa", "early", "late", "mid", "the", "its", "his", "her", "their", "our", "this", "that", "whose",
    ]
    /// Words that join the two ends of a date range ("between July 2003 and December 2004", "from 1990 to 1995"),
    /// by the word that opens the range; a range after "from" may also go "until" or "through" its end.
    static let rangeJoiners: [String: Set<String>] = [
        "between": ["and"], "from": ["to", "until", "till", "through"],
    ]

    /// Whether a lowercased word names a time: a weekday, a month, a season, a period or an era.
    static func isTimeWord(_ word: String) -> Bool {
        weekdays.contains(word) || months.contains(word) || seasons.contains(word) || periods.contains(word)
            || eras.contains(word)
            || ["day", "hour", "today", "yesterday", "tomorrow", "evening", "afternoon"].contains(word)
    }
}
