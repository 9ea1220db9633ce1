/// The head of a noun phrase: the noun (or lexicon phrase) the phrase is about.
struct HeadMatch: Sendable, Equatable {
    /// The tokens of the head phrase (one token for a single noun).
    let range: Range<Int>
    /// The head as a lowercase singular phrase (the lexicon key when the lexicon knows it).
    let key: String
    /// The class the lexicon gives the head, if any.
    let type: AnswerType?
}

/// A noun phrase found by `HeadWordFinder`, with what the patterns need to know about it.
struct NounPhrase: Sendable, Equatable {
    /// The first token after any determiner.
    let start: Int
    /// One past the last token of the phrase (of the last `of`-complement when a transparent noun was followed).
    let end: Int
    /// The head, after passing through transparent nouns (*kind of X* → X); `nil` for an empty phrase.
    let head: HeadMatch?
    /// Tokens of transparent nouns passed through, and their `of` (not keywords).
    let scaffold: [Int]
    /// The determiner or quantifier in front of the phrase, lowercased (*the*, *a*, *some* …).
    let determiner: String?
    /// Whether a superlative or ordinal modifies the head (*the largest city*, *the first man*).
    let isRanked: Bool
    /// Whether the phrase holds a possessive (*the queen's horse*).
    let hasPossessive: Bool
    /// Whether every word of the phrase is capitalized (a proper name such as *the Corn Laws*).
    let isProperName: Bool
    /// The head of the possessor in front of `'s` (*mother* in *his mother's name*), if any.
    let possessor: HeadMatch?
    /// Whether the possessor is written as a proper name (*Ada Lovelace's maiden name*).
    let possessorIsProperName: Bool
    /// The head of the first possessor (*company* in *What company's logo …*), which a question word in front
    /// of the phrase asks about.
    let firstPossessor: HeadMatch?
    /// Whether the word right before the head is an adjective-like modifier the lexicon does not know as a noun
    /// (*Hegelian* in *the Hegelian dialectic*), within the phrase's last segment.
    let hasAdjectiveModifier: Bool
    /// Whether the lexicon matched a noun in the phrase.
    var isTyped: Bool { head?.type != nil }
}

/// Finds the head noun of the noun phrase that starts at a given token, the way a parser's head rules would,
/// but with the lexicon standing in for a part-of-speech tagger: the phrase runs from the first word after
/// the determiners to the first closed-class word, punctuation mark or verb; its head is the last word (or
/// phrase) the lexicon knows, else its last word. Transparent heads (*kind*, *type*, *name* …) followed by
/// `of` hand over to the head of the complement.
struct HeadWordFinder: Sendable {
    /// The question's tokens.
    let tokens: [QuestionToken]
    /// The lowercased token texts (same indices as `tokens`).
    let words: [String]
    /// The lexicon of head nouns and verbs.
    let lexicon: QuestionLexicon
    /// Whether most words of the question are capitalized (a headline), so capitals say nothing.
    let isTitleCase: Bool
    /// The lexicon entry of each token taken alone, looked up once.
    let nounAt: [QuestionLexicon.NounEntry?]

    /// A finder over a question's tokens.
    init(tokens: [QuestionToken], words: [String], lexicon: QuestionLexicon) {
        self.tokens = tokens
        self.words = words
        self.lexicon = lexicon
        self.nounAt = words.indices.map { lexicon.noun(in: words, from: $0, endingAt: $0)?.entry }
        let content = tokens.filter { $0.isWord && !WordClasses.isNumeric($0.lower) }
        let capitalized = content.filter(\.isCapitalized).count
        self.isTitleCase = content.count >= 3 && capitalized * 10 >= content.count * 7
    }

    /// The noun phrase starting at `index` (after skipping determiners and partitives such as *one of the*).
    func nounPhrase(from index: Int, depth: Int = 0) -> NounPhrase {
        let count = words.count
        var position = index
        var determiner: String?
        var rankedByDeterminer = false
        while position < count {
            let word = words[position]
            if position + 1 < count, words[position + 1] == "of", WordClasses.partitives.contains(word) {
                if determiner == nil { determiner = word }
                position += 2
            } else if WordClasses.determiners.contains(word) || WordClasses.numberWords.contains(word)
                || (word == "following" && determiner != nil)
                || (WordClasses.isNumeric(word) && isNumberDeterminer(position))
            {
                if determiner == nil { determiner = word }
                if WordClasses.rankModifiers.contains(word) || WordClasses.numberWords.contains(word)
                    || WordClasses.isNumeric(word)
                {
                    rankedByDeterminer = true
                }
                position += 1
            } else {
                break
            }
        }
        let start = position
        var headStart = start
        var lastHit: (entry: QuestionLexicon.NounEntry, range: Range<Int>, key: String)?
        var lastWord: Int?
        var isRanked = rankedByDeterminer
        var hasPossessive = false
        var allCapitalized = true
        var segmentCapitalized = true
        var possessor: HeadMatch?
        var firstPossessor: HeadMatch?
        var possessorIsProperName = false
        while position < count {
            let word = words[position]
            let token = tokens[position]
            if word == "'s" || word == "'" {
                guard position > start, word == "'s" || words[position - 1].hasSuffix("s") else { break }
                hasPossessive = true
                if let hit = lastHit {
                    possessor = HeadMatch(range: hit.range, key: hit.key, type: hit.entry.type)
                } else if let last = lastWord {
                    possessor = HeadMatch(range: last..<last + 1, key: words[last], type: nil)
                }
                if firstPossessor == nil { firstPossessor = possessor }
                possessorIsProperName = segmentCapitalized && lastWord != nil
                segmentCapitalized = true
                lastHit = nil
                lastWord = nil
                headStart = position + 1
                position += 1
                continue
            }
            if word == "\"",
                let close = (position + 1..<min(count, position + 10)).first(where: { words[$0] == "\"" }),
                close > position + 1
            {
                // A quoted name inside the phrase: 'the " Blue Lagoon " hotel', 'What " gadget " did …'.
                lastHit = nil
                lastWord = close - 1
                let after = close + 1
                if after >= count || !tokens[after].isWord || WordClasses.isNounPhraseBoundary(words[after])
                    || isVerb(at: after),
                    let match = lexicon.noun(in: words, from: close - 1, endingAt: close - 1)
                {
                    lastHit = (match.entry, close - 1..<close, match.key)
                }
                position = after
                continue
            }
            if !token.isWord { break }
            if word == "and" || word == "or" || word == "&", position > start,
                position + 1 < count, tokens[position + 1].isWord,
                !WordClasses.isNounPhraseBoundary(words[position + 1]),
                !WordClasses.determiners.contains(words[position + 1])
            {
                // "What tall and famous painter …": coordinated modifiers before the head.
                position += 1
                continue
            }
            // An acronym ("US") or a regnal numeral ("World War I") is no pronoun.
            let isAcronym = token.isAllCaps || (word == "i" && position > start && tokens[position - 1].isCapitalized)
            if WordClasses.isNounPhraseBoundary(word) && !isAcronym { break }
            if position > start, WordClasses.determiners.contains(word), !isAcronym {
                guard hasPossessive, position == headStart, WordClasses.rankModifiers.contains(word) else { break }
            }
            if lastHit != nil, !isAcronym,
                WordClasses.adverbs.contains(word)
                    || (word.hasSuffix("ly") && word.utf8.count > 4 && nounAt[position] == nil)
            {
                break  // "What river sometimes floods …"
            }
            if position > start, isVerb(at: position) { break }
            if WordClasses.rankModifiers.contains(word) || (word.hasSuffix("est") && word.utf8.count > 5) {
                isRanked = true
            }
            if !token.isCapitalized && !WordClasses.isNumeric(word) {
                allCapitalized = false
                segmentCapitalized = false
            }
            if !isInsideProperName(position), let match = lexicon.noun(in: words, from: headStart, endingAt: position) {
                lastHit = (match.entry, match.start..<position + 1, match.key)
            }
            lastWord = position
            position += 1
        }
        if let hit = lastHit, hit.entry.isAdjectival, hit.range.upperBound < position {
            lastHit = nil  // "American" before "senate" is an adjective
        }
        var end = position
        var scaffold: [Int] = []
        var head: HeadMatch?
        if let hit = lastHit, hit.range.upperBound == end, let phrase = ofPhrase(after: hit.range, key: hit.key) {
            // "body of water", "coat of arms": a lexicon phrase that spans the "of".
            lastHit = (phrase.entry, hit.range.lowerBound..<phrase.end, phrase.key)
            end = phrase.end
        }
        if let hit = lastHit {
            head = HeadMatch(range: hit.range, key: hit.key, type: hit.entry.type)
            if hit.entry.isTransparent, hit.range.upperBound == end, end < count, words[end] == "of", depth < 3 {
                let complement = nounPhrase(from: end + 1, depth: depth + 1)
                let bothHuman = hit.entry.type?.coarse == .human && complement.head?.type?.coarse == .human
                if let inner = complement.head, inner.type != nil || hit.entry.type == nil, !bothHuman {
                    head = inner
                    scaffold = Array(hit.range) + [end] + complement.scaffold
                    end = complement.end
                }
            }
        } else if let last = lastWord {
            // An unknown head: its ending may still tell its class ("trickster", "bronchitis").
            let guess = tokens[last].isCapitalized && last > 0 && !isTitleCase ? nil : lexicon.suffixType(words[last])
            head = HeadMatch(range: last..<last + 1, key: Singularizer.singular(words[last]), type: guess)
        }
        let properName = allCapitalized && end - start >= 2 && lastWord != nil
        var adjectiveModifier = false
        if scaffold.isEmpty, let head, head.range.lowerBound > headStart {
            let modifier = head.range.lowerBound - 1
            adjectiveModifier =
                tokens[modifier].isWord && !tokens[modifier].isAllCaps
                && nounAt[modifier] == nil
                && !WordClasses.rankModifiers.contains(words[modifier])
        }
        return NounPhrase(
            start: start, end: end, head: head, scaffold: scaffold, determiner: determiner, isRanked: isRanked,
            hasPossessive: hasPossessive, isProperName: properName, possessor: possessor,
            possessorIsProperName: possessorIsProperName, firstPossessor: firstPossessor,
            hasAdjectiveModifier: adjectiveModifier)
    }

    /// Whether the word at `index` reads as the verb that ends a noun phrase. A word the lexicon knows both as
    /// noun and verb is a verb only in a verb's position: inflected with *-s* right after a singular noun
    /// (*What team plays …*), in *-ed*, or in its base form after a plural noun (*What birds nest …*).
    /// A verb that is no noun is a verb, except in *-ing* (*What singing group …*). An unknown word in *-ed*
    /// is a verb after a noun or when no noun follows; an unknown word in *-s* right after a singular noun is a
    /// verb too (*What poet recites …*).
    func isVerb(at index: Int) -> Bool {
        let word = words[index]
        if word.hasSuffix("ing") || tokens[index].isAllCaps { return false }
        if index > 0, tokens[index].isCapitalized, !isTitleCase { return false }  // part of a name: "New Zealand"
        let isNoun = nounAt[index] != nil
        let previous = index > 0 ? words[index - 1] : ""
        let previousIsName =
            index > 1 && tokens[index - 1].isCapitalized && !tokens[index - 1].isAllCaps
            && !isTitleCase
        let previousIsNoun = index > 0 && nounAt[index - 1] != nil
        let previousIsPlural =
            previousIsNoun && Singularizer.singular(previous) != previous
            && !tokens[index - 1].isCapitalized
        let inflectedS = word.hasSuffix("s") && !word.hasSuffix("ss")
        let nextIsNoun = index + 1 < words.count && nounAt[index + 1] != nil
        if word.hasSuffix("ed"), word.utf8.contains(UInt8(ascii: "-")) || (!previousIsNoun && nextIsNoun) {
            return false  // "red-haired", "What retired sailor …": a participle used as an adjective
        }
        if let verb = lexicon.verb(word) {
            if !isNoun {
                // "the first canned soups": a participle before a noun is an adjective; "dance floor owner": a base
                // form before a noun is part of a compound.
                let participle = ["ed", "en", "wn", "rn", "lt", "pt", "st", "ght", "nk", "ung"].contains(
                    where: word.hasSuffix)
                let previousIsKnownNoun = previousIsNoun
                let nextIsTypedHead =
                    index + 1 < words.count
                    && nounAt[index + 1]?.isTransparent == false
                let compound =
                    word == verb.base && !previousIsKnownNoun && !previousIsName && nextIsTypedHead
                    && !(index + 1 < tokens.count && tokens[index + 1].isCapitalized)
                return !((participle && !previousIsNoun || compound) && nextIsNoun)
            }
            if word == verb.base { return previousIsPlural }
            if word.hasSuffix("ed") { return true }
            return inflectedS && previousIsNoun && !previousIsPlural
        }
        if isNoun { return false }
        if word.hasSuffix("ed"), word.utf8.count > 4 { return true }
        let nextIsSingularNoun =
            nextIsNoun && Singularizer.singular(words[index + 1]) == words[index + 1]
            && !tokens[index + 1].isCapitalized
        let nextIsWord = index + 1 < words.count && tokens[index + 1].isWord
        if previousIsNoun || previousIsName, !previousIsPlural, inflectedS, word.utf8.count > 3,
            !tokens[index].isCapitalized, !nextIsSingularNoun, nextIsWord
        {
            return true
        }
        return false
    }

    /// The lexicon phrase `key of W…` continuing a head across *of* (one or two words after it), if any.
    private func ofPhrase(after range: Range<Int>, key: String) -> (
        entry: QuestionLexicon.NounEntry, end: Int, key: String
    )? {
        let ofIndex = range.upperBound
        guard ofIndex + 1 < words.count, words[ofIndex] == "of" else { return nil }
        var result: (entry: QuestionLexicon.NounEntry, end: Int, key: String)?
        var phrase = key + " of"
        for next in (ofIndex + 1)..<min(words.count, ofIndex + 4) {
            let word = words[next]
            if next == ofIndex + 1, word == "the" || word == "a" {
                phrase += " " + word
                continue
            }
            guard tokens[next].isWord else { break }
            for form in [word] + Singularizer.candidates(word) {
                if let entry = lexicon.nouns[phrase + " " + form] {
                    result = (entry, next + 1, phrase + " " + form)
                    break
                }
            }
            phrase += " " + word
        }
        return result
    }

    /// Whether the token at `index` is a non-final word of a capitalized name (*Rose* in *Rose Hill*, *Bell* in
    /// *Bell Tower*), whose lexicon meaning does not apply. Off when the question capitalizes most words.
    func isInsideProperName(_ index: Int) -> Bool {
        guard !isTitleCase, tokens[index].isCapitalized, !tokens[index].isAllCaps, index + 1 < tokens.count else {
            return false
        }
        let next = tokens[index + 1]
        return next.isWord && next.isCapitalized
    }

    /// Whether a number at `index` counts things (*7 wonders*) rather than naming them (*Apollo 13*): it is
    /// followed by a word.
    private func isNumberDeterminer(_ index: Int) -> Bool {
        index + 1 < words.count && tokens[index + 1].isWord && !WordClasses.isNounPhraseBoundary(words[index + 1])
    }
}
