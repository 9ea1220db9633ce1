/// Patterns for *how* questions: *how many* counts, *how much* money or amounts, *how* + adjective measures
/// (*far*, *long*, *old*, *fast*, *hot* …), *how* + auxiliary a manner.
extension QuestionParse {
    /// Classifies a question whose *how* is at `wh`.
    func classifyHow(at wh: Int) -> RuleOutcome {
        let next = wh + 1
        let modifier = word(next)
        let lead = leadingPreposition(before: wh)
        var outcome = RuleOutcome(
            type: .manner, confidence: RuleOutcome.patternConfidence, whWord: "how", whTokens: lead + [wh])
        func measure(_ type: AnswerType) -> RuleOutcome {
            var result = outcome
            result.type = type
            result.whWord = "how " + modifier
            result.whTokens.append(next)
            return result
        }
        switch modifier {
        case "many":
            var result = measure(.count)
            let phrase = finder.nounPhrase(from: next + 1)
            if phrase.start < end, !WordClasses.isNounPhraseBoundary(word(phrase.start)) {
                result.head = phrase.head
                result.scaffold = phrase.scaffold
            }
            return result
        case "much": return howMuch(measure(.money), after: next + 1, byHowMuch: word(wh - 1) == "by")
        case "long": return howLong(measure(.period), after: next + 1)
        case "far", "tall", "high", "deep", "wide", "thick", "short", "distant", "close", "low", "near":
            if modifier == "close", WordClasses.doForms.contains(word(next + 1)) { return outcome }
            return measure(.distance)
        case "old", "young": return measure(.period)
        case "fast", "quickly", "rapidly", "slow", "slowly": return measure(.speed)
        case "hot", "cold", "warm", "cool", "chilly": return measure(.temperature)
        case "heavy", "light": return measure(.weight)
        case "big", "large", "small", "huge", "tiny", "vast", "wide-spread":
            // "How large is the city's population?" asks for the number the subject names, not a size.
            let subject = finder.nounPhrase(from: skippingAuxiliary(next + 1))
            if let type = subject.head?.type, type.coarse == .numeric, type != .size { return measure(type) }
            return measure(.size)
        case "often", "frequently", "loud", "bright", "strong", "likely", "probable", "accurate", "fertile":
            return measure(.otherNumber)
        case "late", "early", "soon": return measure(.date)
        case "come":
            outcome.type = .reason
            outcome.whWord = "how come"
            outcome.whTokens.append(next)
            return outcome
        default:
            if find("say", from: next) != nil, find("in", from: next) != nil || find("say", from: next) == end - 1 {
                outcome.type = .equivalentTerm
                outcome.confidence = RuleOutcome.defaultConfidence
            }
            return outcome
        }
    }

    /// *How much*: money by default; an amount (count) of a named substance; a weight with *weigh*; the size of a
    /// change (a number: "25 percent", "$3") for *by how much* and for *how much* a thing rose or fell.
    private func howMuch(_ base: RuleOutcome, after start: Int, byHowMuch: Bool) -> RuleOutcome {
        var outcome = base
        if byHowMuch || (start..<end).contains(where: { WordClasses.changeVerbs.contains(word($0)) }) {
            outcome.type = .otherNumber
            return outcome
        }
        if find("weigh", from: start) != nil || find("weighs", from: start) != nil
            || find("weighed", from: start) != nil
        {
            outcome.type = .weight
            return outcome
        }
        let first = word(start)
        // "How much of the land is desert?": a share.
        if first == "of" {
            outcome.type = .percentage
            return outcome
        }
        if first == "more" || first == "less" || first.hasSuffix("er") && first.utf8.count > 4 {
            outcome.type = .count
            return outcome
        }
        guard start < end, !WordClasses.isNounPhraseBoundary(first), !finder.isVerb(at: start),
            lexicon.verb(first) == nil || lexicon.noun(in: words, from: start, endingAt: start) != nil
        else {
            return outcome
        }
        let phrase = finder.nounPhrase(from: start)
        outcome.head = phrase.head
        outcome.scaffold = phrase.scaffold
        if phrase.head?.type == .money {
            outcome.type = .money
        } else if phrase.head?.type == .weight {
            outcome.type = .weight
        } else {
            outcome.type = .count
        }
        return outcome
    }

    /// *How long*: a period of time, or a length when the question only asks how long a thing *is*.
    private func howLong(_ base: RuleOutcome, after start: Int) -> RuleOutcome {
        var outcome = base
        guard WordClasses.be.contains(word(start)) else { return outcome }
        let phrase = finder.nounPhrase(from: start + 1)
        let mentionsUnit = (phrase.end..<max(phrase.end, end)).contains {
            lexicon.noun(in: words, from: $0, endingAt: $0)?.entry.type == .distance
        }
        guard phrase.end >= end || mentionsUnit || ["between", "from", "in", "of", ","].contains(word(phrase.end))
        else {
            return outcome
        }
        if let type = phrase.head?.type {
            let physical = type.coarse == .location || (type.coarse == .entity && type != .event && type != .sport)
            if physical { outcome.type = .distance }
        } else if phrase.hasPossessive || phrase.isProperName {
            outcome.type = .distance
        }
        if mentionsUnit { outcome.type = .distance }
        return outcome
    }
}
