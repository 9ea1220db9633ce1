/// Reads numbers from a token sequence, written in digits or words, with their qualifiers, scales and units.
///
/// - Digits: "1,200", "3.5", "900" (thousands separators and decimals, as the tokenizer keeps them).
/// - Words: "two", "ninety-one", "twenty five", "a hundred and twenty", "two thousand three hundred and five",
///   "a dozen", "two dozen", "half a million".
/// - Scales: "3.5 million", "2 billion", "4.5 bn", and glued "4.5bn", "$3m" (m, b and k only after a currency
///   sign: "100m" is a distance).
/// - Ordinals: "third", "twenty-first", "one hundredth", "21st", "2nd" (`isOrdinal`).
/// - Qualifiers kept apart from the value: "over 90", "more than two", "about 40", "at least 3", "up to 5",
///   "several hundred"; and plural scales that stand for an indefinite number, read as the least they mean:
///   "hundreds of" → 100, "tens of thousands of" → 10,000.
/// - Units and signs glued to the number: "900-kilometer" (unit "kilometer"), "12-year-old" ("year-old"),
///   "12km" ("km"), "40%" ("%"), "$4.5bn" (currency "$"). A unit in a separate word ("40 percent", "900 km") is
///   left to the caller, which sees the next token.
///
/// Fractions in compounds read as their value ("two-thirds" → 0.667). Ranges ("1990-1995") are not one
/// number: reading at the compound yields nil, and each part reads on its own.
package enum NumberReader {
    /// The value a single term denotes on its own: number words, cardinal or ordinal ("two" → 2, "third" →
    /// 3), scale words ("million"), digits ("1,200" → 1200), digit ordinals ("21st") and glued scales
    /// ("4.5bn"); nil for anything else, including measures such as "12km".
    package static func value(of term: String) -> Double? {
        if let value = NumberWords.cardinals[term] ?? NumberWords.ordinals[term] { return value }
        if term.utf8.count > 2, let scale = NumberWords.scales[term] { return scale }
        guard let glued = GluedNumber(term) else { return nil }
        switch glued.suffix {
        case .none, .ordinal: return glued.value
        case .scale(let scale): return glued.value * scale
        case .currencyScale, .unit: return nil
        }
    }

    /// Reads the number starting at `index` as `read(_:at:)` does, and also the notations that need the bytes
    /// between tokens (`NumberNotation`): "5,000m" (5,000, unit "m"), "4x100m" (400, unit "m"), "14:39.29"
    /// (879.29, unit `NumberReading.clockUnit`), after a qualifier too ("about 5,000m"). `bytes` are the UTF-8
    /// bytes the tokens' ranges point into.
    package static func read(_ tokens: [Token], at index: Int, in bytes: [UInt8]) -> NumberReading? {
        guard index >= 0, index < tokens.count else { return nil }
        if let notation = NumberNotation.read(tokens, at: index, in: bytes) { return notation }
        for words in NumberWords.qualifiers where matches(tokens, at: index, words) {
            guard let notation = NumberNotation.read(tokens, at: index + words.count, in: bytes) else { continue }
            return NumberReading(
                value: notation.value, start: index, end: notation.end, qualifier: words.joined(separator: " "),
                unit: notation.unit, isOrdinal: notation.isOrdinal, currency: notation.currency)
        }
        return read(tokens, at: index)
    }

    /// Reads the number starting at `index`: a qualifier or a plural scale, then digits or number words, a
    /// scale and a glued unit. Nil when no number starts there (or `index` is out of range).
    package static func read(_ tokens: [Token], at index: Int) -> NumberReading? {
        guard index >= 0, index < tokens.count else { return nil }
        if let plural = pluralScale(tokens, at: index) { return plural }
        for words in NumberWords.qualifiers where matches(tokens, at: index, words) {
            let phrase = words.joined(separator: " ")
            let after = index + words.count
            let reading =
                pluralScale(tokens, at: after)
                ?? readBare(tokens, at: after, indefinite: NumberWords.indefinite.contains(phrase))
            guard let reading else { return nil }
            return NumberReading(
                value: reading.value, start: index, end: reading.end,
                qualifier: reading.qualifier.map { phrase + " " + $0 } ?? phrase, unit: reading.unit,
                isOrdinal: reading.isOrdinal, currency: reading.currency)
        }
        return readBare(tokens, at: index, indefinite: false)
    }

    /// A plural scale at `index` ("hundreds of", "tens of thousands of"), read as the least it means.
    static func pluralScale(_ tokens: [Token], at index: Int) -> NumberReading? {
        guard index < tokens.count, tokens[index].term.hasSuffix("s") else { return nil }
        var best: NumberReading?
        for (words, value) in NumberWords.pluralScales where matches(tokens, at: index, words) {
            if let found = best, found.end >= index + words.count { continue }
            best = NumberReading(
                value: value, start: index, end: index + words.count, qualifier: words.joined(separator: " "))
        }
        return best
    }

    /// Reads a number without a qualifier at `index`; `indefinite` when a qualifier such as "several" stands
    /// for the multiplier of a following scale ("several hundred").
    static func readBare(_ tokens: [Token], at index: Int, indefinite: Bool) -> NumberReading? {
        guard index < tokens.count else { return nil }
        let first = tokens[index]
        let currency = first.currencySign.map { String(Character($0)) }
        var parser = NumberWordParser()
        var position = index
        if indefinite {
            parser.feedArticle()
        } else if first.kind == .compound {
            return readCompound(tokens, at: index, currency: currency)
        } else if first.kind != .number, let glued = GluedNumber(first.term), glued.suffix != .none {
            return readGlued(glued, token: first, at: index, currency: currency)
        } else if first.term == "a", index + 1 < tokens.count,
            tokens[index + 1].term == "dozen"
                || NumberWords.scales[tokens[index + 1].term] != nil
        {
            parser.feedArticle()
            position += 1
        } else if first.term == "half", index + 2 < tokens.count, tokens[index + 1].term == "a",
            let scale = NumberWords.scales[tokens[index + 2].term], scale >= 1_000
        {
            return NumberReading(value: scale / 2, start: index, end: index + 3)
        }
        var percent = false
        while position < tokens.count, !percent {
            let token = tokens[position]
            switch token.kind {
            case _ where token.kind != .compound && token.term.utf8.first.map(UTF8Classes.isDigit) == true:
                guard let value = digitsValue(token.term), parser.feedDigits(value) else { break }
                position += 1
                percent = token.hasPercentSign
                continue
            case .word, .part, .number:
                if token.term == "and", parser.acceptsAnd, let next = continuation(tokens, at: position + 1, parser) {
                    parser = next.parser
                    position = next.end
                    continue
                }
                guard parser.feed(token.term) else { break }
                position += 1
                continue
            case .compound:
                guard let next = continuation(tokens, at: position, parser) else { break }
                parser = next.parser
                position = next.end
                continue
            }
            break
        }
        guard parser.hasValue else { return nil }
        return NumberReading(
            value: parser.value, start: index, end: position, unit: percent ? "%" : nil,
            isOrdinal: parser.isOrdinal, currency: currency)
    }

    /// The parser after the number words of the token at `index` — a word, or a compound whose parts are all
    /// number words ("forty-five") — and the index after them; nil when they do not continue the number.
    static func continuation(
        _ tokens: [Token], at index: Int, _ parser: NumberWordParser
    ) -> (parser: NumberWordParser, end: Int)? {
        guard index < tokens.count else { return nil }
        var trial = parser
        if tokens[index].kind != .compound {
            return tokens[index].kind == .word && trial.feed(tokens[index].term) ? (trial, index + 1) : nil
        }
        var end = index + 1
        while end < tokens.count, tokens[end].kind == .part {
            guard trial.feed(tokens[end].term) else { return nil }
            end += 1
        }
        return (trial, end)
    }

    /// Reads a compound at `index`: number words ("ninety-one", "twenty-first"), possibly followed by more
    /// number words ("ninety-one thousand"), a number glued to a unit ("900-kilometer", "12-year-old"), or a
    /// fraction ("two-thirds").
    static func readCompound(_ tokens: [Token], at index: Int, currency: String?) -> NumberReading? {
        var partsEnd = index + 1
        while partsEnd < tokens.count, tokens[partsEnd].kind == .part { partsEnd += 1 }
        let parts = tokens[(index + 1)..<partsEnd].map(\.term)
        guard let firstPart = parts.first else { return nil }
        var parser = NumberWordParser()
        var consumed = 0
        var isOrdinal = false
        if let glued = GluedNumber(firstPart), case .ordinal = glued.suffix {
            consumed = 1  // "21st-century"
            isOrdinal = true
            parser.feedDigits(glued.value)
        } else {
            for part in parts {
                if let value = digitsValue(part) {
                    guard parser.feedDigits(value) else { break }
                } else {
                    guard parser.feed(part) else { break }
                }
                consumed += 1
            }
        }
        guard parser.hasValue else { return nil }
        if consumed == parts.count {
            // All number words: the number may go on after the compound ("ninety-one thousand").
            var position = partsEnd
            while let next = continuation(tokens, at: position, parser) {
                parser = next.parser
                position = next.end
            }
            return NumberReading(
                value: parser.value, start: index, end: position, isOrdinal: parser.isOrdinal, currency: currency)
        }
        let rest = parts[consumed...]
        guard let unitStart = rest.first?.utf8.first, !UTF8Classes.isDigit(unitStart) else { return nil }
        if rest.count == 1, consumed == 1, !isOrdinal, let denominator = NumberWords.fractions[rest[rest.startIndex]],
            parser.value >= 1, parser.value < 10
        {
            return NumberReading(value: parser.value / denominator, start: index, end: partsEnd)
        }
        return NumberReading(
            value: parser.value, start: index, end: partsEnd, unit: rest.joined(separator: "-"),
            isOrdinal: isOrdinal || parser.isOrdinal, currency: currency)
    }

    /// Reads a number glued to a suffix in one token: "21st", "4.5bn", "$3m", "12km".
    static func readGlued(_ glued: GluedNumber, token: Token, at index: Int, currency: String?) -> NumberReading? {
        let end = index + 1
        switch glued.suffix {
        case .none:
            return NumberReading(value: glued.value, start: index, end: end, currency: currency)
        case .ordinal:
            return NumberReading(value: glued.value, start: index, end: end, isOrdinal: true)
        case .scale(let scale):
            return NumberReading(value: glued.value * scale, start: index, end: end, currency: currency)
        case .currencyScale(let scale, let suffix):
            if currency != nil {
                return NumberReading(value: glued.value * scale, start: index, end: end, currency: currency)
            }
            return NumberReading(value: glued.value, start: index, end: end, unit: suffix)
        case .unit(let unit):
            return NumberReading(value: glued.value, start: index, end: end, unit: unit, currency: currency)
        }
    }

    /// The value of a term of ASCII digits with separators and decimals ("1,200" → 1200), or nil.
    static func digitsValue(_ term: String) -> Double? {
        guard let first = term.utf8.first, UTF8Classes.isDigit(first) else { return nil }
        return Double(term.filter { $0 != "," })
    }

    /// Whether the terms at `index` spell `words`.
    static func matches(_ tokens: [Token], at index: Int, _ words: [String]) -> Bool {
        guard index + words.count <= tokens.count else { return false }
        for (offset, word) in words.enumerated() where tokens[index + offset].term != word { return false }
        return true
    }
}
