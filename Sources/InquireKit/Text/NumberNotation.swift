/// Numbers written in notations the tokenizer splits into several tokens, or keeps as one word, read from the
/// tokens and the bytes between them (so the index's terms stay as they are):
///
/// - a thousands separator before a glued unit: "5,000m", "1,500m", "12,500,000km" — the tokenizer ends a
///   number at a comma followed by three digits and a letter ("5" and "000m"), so a list such as "1,2,3" or a
///   word after a comma is not joined; read as 5,000 with unit "m";
/// - a times sign between two numbers, as in relay races and sizes: "4x100m" (one word), "4×400m", "4 x 100 m"
///   is not read (a lone "x" is a word); read as the product (400) with the unit glued to the second number;
/// - clock and race times: "14:39.29", "2:03:59", "3:43" — fields after the first of exactly two digits below
///   60, the last one possibly with decimals; read base 60 (14:39.29 → 879.29, in the last field's unit) with the
///   unit `NumberReading.clockUnit`.
enum NumberNotation {
    /// The reading of a notation starting at token `index`, or nil when none does. `bytes` are the UTF-8 bytes
    /// the tokens' ranges point into.
    static func read(_ tokens: [Token], at index: Int, in bytes: [UInt8]) -> NumberReading? {
        guard index >= 0, index < tokens.count, tokens[index].kind != .part,
            tokens[index].term.utf8.first.map(UTF8Classes.isDigit) == true
        else { return nil }
        return clock(tokens, at: index, in: bytes) ?? separatedUnit(tokens, at: index, in: bytes)
            ?? times(tokens, at: index, in: bytes)
    }

    /// "5,000m": a number token, a comma, then a word of three digits and letters.
    static func separatedUnit(_ tokens: [Token], at index: Int, in bytes: [UInt8]) -> NumberReading? {
        let first = tokens[index]
        guard first.kind == .number, !first.term.contains("."), index + 1 < tokens.count else { return nil }
        let second = tokens[index + 1]
        guard second.kind == .word, gap(tokens, index, in: bytes) == [UInt8(ascii: ",")] else { return nil }
        let digits = second.term.utf8.prefix(while: UTF8Classes.isDigit)
        guard digits.count == 3, second.term.utf8.count > 3,
            let glued = GluedNumber(first.term + "," + second.term)
        else { return nil }
        let currency = first.currencySign.map { String(Character($0)) }
        switch glued.suffix {
        case .unit(let unit):
            return NumberReading(value: glued.value, start: index, end: index + 2, unit: unit, currency: currency)
        case .currencyScale(let scale, let unit):
            if currency != nil {
                return NumberReading(value: glued.value * scale, start: index, end: index + 2, currency: currency)
            }
            return NumberReading(value: glued.value, start: index, end: index + 2, unit: unit)
        case .scale(let scale):
            return NumberReading(value: glued.value * scale, start: index, end: index + 2, currency: currency)
        case .ordinal:
            return NumberReading(value: glued.value, start: index, end: index + 2, isOrdinal: true)
        case .none:
            return nil
        }
    }

    /// "4x100m" (one word) or "4×100m" (a number, the sign, a number or glued number): the product, with the
    /// second number's unit.
    static func times(_ tokens: [Token], at index: Int, in bytes: [UInt8]) -> NumberReading? {
        let token = tokens[index]
        if token.kind == .word {
            let utf8 = Array(token.term.utf8)
            guard let sign = utf8.firstIndex(of: UInt8(ascii: "x")), sign > 0,
                utf8[..<sign].allSatisfy(UTF8Classes.isDigit),
                let factor = Double(String(decoding: utf8[..<sign], as: UTF8.self)),
                let rest = factorAndUnit(String(decoding: utf8[(sign + 1)...], as: UTF8.self))
            else { return nil }
            guard (factor * rest.value).isFinite else { return nil }
            return NumberReading(value: factor * rest.value, start: index, end: index + 1, unit: rest.unit)
        }
        guard token.kind == .number, index + 1 < tokens.count, let factor = NumberReader.digitsValue(token.term)
        else { return nil }
        let between = gap(tokens, index, in: bytes).filter { $0 != UInt8(ascii: " ") }
        guard between == Array("×".utf8), let rest = factorAndUnit(tokens[index + 1].term),
            (factor * rest.value).isFinite
        else { return nil }
        return NumberReading(value: factor * rest.value, start: index, end: index + 2, unit: rest.unit)
    }

    /// A number with an optional unit of letters glued after it ("100m", "400"); nil for anything else.
    static func factorAndUnit(_ term: String) -> (value: Double, unit: String?)? {
        guard let glued = GluedNumber(term) else { return nil }
        switch glued.suffix {
        case .none: return (glued.value, nil)
        case .unit(let unit), .currencyScale(_, let unit): return (glued.value, unit)
        case .scale, .ordinal: return nil
        }
    }

    /// "14:39.29", "2:03:59": one or two digits, then fields of two digits below 60 after colons, the last one
    /// possibly with decimals.
    static func clock(_ tokens: [Token], at index: Int, in bytes: [UInt8]) -> NumberReading? {
        let first = tokens[index]
        guard first.kind == .number, first.term.utf8.count <= 2, var value = Double(first.term) else { return nil }
        var end = index
        while end + 1 < tokens.count, tokens[end].kind == .number, !tokens[end].term.contains("."),
            gap(tokens, end, in: bytes) == [UInt8(ascii: ":")]
        {
            let field = tokens[end + 1]
            let whole = field.term.utf8.prefix { $0 != UInt8(ascii: ".") }
            guard field.kind == .number, whole.count == 2, !field.term.contains(","), let seconds = Double(field.term),
                seconds < 60
            else { break }
            value = value * 60 + seconds
            end += 1
        }
        guard end > index else { return nil }
        return NumberReading(value: value, start: index, end: end + 1, unit: NumberReading.clockUnit)
    }

    /// The bytes between token `index` and the next one.
    static func gap(_ tokens: [Token], _ index: Int, in bytes: [UInt8]) -> ArraySlice<UInt8> {
        let lower = tokens[index].range.upperBound
        let upper = tokens[index + 1].range.lowerBound
        guard lower <= upper, upper <= bytes.count else { return [] }
        return bytes[lower..<upper]
    }
}
