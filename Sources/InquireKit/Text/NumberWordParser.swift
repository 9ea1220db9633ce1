/// Adds up English number words one at a time ("two", "thousand", "three", "hundred", "five" → 2,305),
/// refusing a word that cannot continue the number ("one two", "million thousand"), so the reader stops there.
struct NumberWordParser {
    /// The kind of the last word taken, which decides what may follow.
    enum Last: Equatable {
        /// Nothing yet.
        case none
        /// "a" (or "several") before a scale: only a scale or "dozen" may follow.
        case article
        /// A number in digits: only a scale may follow ("3.5 million").
        case digits
        /// One to nine (or zero).
        case unit
        /// Ten to nineteen, or "dozen".
        case teen
        /// Twenty, thirty … ninety.
        case tens
        /// "hundred".
        case hundred
        /// "thousand", "million" …
        case scale
    }

    /// The sum of the completed scale groups ("two thousand" in "two thousand three hundred").
    private(set) var total: Double = 0
    /// The group under construction ("three hundred").
    private(set) var current: Double = 0
    /// The kind of the last word.
    private(set) var last = Last.none
    /// The last scale applied; a later one must be smaller ("million … thousand").
    private var lastScale = Double.infinity
    /// Whether an ordinal word ended the number ("twenty first").
    private(set) var isOrdinal = false

    /// Whether a number has been read (an article alone is not one).
    var hasValue: Bool { last != .none && last != .article }
    /// The number read so far.
    var value: Double { total + current }
    /// Whether "and" may follow ("a hundred and twenty", "two thousand and five").
    var acceptsAnd: Bool { last == .hundred || last == .scale }

    /// Starts with an implicit one before a scale ("a hundred", "several thousand").
    mutating func feedArticle() {
        current = 1
        last = .article
    }

    /// Starts with a number in digits; false when something was read already.
    @discardableResult
    mutating func feedDigits(_ number: Double) -> Bool {
        guard last == .none else { return false }
        current = number
        last = .digits
        return true
    }

    /// Takes one lowercased word; false (and no change) when it is not a number word that continues the number.
    mutating func feed(_ word: String) -> Bool {
        guard !isOrdinal else { return false }
        if let value = NumberWords.cardinals[word] { return add(value, ordinal: false) }
        if let value = NumberWords.ordinals[word] {
            return value >= 100 ? multiply(by: value, ordinal: true) : add(value, ordinal: true)
        }
        if word == "dozen" {
            guard [.article, .unit, .teen, .tens].contains(last) || (last == .digits && current < 100) else {
                return false
            }
            current *= 12
            last = .teen
            return true
        }
        if let scale = NumberWords.scales[word] { return multiply(by: scale, ordinal: false) }
        return false
    }

    /// Adds a value below a hundred.
    private mutating func add(_ value: Double, ordinal: Bool) -> Bool {
        let kind: Last = value < 10 ? .unit : value < 20 ? .teen : .tens
        switch kind {
        case .unit:
            guard value > 0 ? [.none, .tens, .hundred, .scale].contains(last) : last == .none else { return false }
        default:
            guard [.none, .hundred, .scale].contains(last) else { return false }
        }
        current += value
        last = kind
        isOrdinal = ordinal
        return true
    }

    /// Applies "hundred" or a larger scale.
    private mutating func multiply(by scale: Double, ordinal: Bool) -> Bool {
        if last == .none {
            guard ordinal else { return false }  // "hundredth" alone; "hundred" alone is not a number
            current = scale
            last = scale == 100 ? .hundred : .scale
            isOrdinal = true
            return true
        }
        if scale == 100 {
            guard [.article, .digits, .unit, .teen, .tens].contains(last), current > 0, current < 100 else {
                return false
            }
            current *= 100
            last = .hundred
        } else {
            guard [.article, .digits, .unit, .teen, .tens, .hundred].contains(last), scale < lastScale else {
                return false
            }
            total += current * scale
            current = 0
            lastScale = scale
            last = .scale
        }
        isOrdinal = ordinal
        return true
    }
}
