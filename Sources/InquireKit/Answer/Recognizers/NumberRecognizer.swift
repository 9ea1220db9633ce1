/// Finds quantities with the number reader: counts with the noun they count ("three women", "over 90 people",
/// "900-kilometer border"), money ("$5 million"), percentages ("40%", "12 percent"), distances ("1,600 miles")
/// and durations ("two decades"). Ranges ("5 to 15", "10–15") are read as one quantity, and so are the notations
/// `NumberNotation` reads: "5,000m" (a distance and a count), "4x100m", "14:39.29" (a duration and a count).
enum NumberRecognizer {
    /// Appends the quantity spans of `view`.
    static func spans(_ view: SentenceView, into spans: inout [TypedSpan]) {
        let tokens = view.tokens
        var index = 0
        while index < tokens.count {
            guard tokens[index].kind != .part, let reading = NumberReader.read(tokens, at: index, in: view.bytes) else {
                index += 1
                continue
            }
            // Ordinals ("seventh", "21st") rank rather than count; plural scales ("hundreds of") have no number
            // of their own and are read as vague quantities below.
            guard !reading.isOrdinal, var quantity = Quantity(view, reading) else {
                index = max(reading.end, index + 1)
                continue
            }
            extendRange(view, &quantity)
            emit(view, quantity, into: &spans)
            index = max(quantity.endToken, index + 1)
        }
        vagueQuantities(view, into: &spans)
    }

    /// "hundreds of channels", "tens of thousands", "a few", "dozens": quantities without a number, as weak counts.
    static func vagueQuantities(_ view: SentenceView, into spans: inout [TypedSpan]) {
        var index = 0
        while index < view.words.count {
            let term = view.term(index)
            var end = index
            if MeasureLexicon.vagueAmounts.contains(term) {
                end = index + 1
                // "tens of thousands", "hundreds of millions"
                if view.term(end) == "of", MeasureLexicon.vagueAmounts.contains(view.term(end + 1)) { end += 2 }
            } else if term == "a", view.term(index + 1) == "few" || view.term(index + 1) == "handful" {
                end = index + 2
            }
            guard end > index else {
                index += 1
                continue
            }
            var noun = end
            if view.term(noun) == "of" { noun += 1 }
            while noun < view.words.count, QuestionShape.determiners.contains(view.term(noun)) { noun += 1 }
            let counted = NumberRecognizer.countedNoun(view, after: noun, unit: nil)
            spans.append(
                TypedSpan(
                    view: view, type: .count, words: index..<end, strength: counted != nil ? 0.4 : 0.25,
                    countedNoun: counted.map(MeasureLexicon.countedKey)))
            index = end
        }
    }

    /// One number as read, with the word and byte ranges of the bare number (without its qualifier).
    struct Quantity {
        /// The number's reading.
        var reading: NumberReading
        /// The words of the whole reading (qualifier included).
        var words: Range<Int>
        /// The bytes of the bare number ("90" in "over 90", "900" in "900-kilometer").
        var numberBytes: Range<Int>
        /// The bytes of the reading with its qualifier ("over 90").
        var wholeBytes: Range<Int>
        /// The token index one past the quantity.
        var endToken: Int
        /// The words of the bare number (without its qualifier).
        var numberWords: Range<Int>

        /// Nil when the reading holds no number after its qualifier ("hundreds of").
        init?(_ view: SentenceView, _ reading: NumberReading) {
            let tokens = view.tokens
            self.reading = reading
            let firstWord = view.wordOfToken[reading.start]
            let lastWord = view.wordOfToken[reading.end - 1]
            words = firstWord..<(lastWord + 1)
            let qualifierLength = reading.qualifier.map { $0.split(separator: " ").count } ?? 0
            var numberStart = reading.start + qualifierLength
            guard numberStart < reading.end else { return nil }
            var numberEnd = tokens[reading.end - 1].range.upperBound
            if tokens[numberStart].kind == .compound, reading.unit != nil, numberStart + 1 < tokens.count {
                // "900-kilometer": the number is the first part.
                numberStart += 1
                numberEnd = tokens[numberStart].range.upperBound
            }
            numberBytes = tokens[numberStart].range.lowerBound..<numberEnd
            wholeBytes = tokens[reading.start].range.lowerBound..<numberEnd
            endToken = reading.end
            numberWords = view.wordOfToken[numberStart]..<(lastWord + 1)
        }
    }

    /// Joins "5 to 15", "10–15" and "between 5 and 15" into one quantity.
    static func extendRange(_ view: SentenceView, _ quantity: inout Quantity) {
        let tokens = view.tokens
        let end = quantity.endToken
        guard end < tokens.count, quantity.reading.unit == nil else { return }
        let gap = view.bytes[quantity.numberBytes.upperBound..<tokens[end].range.lowerBound]
        let dash = Array(gap) == [0xE2, 0x80, 0x93] || Array(gap) == [UInt8(ascii: "-")]
        let connector = tokens[end].term == "to" && Array(gap) == [0x20]
        let next = dash ? end : (connector ? end + 1 : -1)
        guard next >= 0, next < tokens.count, tokens[next].kind != .part,
            let second = NumberReader.read(tokens, at: next),
            second.qualifier == nil, second.unit == nil
        else { return }
        quantity.numberBytes = quantity.numberBytes.lowerBound..<tokens[second.end - 1].range.upperBound
        quantity.wholeBytes = quantity.wholeBytes.lowerBound..<quantity.numberBytes.upperBound
        quantity.words = quantity.words.lowerBound..<(view.wordOfToken[second.end - 1] + 1)
        quantity.numberWords = quantity.numberWords.lowerBound..<quantity.words.upperBound
        quantity.endToken = second.end
    }

    /// Types a quantity by its unit, its symbol and the noun after it.
    static func emit(_ view: SentenceView, _ quantity: Quantity, into spans: inout [TypedSpan]) {
        let bytes = view.bytes
        let words = quantity.words
        let nextWord = words.upperBound < view.words.count ? view.term(words.upperBound) : ""
        let isClock = quantity.reading.unit == NumberReading.clockUnit
        let glued = quantity.reading.unit != nil
        // "10 per cent": a unit written in two words is one unit; "per" alone ("5 per day") is none.
        let unitLength = !glued && nextWord == "per" && view.term(words.upperBound + 1) == "cent" ? 2 : 1
        let unit = quantity.reading.unit ?? (nextWord == "per" && unitLength == 1 ? "" : nextWord)
        let unitEnd = min(words.upperBound + unitLength, view.words.count)
        let withUnit: Range<Int> =
            glued
            ? quantity.wholeBytes.lowerBound..<view.words[words.upperBound - 1].range.upperBound
            : words.upperBound >= view.words.count
                ? quantity.wholeBytes : quantity.wholeBytes.lowerBound..<view.words[unitEnd - 1].range.upperBound
        let unitWords = quantity.reading.unit != nil ? words : words.lowerBound..<unitEnd
        var measured = false
        func add(_ type: SpanType, _ range: Range<Int>, _ wordRange: Range<Int>, _ strength: Double) {
            spans.append(
                TypedSpan(type: type, range: range, text: view.string(range), tokens: wordRange, strength: strength))
        }
        if isClock {
            add(.duration, quantity.wholeBytes, words, 0.9)
            measured = true
        } else if MeasureLexicon.distanceUnits.contains(unit) {
            add(.distance, withUnit, unitWords, 0.9)
            measured = true
        } else if MeasureLexicon.durationUnits.contains(unit) {
            add(.duration, withUnit, unitWords, 0.9)
            measured = true
        } else if MeasureLexicon.currencyWords.contains(unit) {
            add(.money, withUnit, unitWords, 0.9)
            measured = true
        } else if MeasureLexicon.percentWords.contains(unit) {
            add(.percent, withUnit, unitWords, 0.9)
            measured = true
        }
        // "a 12-year-old girl": an age, answered by the number alone (the count of the number stays as it is).
        if GluedAges.isAge(quantity.reading.unit) {
            add(.duration, quantity.numberBytes, quantity.numberWords, 0.8)
        }
        let start = quantity.wholeBytes.lowerBound
        // "$5", and "over $40 million" (the symbol after the qualifier: the whole reading is the amount).
        let numberStart = quantity.numberBytes.lowerBound
        moneySymbols: for number in start == numberStart ? [start] : [start, numberStart] {
            for symbol in MeasureLexicon.currencySymbols where number >= symbol.count {
                guard Array(bytes[(number - symbol.count)..<number]) == symbol else { continue }
                add(
                    .money, (number == start ? number - symbol.count : start)..<quantity.wholeBytes.upperBound, words,
                    0.95)
                measured = true
                break moneySymbols
            }
        }
        let end = quantity.numberBytes.upperBound
        // A share answers "how many" as a percentage ("25 percent", "50%"), kept whole in the count.
        var countBytes = quantity.numberBytes
        var countWords = quantity.numberWords
        if end < bytes.count, bytes[end] == UInt8(ascii: "%") {
            add(.percent, quantity.wholeBytes.lowerBound..<(end + 1), words, 0.95)
            measured = true
            countBytes = countBytes.lowerBound..<(end + 1)
        } else if !glued, MeasureLexicon.percentWords.contains(unit), words.upperBound < view.words.count {
            countBytes = countBytes.lowerBound..<view.words[unitEnd - 1].range.upperBound
            countWords = countWords.lowerBound..<unitEnd
        }
        // "Thomas Sam, 42, and his wife": a bare number set off by commas after a name is the person's age; so is
        // one after "aged" or "at age" ("at the age of 39").
        if !measured, isAgeAfterName(view, quantity) {
            add(.duration, quantity.numberBytes, quantity.numberWords, 0.6)
        } else if !measured, isAgeAfterAgeWord(view, quantity) {
            add(.duration, quantity.numberBytes, quantity.numberWords, 0.8)
        }
        // "5½ sacks": a fraction glued to the number is part of it, and the noun after it is what it counts.
        let fraction = NumberLabels.fractionLength(in: bytes, at: end)
        if fraction > 0, countBytes.upperBound == end { countBytes = countBytes.lowerBound..<(end + fraction) }
        let isYear = isYearLike(view, quantity)
        let counted = countedNoun(
            view, after: words.upperBound, unit: isClock ? nil : quantity.reading.unit, afterFraction: fraction > 0)
        var strength = measured ? 0.45 : (counted != nil ? 0.85 : 0.6)
        if isYear { strength = counted != nil ? 0.3 : 0.05 }
        // "20–18", "13–7": a score or a span of values, not a count, unless a noun follows.
        if words.count > 1 || quantity.numberBytes.count > 3, counted == nil,
            view.string(quantity.numberBytes).unicodeScalars.contains(where: { $0 == "\u{2013}" || $0 == "-" })
        {
            strength = 0.15
        }
        // "Westwood One": a capitalised number word inside a name.
        let first = words.lowerBound
        if view.words[first].isCapitalized, view.words[first].kind == .word, !view.isInitial(first),
            first > 0, view.isCapitalized(first - 1), view.spaced(first - 1)
        {
            return
        }
        // "27 September 2001", "on January 30": the day of a date counts nothing; nor does "Super Bowl 50".
        if isDayOfMonth(view, quantity) || NumberLabels.labelsName(view, quantity) { return }
        let countedStem = counted.map(MeasureLexicon.countedKey)
        spans.append(
            TypedSpan(
                type: .count, range: countBytes, text: view.string(countBytes), tokens: countWords,
                countedNoun: countedStem, strength: strength))
    }

    /// Whether a number is the day of a date: a whole number from 1 to 31 right after or right before a
    /// capitalised month name ("January 30", "27 September 2001").
    static func isDayOfMonth(_ view: SentenceView, _ quantity: Quantity) -> Bool {
        guard quantity.reading.qualifier == nil, quantity.reading.unit == nil, quantity.numberWords.count == 1,
            let day = Int(view.string(quantity.numberBytes)), (1...31).contains(day)
        else { return false }
        let word = quantity.numberWords.lowerBound
        func isMonth(_ index: Int) -> Bool {
            view.isCapitalized(index) && DateLexicon.months.contains(view.term(index))
        }
        return (word > 0 && view.spaced(word - 1) && isMonth(word - 1))
            || (word + 1 < view.words.count && view.spaced(word) && isMonth(word + 1))
    }

    /// Whether a number is an age in apposition to a name: a whole number from 1 to 120 with a comma between it
    /// and a capitalised word before it (no day or month name), and a comma or the sentence's end after it ("Manju
    /// Sam, 36, from Sydney").
    static func isAgeAfterName(_ view: SentenceView, _ quantity: Quantity) -> Bool {
        guard quantity.reading.qualifier == nil, quantity.reading.unit == nil, quantity.numberWords.count == 1,
            let age = Int(view.string(quantity.numberBytes)), (1...120).contains(age)
        else { return false }
        let word = quantity.numberWords.lowerBound
        guard word > 0, view.isCapitalized(word - 1), !DateLexicon.isTimeWord(view.term(word - 1)) else { return false }
        let before = view.bytes[view.words[word - 1].range.upperBound..<view.words[word].range.lowerBound]
        let end = view.words[word].range.upperBound
        let after = end < view.bytes.count ? view.bytes[end] : UInt8(ascii: ".")
        return Array(before) == Array(", ".utf8) && [UInt8(ascii: ","), UInt8(ascii: ".")].contains(after)
    }

    /// Whether a bare whole number from 1 to 130 follows an age word ("aged 10", "at age 39"; `GluedAges`).
    static func isAgeAfterAgeWord(_ view: SentenceView, _ quantity: Quantity) -> Bool {
        guard quantity.reading.qualifier == nil, quantity.reading.unit == nil, quantity.numberWords.count == 1,
            let age = Int(view.string(quantity.numberBytes)), (1...130).contains(age)
        else { return false }
        return GluedAges.followsAgeWord(view, number: quantity.words.lowerBound)
    }

    /// Whether a number reads as a year ("in 1998", "2015 season") rather than a count.
    static func isYearLike(_ view: SentenceView, _ quantity: Quantity) -> Bool {
        // "1998", and ranges that open with a year ("1976–77").
        let number = view.string(quantity.numberBytes).prefix { $0.isNumber }
        guard number.utf8.count == 4, let value = Int(number), (1000...2100).contains(value) else { return false }
        // "1709 schoolchildren": a count of the plural noun after it.
        let word = quantity.numberWords.lowerBound
        return
            !(quantity.numberWords.count == 1 && view.string(quantity.numberBytes).utf8.count == 4
            && DateRecognizer.countsPluralNoun(view, number: word))
    }

    /// The noun a number counts: the last of up to three words after it before a stopword, punctuation or number
    /// ("45 total touchdowns" → "touchdowns"), or the unit glued to it. `afterFraction`: a vulgar fraction glued
    /// to the number ("5½ sacks") stands between it and the first word, which is no punctuation.
    static func countedNoun(_ view: SentenceView, after start: Int, unit: String?, afterFraction: Bool = false)
        -> String?
    {
        if let unit { return unit }
        var noun: String?
        var cursor = start
        while cursor < view.words.count, cursor < start + 3 {
            let term = view.term(cursor)
            guard !Stopwords.contains(term), view.words[cursor].kind != .number,
                (afterFraction && cursor == start) || !view.punctuated(after: cursor - 1)
            else { break }
            if MeasureLexicon.nonCountNouns.contains(term) { return nil }
            // A unit right after the number is what it counts ("12 km north").
            if cursor == start, MeasureLexicon.unitKey(term) != nil { return term }
            noun = term
            if view.punctuated(after: cursor) { break }
            cursor += 1
        }
        return noun
    }
}
