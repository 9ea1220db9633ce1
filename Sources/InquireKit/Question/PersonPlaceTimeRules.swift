/// Patterns for *who/whom/whose*, *where*, *when* and *why*.
extension QuestionParse {
    /// *Who …*: a person, a description of a person for *Who is X?* with X a name, a group when the head
    /// noun or the verb says so.
    func classifyWho(at wh: Int) -> RuleOutcome {
        let whWord = words[wh]
        var outcome = RuleOutcome(
            type: .individual, confidence: RuleOutcome.patternConfidence, whWord: whWord,
            whTokens: leadingPreposition(before: wh) + [wh])
        if let embedded = embeddedHead(after: wh), embedded.type?.coarse != .human {
            outcome.type = embedded.type ?? .individual
            outcome.head = embedded
            outcome.confidence = RuleOutcome.defaultConfidence
            return outcome
        }
        guard whWord == "who" else {
            if whWord == "whose" {
                outcome.head = finder.nounPhrase(from: wh + 1).head
            }
            return outcome
        }
        let next = wh + 1
        if WordClasses.be.contains(word(next)) {
            let start = skippingAdverbs(from: next + 1)
            let role = finder.nounPhrase(from: start)
            if role.determiner == nil, let head = role.head, head.type?.coarse == .human,
                head.range.upperBound == role.end, Self.rolePrepositions.contains(word(role.end))
            {
                // "Who was President of Costa Rica in 1994?": a role held somewhere asks for the person holding it.
                outcome.head = head
                return outcome
            }
            if isPersonName(from: start) {
                outcome.type = .humanDescription
                outcome.confidence = RuleOutcome.defaultConfidence
                return outcome
            }
            let phrase = finder.nounPhrase(from: start)
            if let head = phrase.head, let last = Self.unknownHead(of: phrase, after: head, in: tokens) {
                // "Who is the Crown prosecutor …?": the lexicon knows only a modifier; the phrase's last noun is
                // what the question asks about, and the modifier's kind is not the answer's.
                outcome.head = HeadMatch(range: last..<last + 1, key: words[last], type: nil)
                return outcome
            }
            outcome.head = phrase.head
            if let type = phrase.head?.type, type == .group || type == .animal { outcome.type = type }
            return outcome
        }
        if let verb = lexicon.verb(word(next)), ["manufacture", "provide", "produce", "supply"].contains(verb.base) {
            outcome.type = .group
            outcome.confidence = RuleOutcome.defaultConfidence
        }
        return outcome
    }

    /// The last word of `phrase` when the lexicon's `head` is only a modifier before it — one lower-case word, no
    /// possessive, after a head that is not itself a name ("the Crown prosecutor", "the state prosecutor"); nil
    /// when the head ends the phrase.
    static func unknownHead(of phrase: NounPhrase, after head: HeadMatch, in tokens: [QuestionToken]) -> Int? {
        let last = phrase.end - 1
        guard head.range.upperBound == last, !phrase.hasPossessive, !phrase.isProperName,
            phrase.scaffold.isEmpty, tokens.indices.contains(last), tokens[last].isWord, !tokens[last].isCapitalized
        else { return nil }
        return last
    }

    /// Prepositions after a role noun that make *Who is Role …* ask for its holder (*King of*, *Mayor in*).
    static let rolePrepositions: Set<String> = ["of", "in", "during", "at", "for", "under", "when"]

    /// Whether the tokens from `start` to the end are just a name: no determiner, verb, preposition (other
    /// than a title's *in*/*of* after the name), capitalized unless the whole question is lowercase.
    private func isPersonName(from start: Int) -> Bool {
        guard start < end, tokens[start].isWord else { return false }
        let first = words[start]
        if WordClasses.determiners.contains(first) || WordClasses.pronouns.contains(first)
            || WordClasses.isNumeric(first)
        {
            return false
        }
        var index = start
        var nameWords = 0
        while index < end {
            let word = words[index]
            if word == "," || word == "\"" || word == "-" {
                index += 1
                continue
            }
            if word == "'s" || word == "'" { return false }
            if !tokens[index].isWord { return false }
            if WordClasses.isNounPhraseBoundary(word) || WordClasses.determiners.contains(word) {
                // "Who is Hamlet in the play?": a name followed by where it comes from.
                return nameWords > 0 && (word == "in" || word == "of" || word == "from")
            }
            if !isLowercase && !tokens[index].isCapitalized && !WordClasses.isNumeric(word) && !tokens[index].isQuoted {
                return false
            }
            if isLowercase, let match = lexicon.noun(in: words, from: index, endingAt: index),
                match.entry.type?.coarse == .human
            {
                return false
            }
            nameWords += 1
            index += 1
        }
        return nameWords > 0 && nameWords <= 6
    }

    /// A later *which X* / *what X* inside a question led by another question word (*Who … in which city?*):
    /// its head, when the lexicon types it.
    func embeddedHead(after wh: Int) -> HeadMatch? {
        guard wh + 1 < end else { return nil }
        for index in (wh + 1)..<end where words[index] == "which" || words[index] == "what" {
            guard index + 1 < end, !WordClasses.isNounPhraseBoundary(words[index + 1]) else { continue }
            let phrase = finder.nounPhrase(from: index + 1)
            if let head = phrase.head, head.type != nil { return head }
        }
        return nil
    }

    /// *Where …*: another location, unless a later *which city* says more, or the question asks where a word
    /// or saying *comes from* (a description of its origin).
    func classifyWhere(at wh: Int) -> RuleOutcome {
        var outcome = RuleOutcome(
            type: .otherLocation, confidence: RuleOutcome.patternConfidence, whWord: "where",
            whTokens: leadingPreposition(before: wh) + [wh])
        if let embedded = embeddedHead(after: wh), let type = embedded.type, type.coarse == .location {
            outcome.type = type
            outcome.head = embedded
            return outcome
        }
        if end >= 2, word(end - 1) == "from", ["come", "comes", "came", "originate"].contains(word(end - 2)) {
            let subject = finder.nounPhrase(from: skippingAuxiliary(wh + 1))
            let quoted = (wh + 1..<end).contains { tokens[$0].isQuoted }
            // "Where did the custom of tipping come from?": the history of a common thing, not a person or name.
            let pastOrigin =
                word(wh + 1) == "did" && subject.head != nil && subject.head?.type?.coarse != .human
                && !subject.isProperName && !(subject.start < end && tokens[subject.start].isCapitalized)
            if quoted || pastOrigin || subject.head?.type == .word || subject.head?.type == .equivalentTerm {
                outcome.type = .description
                outcome.confidence = RuleOutcome.defaultConfidence
            }
        }
        return outcome
    }

    /// The index after an auxiliary at `index` (*did*, *does*, *is* …), or `index` itself.
    func skippingAuxiliary(_ index: Int) -> Int {
        let word = word(index)
        let isAuxiliary =
            WordClasses.be.contains(word) || WordClasses.doForms.contains(word)
            || WordClasses.modals.contains(word)
        return isAuxiliary ? index + 1 : index
    }

    /// *When …*: a date.
    func classifyWhen(at wh: Int) -> RuleOutcome {
        RuleOutcome(
            type: .date, confidence: RuleOutcome.patternConfidence, whWord: "when",
            whTokens: leadingPreposition(before: wh) + [wh])
    }

    /// *Why …*: a reason.
    func classifyWhy(at wh: Int) -> RuleOutcome {
        RuleOutcome(type: .reason, confidence: RuleOutcome.patternConfidence, whWord: "why", whTokens: [wh])
    }
}
