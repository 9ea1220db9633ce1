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

    /// Whether a lowercased word names a time: a weekday, a month, a season, a period or an era.
    static func isTimeWord(_ word: String) -> Bool {
        weekdays.contains(word) || months.contains(word) || seasons.contains(word) || periods.contains(word)
            || eras.contains(word)
            || ["day", "hour", "today", "yesterday", "tomorrow", "evening", "afternoon"].contains(word)
    }
}
