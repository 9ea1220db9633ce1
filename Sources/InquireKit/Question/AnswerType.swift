/// The coarse answer classes of the UIUC/TREC question-classification taxonomy.
public enum CoarseType: String, CaseIterable, Sendable, Codable {
    /// An abbreviation or its expansion.
    case abbreviation = "ABBR"
    /// A description, definition, manner or reason.
    case description = "DESC"
    /// An entity: animal, colour, product, event …
    case entity = "ENTY"
    /// A person, group, title or description of a person.
    case human = "HUM"
    /// A place.
    case location = "LOC"
    /// A number: count, date, distance, money …
    case numeric = "NUM"
}

/// The fine answer classes of the UIUC/TREC taxonomy (the TREC label is the raw value).
public enum AnswerType: String, CaseIterable, Sendable, Codable {
    /// A person.
    case humanIndividual = "HUM:ind"
    /// A group or organisation.
    case humanGroup = "HUM:gr"
    /// A place not covered by the finer location classes.
    case locationOther = "LOC:other"
    /// A count.
    case numericCount = "NUM:count"
    /// A description or the best sentence.
    case descriptionOther = "DESC:desc"

    /// The coarse class.
    public var coarse: CoarseType {
        CoarseType(rawValue: String(rawValue.prefix { $0 != ":" })) ?? .description
    }

    /// A short name for people.
    public var displayName: String { rawValue }
}
