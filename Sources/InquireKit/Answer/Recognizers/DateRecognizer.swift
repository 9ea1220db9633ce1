/// Finds dates: day names, month names with days and years ("October 16, 2012"), years ("in 1998", "44 BC"),
/// decades ("the 1990s"), seasons with years, and centuries ("the 18th century").
enum DateRecognizer {
    /// Appends the date spans of `view`.
    static func spans(_ view: SentenceView, into spans: inout [TypedSpan]) {
        var dates: [TypedSpan] = []
        singleDates(view, into: &dates)
        spans += dates + ranges(view, among: dates)
    }

    /// Date ranges: two dates joined by the words of `DateLexicon.rangeJoiners` after their opener ("between
    /// July 2003 and December 2004", "from 1990 to 1995"), as one date over the opener and both ends.
    static func ranges(_ view: SentenceView, among dates: [TypedSpan]) -> [TypedSpan] {
        var found: [TypedSpan] = []
        for (first, second) in zip(dates, dates.dropFirst()) {
            let opener = first.tokens.lowerBound - 1
            guard opener >= 0, let joiners = DateLexicon.rangeJoiners[view.term(opener)],
                second.tokens.lowerBound == first.tokens.upperBound + 1,
                joiners.contains(view.term(first.tokens.upperBound)),
                !view.punctuated(after: opener), !view.punctuated(after: first.tokens.upperBound - 1),
                !view.punctuated(after: first.tokens.upperBound)
            else { continue }
            found.append(
                TypedSpan(
                    view: view, type: .date, words: opener..<second.tokens.upperBound,
                    strength: max(first.strength, second.strength) + 0.05))
        }
        return found
    }

    /// Whether the four-digit number at word `index` counts the plural noun right after it ("a survey of 1709
    /// schoolchildren") rather than naming a year: the noun follows without punctuation, and the word before
    /// the number is none that opens a year ("in 2004 researchers found", "the 2008 elections").
    static func countsPluralNoun(_ view: SentenceView, number index: Int) -> Bool {
        guard view.spaced(index), !view.isCapitalized(index + 1), view.words[index + 1].kind == .word,
            index == 0 || !DateLexicon.yearOpeners.contains(view.term(index - 1))
        else { return false }
        let noun = view.term(index + 1)
        return !Stopwords.contains(noun) && !DateLexicon.isTimeWord(noun) && MeasureLexicon.isPluralNoun(noun)
    }

    /// Appends the dates of `view` that are no ranges.
    static func singleDates(_ view: SentenceView, into spans: inout [TypedSpan]) {
        let words = view.words
        var index = 0
        while index < words.count {
            let term = view.term(index)
            if DateLexicon.weekdays.contains(term), words[index].isCapitalized {
                var end = index + 1
                // "Thursday, October 16"
                if end < words.count, DateLexicon.months.contains(view.term(end)) { end = monthEnd(view, end) }
                spans.append(TypedSpan(view: view, type: .date, words: index..<end, strength: 0.75))
                index = end
                continue
            }
            // "spring 1998", "the summer of 1347"
            if DateLexicon.seasons.contains(term) {
                let year = view.term(index + 1) == "of" ? index + 2 : index + 1
                if isNumber(view, year), view.term(year).utf8.count == 4 {
                    spans.append(TypedSpan(view: view, type: .date, words: index..<(year + 1), strength: 0.8))
                    index = year + 1
                    continue
                }
            }
            // "May" and the abbreviations ("Jan", "Mar") are months only before a number.
            if DateLexicon.months.contains(term), words[index].isCapitalized,
                term.utf8.count > 3 && term != "may" || isNumber(view, index + 1)
            {
                let end = monthEnd(view, index)
                spans.append(
                    TypedSpan(view: view, type: .date, words: index..<end, strength: end > index + 1 ? 0.9 : 0.6))
                index = end
                continue
            }
            if words[index].kind == .number, let year = Int(term), (1...2100).contains(year) {
                var end = index + 1
                if end < words.count, DateLexicon.eras.contains(view.term(end)) { end += 1 }
                if year < 100, end == index + 1 {
                    index += 1
                    continue
                }
                // "Velayat 1402", "Windows 2000": a number after a capitalised word belongs to a name.
                let named =
                    index > 0 && view.spaced(index - 1) && view.isCapitalized(index - 1)
                    && !DateLexicon.months.contains(view.term(index - 1)) && !view.isInitial(index - 1)
                let fourDigits = term.utf8.count == 4 && !named && !countsPluralNoun(view, number: index)
                if fourDigits || end > index + 1 {
                    spans.append(TypedSpan(view: view, type: .date, words: index..<end, strength: 0.7))
                }
                index = end
                continue
            }
            // "earlier in the week", "last month", "this year"
            if DateLexicon.relativeOpeners.contains(term) {
                var end = index + 1
                if view.term(end) == "in", view.term(end + 1) == "the" {
                    end += 2
                } else if view.term(end) == "this" {
                    end += 1
                }
                if DateLexicon.periods.contains(view.term(end)) {
                    spans.append(TypedSpan(view: view, type: .date, words: index..<(end + 1), strength: 0.6))
                    index = end + 1
                    continue
                }
            }
            // "the 1990s", "the 18th century"
            if term.hasSuffix("s"), term.utf8.count == 5, let decade = Int(term.dropLast()),
                (1000...2100).contains(decade)
            {
                spans.append(TypedSpan(view: view, type: .date, words: index..<(index + 1), strength: 0.7))
            } else if ["century", "centuries"].contains(view.term(index + 1)), isOrdinal(term) {
                spans.append(TypedSpan(view: view, type: .date, words: index..<(index + 2), strength: 0.7))
            }
            index += 1
        }
    }

    /// One past the last word of a date opening with a month at `index`: "October 16, 2012", "March 1998".
    static func monthEnd(_ view: SentenceView, _ index: Int) -> Int {
        var end = index + 1
        if isNumber(view, end), view.term(end).utf8.count <= 2 { end += 1 }
        if isNumber(view, end), view.term(end).utf8.count == 4 { end += 1 }
        return end
    }

    /// Whether word `index` is a number.
    static func isNumber(_ view: SentenceView, _ index: Int) -> Bool {
        index < view.words.count && view.words[index].kind == .number
    }

    /// Whether a term is an ordinal ("18th", "first").
    static func isOrdinal(_ term: String) -> Bool {
        ["st", "nd", "rd", "th"].contains { term.hasSuffix($0) } && term.first?.isNumber == true
            || [
                "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth",
                "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth",
                "eighteenth", "nineteenth", "twentieth", "twenty-first",
            ].contains(term)
    }
}
