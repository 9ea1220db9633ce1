/// Reads numbers written in digits or words from a token sequence: "1,200", "3.5 million", "ninety-one",
/// "a dozen", "over 90", "900-kilometer".
public enum NumberReader {
    /// Number words and their values.
    static let units: [String: Double] = [
        "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
        "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15,
        "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40,
        "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90, "dozen": 12,
    ]

    /// Multipliers that scale what precedes them.
    static let scales: [String: Double] = [
        "hundred": 100, "thousand": 1_000, "million": 1_000_000, "billion": 1_000_000_000,
        "trillion": 1_000_000_000_000, "bn": 1_000_000_000, "m": 1_000_000,
    ]

    /// Approximators that may precede a number, as token sequences.
    static let qualifiers: [[String]] = [
        ["more", "than"], ["less", "than"], ["fewer", "than"], ["at", "least"], ["at", "most"], ["up", "to"],
        ["as", "many", "as"], ["over"], ["about"], ["around"], ["nearly"], ["almost"], ["approximately"],
        ["roughly"], ["some"], ["under"], ["just"], ["exactly"],
    ]

    /// The value of a single number word or digit string ("two" → 2, "1,200" → 1200), or nil.
    public static func value(of term: String) -> Double? {
        if let word = units[term] { return word }
        if let scale = scales[term], term.count > 2 { return scale }
        guard let first = term.utf8.first, UTF8Classes.isDigit(first) else { return nil }
        return Double(term.filter { $0 != "," })
    }

    /// Reads the number starting at `index` (a qualifier, then digits or number words, then a scale word).
    public static func read(_ tokens: [Token], at index: Int) -> NumberReading? {
        guard index < tokens.count else { return nil }
        var position = index
        var qualifier: String?
        for words in qualifiers where matches(tokens, at: index, words) {
            qualifier = words.joined(separator: " ")
            position = index + words.count
            break
        }
        guard position < tokens.count, var reading = readBare(tokens, at: position) else { return nil }
        reading = NumberReading(
            value: reading.value, start: index, end: reading.end, qualifier: qualifier, unit: reading.unit)
        return reading
    }

    /// Reads a number without qualifier at `index`.
    static func readBare(_ tokens: [Token], at index: Int) -> NumberReading? {
        let token = tokens[index]
        // A compound: "ninety-one" or "900-kilometer".
        if token.kind == .compound {
            var parts: [String] = []
            var end = index + 1
            while end < tokens.count, tokens[end].kind == .part {
                parts.append(tokens[end].term)
                end += 1
            }
            if let numberParts = wordsValue(parts) { return NumberReading(value: numberParts, start: index, end: end) }
            if let first = parts.first, let value = value(of: first), parts.count == 2 {
                return NumberReading(value: value, start: index, end: end, unit: parts[1])
            }
            return nil
        }
        var end = index
        var total: Double = 0
        var current: Double = 0
        var sawNumber = false
        while end < tokens.count {
            let term = tokens[end].term
            if tokens[end].kind == .number, !sawNumber, let number = value(of: term) {
                current = number
                sawNumber = true
            } else if let unit = units[term], tokens[end].kind == .word,
                current < 100 || current.truncatingRemainder(dividingBy: 100) == 0
            {
                if sawNumber, current != 0, unit >= 10, current.truncatingRemainder(dividingBy: 10) != 0 { break }
                current += unit
                sawNumber = true
            } else if let scale = scales[term], sawNumber || term == "dozen" {
                if scale >= 1000 {
                    total += max(current, 1) * scale
                    current = 0
                } else {
                    current = max(current, 1) * scale
                }
            } else if term == "and", sawNumber, end + 1 < tokens.count, units[tokens[end + 1].term] != nil {
                // "a hundred and twenty"
            } else if term == "a", !sawNumber, end + 1 < tokens.count,
                scales[tokens[end + 1].term] != nil || tokens[end + 1].term == "dozen"
            {
                current = 1
                sawNumber = true
            } else {
                break
            }
            end += 1
        }
        guard sawNumber, end > index else { return nil }
        return NumberReading(value: total + current, start: index, end: end)
    }

    /// The value of number words such as ["ninety", "one"].
    static func wordsValue(_ words: [String]) -> Double? {
        guard !words.isEmpty else { return nil }
        var sum: Double = 0
        for word in words {
            guard let value = units[word] else { return nil }
            sum += value
        }
        return sum
    }

    /// Whether the terms at `index` spell `words`.
    static func matches(_ tokens: [Token], at index: Int, _ words: [String]) -> Bool {
        guard index + words.count <= tokens.count else { return false }
        for (offset, word) in words.enumerated() where tokens[index + offset].term != word { return false }
        return true
    }
}
