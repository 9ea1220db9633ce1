/// The kinds of typed span the recogniser finds in sentences; an answer type expects one or more of them.
public enum SpanType: String, Sendable, CaseIterable, Codable {
    /// A person's name.
    case person
    /// An organisation, armed force, institution or other group.
    case group
    /// A place: country, region, city, other named location.
    case location
    /// A number with the noun it counts ("four children").
    case count
    /// A date or time expression.
    case date
    /// An amount of money.
    case money
    /// A percentage.
    case percent
    /// A distance or length.
    case distance
    /// A duration.
    case duration
    /// A thing named by a common noun phrase ("a crane", "asbestos"): the answer to a *what* question no
    /// recogniser's type fits, found by the role it fills (`ThingNounPhrases`).
    case thing

    /// The span types that can answer a question of `type`, best fit first; empty when no recogniser applies
    /// (the best sentence is then the answer).
    public static func expected(for type: AnswerType) -> [SpanType] {
        let label = type.rawValue
        switch label {
        case "HUM:gr": return [.group, .person]
        case "NUM:count": return [.count]
        case "NUM:date": return [.date]
        case "NUM:money": return [.money]
        case "NUM:perc": return [.percent]
        case "NUM:dist": return [.distance]
        case "NUM:period": return [.duration]
        default: break
        }
        switch type.coarse {
        case .human where label == "HUM:ind" || label == "HUM:desc": return [.person, .group]
        case .location: return [.location]
        // Other measures (weight, size, speed …) have no recogniser of their own: a number is the best span.
        case .numeric where label != "NUM:code": return [.count]
        default: return []
        }
    }
}
