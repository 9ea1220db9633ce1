/// Finds typed spans in a sentence by rules: names by capitalisation and cue words, groups by their head nouns,
/// places by suffixes and prepositions, counts and measures with the number reader.
public struct SpanRecognizer: Sendable {
    /// Creates a recogniser.
    public init() {}

    /// The typed spans of `sentence`, in text order (a stretch of text may carry several types).
    public func spans(in sentence: String) -> [TypedSpan] {
        let tokens = Tokenizer.tokenize(sentence)
        let bytes = Array(sentence.utf8)
        var spans: [TypedSpan] = []
        names(tokens, bytes, sentence, into: &spans)
        possessiveGroups(tokens, bytes, into: &spans)
        numbers(tokens, bytes, into: &spans)
        dates(tokens, bytes, into: &spans)
        return spans.sorted { $0.range.lowerBound < $1.range.lowerBound }
    }

    /// The text of a byte range.
    func text(_ bytes: [UInt8], _ range: Range<Int>) -> String {
        String(decoding: bytes[range], as: UTF8.self)
    }

    /// Whether only white space (and at most one hyphen) separates two byte offsets.
    func adjacent(_ bytes: [UInt8], _ end: Int, _ start: Int) -> Bool {
        guard end <= start else { return false }
        return bytes[end..<start].allSatisfy { $0 == 0x20 || $0 == UInt8(ascii: "-") } && start - end <= 2
    }

    /// Whether a possessive "'s" or "’s" follows the token ending at `end`.
    func possessiveFollows(_ bytes: [UInt8], _ end: Int) -> Bool {
        if end + 1 < bytes.count, bytes[end] == UInt8(ascii: "'"), bytes[end + 1] | 0x20 == UInt8(ascii: "s") {
            return true
        }
        return end + 3 < bytes.count && bytes[end] == 0xE2 && bytes[end + 1] == 0x80 && bytes[end + 2] == 0x99
            && bytes[end + 3] | 0x20 == UInt8(ascii: "s")
    }

    /// Capitalised sequences, typed as group, place or person by their cues.
    func names(_ tokens: [Token], _ bytes: [UInt8], _ sentence: String, into spans: inout [TypedSpan]) {
        var index = 0
        while index < tokens.count {
            let token = tokens[index]
            guard token.kind != .part, token.isCapitalized, token.kind != .number else {
                index += 1
                continue
            }
            // A capitalised stopword opening the sentence ("The", "These") is not a name.
            if Stopwords.contains(token.term), !SpanLexicon.placeOpeners.contains(token.term) {
                index += 1
                continue
            }
            var end = index + 1
            var last = index
            var previousEnd = token.range.upperBound
            while end < tokens.count {
                let next = tokens[end]
                if next.kind == .part {
                    end += 1
                    continue
                }
                guard adjacent(bytes, previousEnd, next.range.lowerBound), !possessiveFollows(bytes, previousEnd)
                else { break }
                if next.isCapitalized {
                    last = end
                    end += 1
                    previousEnd = next.range.upperBound
                } else if SpanLexicon.nameConnectors.contains(next.term), end + 1 < tokens.count,
                    tokens[end + 1].isCapitalized || tokens[end + 1].kind == .part,
                    adjacent(bytes, next.range.upperBound, tokens[end + 1].range.lowerBound)
                {
                    end += 1
                    previousEnd = next.range.upperBound
                } else {
                    break
                }
            }
            classifyName(tokens, bytes, index...last, into: &spans)
            index = last + 1
        }
    }

    /// Types one capitalised sequence by its cues.
    func classifyName(_ tokens: [Token], _ bytes: [UInt8], _ range: ClosedRange<Int>, into spans: inout [TypedSpan]) {
        let first = tokens[range.lowerBound]
        let last = tokens[range.upperBound]
        let byteRange = first.range.lowerBound..<last.range.upperBound
        let tokenRange = range.lowerBound..<(range.upperBound + 1)
        let previous = range.lowerBound > 0 ? tokens[range.lowerBound - 1].term : ""
        let beforePrevious = range.lowerBound > 1 ? tokens[range.lowerBound - 2].term : ""
        // Followed by a place noun: "Sistan and Baluchestan province".
        if range.upperBound + 1 < tokens.count,
            SpanLexicon.placeSuffixes.contains(tokens[range.upperBound + 1].term),
            !tokens[range.upperBound + 1].isCapitalized,
            adjacent(bytes, last.range.upperBound, tokens[range.upperBound + 1].range.lowerBound)
        {
            let suffixEnd = tokens[range.upperBound + 1].range.upperBound
            spans.append(
                TypedSpan(
                    type: .location, range: byteRange.lowerBound..<suffixEnd,
                    text: text(bytes, byteRange.lowerBound..<suffixEnd),
                    tokens: range.lowerBound..<(range.upperBound + 2), strength: 0.9))
            return
        }
        let name = text(bytes, byteRange)
        if SpanLexicon.groupHeads.contains(last.term) {
            spans.append(TypedSpan(type: .group, range: byteRange, text: name, tokens: tokenRange, strength: 0.9))
            return
        }
        if SpanLexicon.placeOpeners.contains(first.term) && range.count > 1
            || (previous == "of" && SpanLexicon.placeIntroducers.contains(beforePrevious))
        {
            spans.append(TypedSpan(type: .location, range: byteRange, text: name, tokens: tokenRange, strength: 0.85))
            return
        }
        let afterPreposition = SpanLexicon.placePrepositions.contains(previous)
        // A name in the possessive ("Pakistan’s air force") modifies what follows; it is a weak answer alone.
        let determiner = possessiveFollows(bytes, last.range.upperBound) ? 0.5 : 1.0
        spans.append(
            TypedSpan(
                type: .location, range: byteRange, text: name, tokens: tokenRange,
                strength: (afterPreposition ? 0.6 : 0.35) * determiner))
        spans.append(
            TypedSpan(
                type: .person, range: byteRange, text: name, tokens: tokenRange,
                strength: (range.count > 1 ? 0.45 : 0.3) * determiner))
        spans.append(
            TypedSpan(type: .group, range: byteRange, text: name, tokens: tokenRange, strength: 0.25 * determiner))
    }

    /// "Pakistan’s air force", "Iran’s military": a name, a possessive, and a group noun phrase.
    func possessiveGroups(_ tokens: [Token], _ bytes: [UInt8], into spans: inout [TypedSpan]) {
        for (index, token) in tokens.enumerated()
        where token.isCapitalized && possessiveFollows(bytes, token.range.upperBound) {
            var end = index + 1
            while end < tokens.count, end <= index + 3, !tokens[end].isCapitalized,
                !Stopwords.contains(tokens[end].term)
            {
                if SpanLexicon.groupHeads.contains(tokens[end].term) {
                    let range = token.range.lowerBound..<tokens[end].range.upperBound
                    spans.append(
                        TypedSpan(
                            type: .group, range: range, text: text(bytes, range), tokens: index..<(end + 1),
                            strength: 0.85))
                    break
                }
                end += 1
            }
        }
    }

    /// Counts, distances, durations, money and percentages around numbers.
    func numbers(_ tokens: [Token], _ bytes: [UInt8], into spans: inout [TypedSpan]) {
        var index = 0
        while index < tokens.count {
            guard let reading = NumberReader.read(tokens, at: index) else {
                index += 1
                continue
            }
            let numberRange = tokens[reading.start].range.lowerBound..<tokens[reading.end - 1].range.upperBound
            var numberText = text(bytes, numberRange)
            if reading.end - 1 > reading.start, tokens[reading.end - 1].kind == .part {
                numberText = text(
                    bytes, tokens[reading.start].range.lowerBound..<tokens[reading.end - 1].range.upperBound)
            }
            let following = reading.end < tokens.count ? tokens[reading.end] : nil
            let unit = reading.unit ?? following?.term
            var measured = false
            if let unit {
                let unitEnd = reading.unit != nil ? numberRange.upperBound : (following?.range.upperBound ?? 0)
                let whole = numberRange.lowerBound..<max(unitEnd, numberRange.upperBound)
                if SpanLexicon.distanceUnits.contains(unit) {
                    spans.append(
                        TypedSpan(
                            type: .distance, range: whole, text: text(bytes, whole),
                            tokens: reading.start..<reading.end, strength: 0.9))
                    measured = true
                } else if SpanLexicon.durationUnits.contains(unit) {
                    spans.append(
                        TypedSpan(
                            type: .duration, range: whole, text: text(bytes, whole),
                            tokens: reading.start..<reading.end, strength: 0.9))
                    measured = true
                } else if SpanLexicon.currencyWords.contains(unit) {
                    spans.append(
                        TypedSpan(
                            type: .money, range: whole, text: text(bytes, whole), tokens: reading.start..<reading.end,
                            strength: 0.9))
                    measured = true
                } else if unit == "percent" || unit == "per" {
                    spans.append(
                        TypedSpan(
                            type: .percent, range: whole, text: text(bytes, whole), tokens: reading.start..<reading.end,
                            strength: 0.9))
                    measured = true
                }
            }
            if numberRange.lowerBound > 0, bytes[numberRange.lowerBound - 1] == UInt8(ascii: "$") {
                let whole = (numberRange.lowerBound - 1)..<numberRange.upperBound
                spans.append(
                    TypedSpan(
                        type: .money, range: whole, text: text(bytes, whole), tokens: reading.start..<reading.end,
                        strength: 0.9))
            }
            if numberRange.upperBound < bytes.count, bytes[numberRange.upperBound] == UInt8(ascii: "%") {
                let whole = numberRange.lowerBound..<(numberRange.upperBound + 1)
                spans.append(
                    TypedSpan(
                        type: .percent, range: whole, text: text(bytes, whole), tokens: reading.start..<reading.end,
                        strength: 0.9))
            }
            // The counted noun: the last of up to three following words before a stopword.
            var noun: String?
            var cursor = reading.end
            while cursor < tokens.count, cursor < reading.end + 3, tokens[cursor].kind != .number,
                !Stopwords.contains(tokens[cursor].term),
                adjacent(bytes, tokens[cursor - 1].range.upperBound, tokens[cursor].range.lowerBound)
                    || tokens[cursor - 1].kind == .part
            {
                if tokens[cursor].kind != .part { noun = tokens[cursor].term }
                cursor += 1
            }
            if let counted = reading.unit ?? noun {
                spans.append(
                    TypedSpan(
                        type: .count, range: numberRange, text: numberText, tokens: reading.start..<reading.end,
                        countedNoun: SnowballStemmer.stem(counted), strength: measured ? 0.5 : 0.8))
            }
            index = max(reading.end, index + 1)
        }
    }

    /// Weekdays, months with days and years, and bare years.
    func dates(_ tokens: [Token], _ bytes: [UInt8], into spans: inout [TypedSpan]) {
        for (index, token) in tokens.enumerated() where token.kind != .part {
            if SpanLexicon.weekdays.contains(token.term) && token.isCapitalized {
                spans.append(
                    TypedSpan(
                        type: .date, range: token.range, text: text(bytes, token.range), tokens: index..<(index + 1),
                        strength: 0.7))
            } else if SpanLexicon.months.contains(token.term) && token.isCapitalized {
                var end = index + 1
                while end < tokens.count, end <= index + 2, tokens[end].kind == .number { end += 1 }
                let range = token.range.lowerBound..<tokens[end - 1].range.upperBound
                spans.append(
                    TypedSpan(type: .date, range: range, text: text(bytes, range), tokens: index..<end, strength: 0.85))
            } else if token.kind == .number, token.term.utf8.count == 4, let year = Int(token.term),
                (1000...2100).contains(year),
                index == 0 || !SpanLexicon.months.contains(tokens[index - 1].term)
            {
                spans.append(
                    TypedSpan(
                        type: .date, range: token.range, text: text(bytes, token.range), tokens: index..<(index + 1),
                        strength: 0.6))
            }
        }
    }
}
