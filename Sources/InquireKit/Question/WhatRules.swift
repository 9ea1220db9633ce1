/// Patterns for *what* / *which* questions and for commands (*Name the …*): the class comes from the head
/// noun of the phrase the question asks about, else from the verb, else from the shape of the question.
extension QuestionParse {
    /// Classifies a question whose question word *what* or *which* is at `wh`.
    func classifyWhat(at wh: Int) -> RuleOutcome {
        var outcome = whatOutcome(at: wh)
        outcome.whWord = words[wh]
        outcome.whTokens = leadingPreposition(before: wh) + [wh] + outcome.whTokens
        if outcome.head?.type == nil, wh > 0, ["in", "into", "near"].contains(word(wh - 1)),
            [.otherEntity, .definition, .description].contains(outcome.type)
        {
            // "In what …" with no known head asks for a place.
            outcome.type = .otherLocation
        }
        return outcome
    }

    /// The preposition that opens the question phrase (*In* what country), as token indices.
    func leadingPreposition(before wh: Int) -> [Int] {
        wh > 0 && WordClasses.prepositions.contains(word(wh - 1)) ? [wh - 1] : []
    }

    private func whatOutcome(at wh: Int) -> RuleOutcome {
        let next = skippingAdverbs(from: wh + 1)
        if next >= end { return whatAtEnd(at: wh) }
        if let reason = famousFor(after: wh) { return reason }
        let first = words[next]
        if WordClasses.be.contains(first) { return whatBe(after: next + 1) }
        if WordClasses.doForms.contains(first) || WordClasses.modals.contains(first) {
            return whatDo(after: next + 1)
        }
        if first == "of" {
            // "Which of the following X …"; "Which of these are poets?" asks about the predicate.
            let outcome = nounPhraseOutcome(from: next + 1, extra: [next])
            let phrase = finder.nounPhrase(from: next + 1)
            if phrase.head == nil, let be = (phrase.end..<end).first(where: { WordClasses.be.contains(words[$0]) }) {
                let predicate = finder.nounPhrase(from: be + 1)
                if let head = predicate.head, let type = phraseType(predicate) {
                    return RuleOutcome(type: type, confidence: RuleOutcome.defaultConfidence, head: head)
                }
            }
            return outcome
        }
        if WordClasses.pronouns.contains(first) || !tokens[next].isWord { return whatDo(after: next) }
        if let verb = lexicon.verb(first), lexicon.subjectVerb(first) != nil,
            first != verb.base || lexicon.noun(in: words, from: next, endingAt: next) == nil
        {
            return whatVerb(at: next)  // "What causes …", "What made …"
        }
        if finder.isVerb(at: next),
            lexicon.verb(first)?.base != first
                || lexicon.noun(in: words, from: next + 1, endingAt: min(next + 1, words.count - 1)) == nil
        {
            return whatVerb(at: next)
        }
        return nounPhraseOutcome(from: next, extra: [], askedByQuestionWord: true)
    }

    /// *What X …*, *Which X …*, *Name the X …*: the class of the head noun, else the verb's, else other entity.
    /// With `askedByQuestionWord`, a possessor right after the question word is what is asked
    /// (*What company's logo …* → a company).
    func nounPhraseOutcome(from start: Int, extra: [Int], askedByQuestionWord: Bool = false) -> RuleOutcome {
        let phrase = finder.nounPhrase(from: start)
        if askedByQuestionWord, ["color", "colour"].contains(word(start)), phrase.end > start + 1 {
            // "What color shirt …" asks for a colour, whatever the noun after it.
            return RuleOutcome(
                type: .color, confidence: RuleOutcome.lexiconConfidence,
                head: HeadMatch(range: start..<start + 1, key: "color", type: .color), scaffold: extra)
        }
        if askedByQuestionWord, let head = phrase.head, head.range.lowerBound == phrase.start {
            if Self.ordinalHeads.contains(head.key), (phrase.end..<end).contains(where: { isFinishingVerb($0) }) {
                // "What position did she finish in?", "What place did the team come?": a rank in an order.
                return RuleOutcome(
                    type: .ordinal, confidence: RuleOutcome.lexiconConfidence, head: head, scaffold: extra)
            }
            if head.key == "money" {  // "What money do they use?" asks which currency
                return RuleOutcome(
                    type: .currency, confidence: RuleOutcome.lexiconConfidence, head: head, scaffold: extra)
            }
        }
        if askedByQuestionWord, let owner = phrase.firstPossessor, let type = owner.type {
            return RuleOutcome(
                type: type, confidence: RuleOutcome.lexiconConfidence, head: owner, scaffold: phrase.scaffold + extra)
        }
        if let head = phrase.head, let type = phraseType(phrase) {
            return RuleOutcome(
                type: type, confidence: RuleOutcome.lexiconConfidence, head: head, scaffold: phrase.scaffold + extra)
        }
        if let verb = firstTypedVerb(from: phrase.end) {
            return RuleOutcome(
                type: verb.type, confidence: RuleOutcome.defaultConfidence, head: phrase.head,
                scaffold: phrase.scaffold + extra)
        }
        return RuleOutcome(
            type: .otherEntity, confidence: RuleOutcome.fallbackConfidence, head: phrase.head,
            scaffold: phrase.scaffold + extra)
    }

    /// Adjectives with which *a X* asks for an instance of X rather than its definition (*a common drug*).
    static let instanceAdjectives: Set<String> = [
        "common", "popular", "famous", "typical", "favorite", "favourite", "well-known", "usual", "traditional",
        "good", "great", "famed", "notable", "frequent", "widely", "best",
    ]

    /// Verbs of selling and buying whose stranded *for* asks for a price (*What did the painting sell for?*).
    static let tradeVerbs: Set<String> = [
        "sell", "sells", "sold", "go", "goes", "went", "auctioned", "buy", "bought", "purchased", "rent", "rented",
        "rents", "lease", "leased", "trade", "traded", "retail", "retails", "retailed",
    ]

    /// Heads that ask for a rank in an order when a finishing verb follows (*What position did she finish?*).
    static let ordinalHeads: Set<String> = ["position", "place", "rank", "ranking", "spot", "standing"]

    /// Whether the word at `index` is a verb of finishing or ranking in an order (*finish*, *came*, *ranked*).
    func isFinishingVerb(_ index: Int) -> Bool {
        let forms = QuestionLexicon.verbForms(words[index])
        return forms.contains { ["finish", "come", "came", "rank", "place", "end"].contains($0) }
    }

    /// *What is X famous for?*, *X is best known for what?*, *What was X's claim to fame?*: a reason.
    private func famousFor(after wh: Int) -> RuleOutcome? {
        if find("claim to fame", from: 0) != nil {
            return RuleOutcome(type: .reason, confidence: RuleOutcome.lexiconConfidence)
        }
        for index in 0..<end where words[index] == "for" && index > 0 {
            if ["famous", "known", "noted", "remembered", "famed", "renowned", "notable", "celebrated"].contains(
                words[index - 1]), index + 1 >= end || index + 1 == wh
            {
                return RuleOutcome(type: .reason, confidence: RuleOutcome.lexiconConfidence)
            }
        }
        return nil
    }

    /// The question word ends the sentence: *Hazmat stands for what?*, *Aspartame is also known as what?*.
    private func whatAtEnd(at wh: Int) -> RuleOutcome {
        if wh >= 2,
            ["stand", "stands", "stood", "abbreviation", "acronym", "short", "abbreviated"].contains(
                word(wh - 2)), word(wh - 1) == "for"
        {
            return RuleOutcome(type: .expansion, confidence: RuleOutcome.patternConfidence)
        }
        if let reason = famousFor(after: wh) { return reason }
        let subject = finder.nounPhrase(from: 0)
        if WordClasses.be.contains(word(wh - 1)), let head = subject.head, let type = phraseType(subject) {
            // "The national sport of Canada is what?"
            return RuleOutcome(type: type, confidence: RuleOutcome.lexiconConfidence, head: head)
        }
        if namingVerb(before: wh) {
            if let head = subject.head, let type = head.type, type.coarse == .human || type.coarse == .location {
                return RuleOutcome(type: type, confidence: RuleOutcome.defaultConfidence, head: head)
            }
            return RuleOutcome(type: .equivalentTerm, confidence: RuleOutcome.lexiconConfidence)
        }
        return RuleOutcome(type: .otherEntity, confidence: RuleOutcome.fallbackConfidence, head: subject.head)
    }

    /// Whether a naming verb comes just before `index`: *called*, *known as*, *nicknamed*, *named*.
    func namingVerb(before index: Int) -> Bool {
        let previous = word(index - 1)
        if ["called", "nicknamed", "named", "termed", "dubbed", "renamed"].contains(previous) { return true }
        return previous == "as" && ["known", "referred", "remembered", "called"].contains(word(index - 2))
    }

    /// *What is/was …*: the head of the subject phrase decides; a bare *What is X?* asks for a definition.
    private func whatBe(after start: Int) -> RuleOutcome {
        let begin = skippingAdverbs(from: start)
        guard begin < end else {
            return RuleOutcome(type: .definition, confidence: RuleOutcome.fallbackConfidence)
        }
        if let shape = whatBeShape(from: begin) { return shape }
        let phrase = finder.nounPhrase(from: begin)
        let tail = phrase.end
        let bare = tail >= end
        // "What is a national park?" defines a kind; "What is a popular dish?" asks for an instance of one.
        let article =
            (phrase.determiner == "a" || phrase.determiner == "an")
            && !(phrase.start..<phrase.end).contains { Self.instanceAdjectives.contains(words[$0]) }
        let indefinite = phrase.determiner == nil || article
        let endsWithNaming = namingVerb(before: end) || word(end - 1) == "called"
        if let head = phrase.head, let type = phraseType(phrase) {
            let asksForInstance = phrase.scaffold.contains { ["example", "instance"].contains(words[$0]) }
            if bare && !phrase.hasPossessive && !asksForInstance
                && (article || indefinite && !phrase.isRanked || namesSomething(phrase, type: type))
            {
                return RuleOutcome(
                    type: .definition, confidence: RuleOutcome.defaultConfidence, head: head, scaffold: phrase.scaffold)
            }
            if bare, phrase.hasPossessive, head.range.lowerBound < tokens.count,
                tokens[head.range.lowerBound].isCapitalized, !tokens[head.range.lowerBound].isAllCaps, !isLowercase,
                type.coarse != .human
            {
                // "What is Halley's Comet?": a possessive name.
                return RuleOutcome(
                    type: .definition, confidence: RuleOutcome.defaultConfidence, head: head, scaffold: phrase.scaffold)
            }
            return RuleOutcome(
                type: type, confidence: RuleOutcome.lexiconConfidence, head: head, scaffold: phrase.scaffold)
        }
        if endsWithNaming {
            return RuleOutcome(
                type: .equivalentTerm, confidence: RuleOutcome.lexiconConfidence, head: phrase.head,
                scaffold: phrase.scaffold)
        }
        if phrase.scaffold.contains(where: { ["example", "instance"].contains(words[$0]) }) {
            return RuleOutcome(
                type: .otherEntity, confidence: RuleOutcome.fallbackConfidence, head: phrase.head,
                scaffold: phrase.scaffold)  // "What is an example of …" asks for a thing, not a definition
        }
        if bare || indefinite || phrase.isProperName
            || (phrase.head.map { tokens[$0.range.lowerBound].isCapitalized && !isLowercase } ?? false)
        {
            return RuleOutcome(
                type: .definition, confidence: RuleOutcome.defaultConfidence, head: phrase.head,
                scaffold: phrase.scaffold)
        }
        if let verb = firstTypedVerb(from: tail) {
            return RuleOutcome(
                type: verb.type, confidence: RuleOutcome.defaultConfidence, head: phrase.head,
                scaffold: phrase.scaffold)
        }
        // "What is the heaviest thing in the box?": a ranked unknown thing is an entity; "What is the gist
        // of …" a description.
        return RuleOutcome(
            type: phrase.isRanked ? .otherEntity : .description, confidence: RuleOutcome.fallbackConfidence,
            head: phrase.head, scaffold: phrase.scaffold)
    }

    /// Whether a bare *the X* phrase names one particular thing rather than asking for an instance of a
    /// class: a proper name (*the Corn Laws*) or an entity with a describing modifier (*the Hegelian
    /// dialectic*), unless ranked (*the largest city*).
    private func namesSomething(_ phrase: NounPhrase, type: AnswerType) -> Bool {
        guard !phrase.isRanked, phrase.scaffold.isEmpty, !phrase.hasPossessive else { return false }
        if phrase.isProperName && type.coarse != .description { return true }
        return phrase.hasAdjectiveModifier && type.coarse == .entity
    }

    /// Shapes of *What is …* decided before the head noun: a quoted name, a passive (*What is stored in …*),
    /// *What is X about/like/for?*, a stranded preposition.
    private func whatBeShape(from begin: Int) -> RuleOutcome? {
        let first = words[begin]
        if ["called", "named", "known", "dubbed", "nicknamed", "termed"].contains(first) {
            // "What was called the first modern city?": the class of what follows the naming verb.
            var next = begin + 1
            if word(next) == "as" { next += 1 }
            let named = finder.nounPhrase(from: next)
            if let head = named.head, let type = phraseType(named) {
                return RuleOutcome(type: type, confidence: RuleOutcome.defaultConfidence, head: head)
            }
        }
        if namingVerb(before: end) || word(end - 1) == "called" {
            let phrase = finder.nounPhrase(from: begin)
            if let head = phrase.head, let type = phrase.head?.type, Self.namedKinds.contains(type) {
                return RuleOutcome(type: type, confidence: RuleOutcome.defaultConfidence, head: head)
            }
            if let head = phrase.head, let type = phraseType(phrase),
                phrase.determiner != "a" && phrase.determiner != "an",
                type.coarse == .human || type.coarse == .location || type.coarse == .entity && type != .otherEntity
            {
                return RuleOutcome(type: type, confidence: RuleOutcome.defaultConfidence, head: head)
            }
            return RuleOutcome(type: .equivalentTerm, confidence: RuleOutcome.lexiconConfidence, head: phrase.head)
        }
        if begin + 1 == end, isAcronym(begin) {
            return RuleOutcome(type: .expansion, confidence: RuleOutcome.defaultConfidence)
        }
        let subject = finder.nounPhrase(from: begin)
        if subject.head?.type == .language, word(subject.end) == "for" {
            // "What is French for 'window'?"
            return RuleOutcome(type: .equivalentTerm, confidence: RuleOutcome.lexiconConfidence)
        }
        if first == "meant", word(begin + 1) == "by" {
            return RuleOutcome(type: .definition, confidence: RuleOutcome.lexiconConfidence)
        }
        if first == "\"" || (["the", "a", "an"].contains(first) && word(begin + 1) == "\"") {
            // A quoted slogan that names a kind of thing ('What is " the soup for cold days "?') asks for a
            // thing of that kind; any other quoted name asks for a definition.
            let quoted = finder.nounPhrase(from: begin + 1)
            let article = ["the", "a", "an"].contains(word(begin + 1))
            if first == "\"", article || quoted.hasPossessive, let head = quoted.head, let type = phraseType(quoted),
                type.coarse != .description
            {
                return RuleOutcome(type: type, confidence: RuleOutcome.defaultConfidence, head: head)
            }
            return RuleOutcome(type: .definition, confidence: RuleOutcome.defaultConfidence)
        }
        let afterParticiple = word(begin + 1)
        if ["celebrated", "observed", "commemorated", "fought"].contains(first) {
            return RuleOutcome(type: .event, confidence: RuleOutcome.defaultConfidence)  // "What is celebrated on …"
        }
        if isParticiple(begin),
            begin + 1 >= end || WordClasses.prepositions.contains(afterParticiple)
                || WordClasses.adverbs.contains(afterParticiple) || afterParticiple.hasSuffix("ly")
                || ["to", "and", "or", ","].contains(afterParticiple)
        {
            return RuleOutcome(type: .otherEntity, confidence: RuleOutcome.defaultConfidence)  // "What is stored in …"
        }
        if find("doing", from: begin) != nil {
            return RuleOutcome(type: .description, confidence: RuleOutcome.defaultConfidence)  // "What is she doing …"
        }
        let last = word(end - 1)
        let beforeLast = word(end - 2)
        if last == "of" || last == "for", ["name", "term", "word", "names"].contains(beforeLast) {
            return RuleOutcome(type: .equivalentTerm, confidence: RuleOutcome.lexiconConfidence)  // "X is the name of?"
        }
        if last == "of", beforeLast == "made" {
            return RuleOutcome(type: .substance, confidence: RuleOutcome.lexiconConfidence)  // "What is X made of?"
        }
        if last == "worth" {
            return RuleOutcome(type: .money, confidence: RuleOutcome.lexiconConfidence)
        }
        switch last {
        case "about", "like":
            return RuleOutcome(type: .description, confidence: RuleOutcome.defaultConfidence)
        case "for":
            if ["short", "abbreviation", "acronym", "abbreviated"].contains(beforeLast) {
                return RuleOutcome(type: .expansion, confidence: RuleOutcome.lexiconConfidence)
            }
            if Self.tradeVerbs.contains(beforeLast) {
                return RuleOutcome(type: .money, confidence: RuleOutcome.defaultConfidence)  // "What was it sold for?"
            }
            if beforeLast.hasSuffix("ing") || beforeLast == "looking" {
                return RuleOutcome(type: .otherEntity, confidence: RuleOutcome.defaultConfidence)
            }
            return RuleOutcome(type: .reason, confidence: RuleOutcome.defaultConfidence)
        case "of", "with", "in", "on", "into", "from", "at", "by", "to", "under":
            let phrase = finder.nounPhrase(from: begin)
            if phrase.head?.type == nil || phrase.end < end - 1 && isParticiple(end - 2) {
                return RuleOutcome(type: .otherEntity, confidence: RuleOutcome.defaultConfidence)
            }
        default:
            break
        }
        if let index = (begin..<end).first(where: {
            ["different", "distinctive", "special", "unusual", "unique"].contains(
                words[$0])
        }), word(index + 1) == "about" {
            return RuleOutcome(type: .description, confidence: RuleOutcome.defaultConfidence)
        }
        return nil
    }

    /// Whether the word at `index` is a past participle that cannot be a noun (*used*, *kept*, *known*).
    func isParticiple(_ index: Int) -> Bool {
        guard index < end, tokens[index].isWord, !tokens[index].isCapitalized || index == 0 else { return false }
        let word = words[index]
        if lexicon.noun(in: words, from: index, endingAt: index) != nil { return false }
        if word.hasSuffix("ed") && word.utf8.count > 3 { return true }
        return lexicon.verb(word)?.base == word && (word.hasSuffix("en") || word.hasSuffix("wn") || word.hasSuffix("t"))
            && !WordClasses.be.contains(word)
    }

    /// *What does/did/can X verb …*: the verb decides (*mean* → definition, *stand for* → expansion,
    /// *call* → term, *weigh* → weight, *do* → description …), else other entity.
    private func whatDo(after start: Int) -> RuleOutcome {
        let subject = finder.nounPhrase(from: start)
        let acronymSubject = (start..<max(start, subject.end)).contains { isAcronym($0) }
        if find("stand for", from: start) != nil || find("stands for", from: start) != nil
            || find("stood for", from: start) != nil
        {
            return RuleOutcome(type: .expansion, confidence: RuleOutcome.patternConfidence)
        }
        if find("mean", from: start) != nil || find("means", from: start) != nil {
            let type: AnswerType = acronymSubject || subject.head?.key == "acronym" ? .expansion : .definition
            return RuleOutcome(type: type, confidence: RuleOutcome.lexiconConfidence)
        }
        if find("look like", from: start) != nil || find("looks like", from: start) != nil
            || find("have in common", from: start) != nil
        {
            return RuleOutcome(type: .description, confidence: RuleOutcome.lexiconConfidence)
        }
        if find("for a living", from: start) != nil {
            return RuleOutcome(type: .title, confidence: RuleOutcome.lexiconConfidence)
        }
        if let call = find("call", from: start) {
            let named = finder.nounPhrase(from: call + 1)
            if let head = named.head, let type = head.type, Self.namedKinds.contains(type) || type == .title {
                return RuleOutcome(type: type, confidence: RuleOutcome.defaultConfidence, head: head)
            }
            return RuleOutcome(type: .equivalentTerm, confidence: RuleOutcome.lexiconConfidence)
        }
        if let verb = firstTypedVerb(from: start) {
            return RuleOutcome(type: verb.type, confidence: RuleOutcome.defaultConfidence, head: nil)
        }
        if find("do", from: start) != nil {
            if word(end - 1) == "do", start < end, tokens[start].isCapitalized, !isLowercase {
                // "What does Jane Smith do?": a person's occupation.
                return RuleOutcome(type: .title, confidence: RuleOutcome.defaultConfidence)
            }
            return RuleOutcome(type: .description, confidence: RuleOutcome.defaultConfidence)
        }
        if word(end - 1) == "for", Self.tradeVerbs.contains(word(end - 2)) {
            return RuleOutcome(type: .money, confidence: RuleOutcome.defaultConfidence)  // "What did it sell for?"
        }
        if word(end - 1) == "for", start > 0, !word(end - 2).hasSuffix("ing") {
            return RuleOutcome(type: .reason, confidence: RuleOutcome.fallbackConfidence)
        }
        return RuleOutcome(type: .otherEntity, confidence: RuleOutcome.fallbackConfidence)
    }

    /// Kinds of things whose names are themselves answers of that kind: the word for a young hare is an
    /// animal, the term for a disease a disease.
    static let namedKinds: Set<AnswerType> = [.animal, .diseaseOrMedicine, .food, .plant, .substance]

    /// *What causes …*, *What happened …*: the verb's class, else other entity.
    private func whatVerb(at index: Int) -> RuleOutcome {
        if let type = lexicon.subjectVerb(words[index]) ?? lexicon.verb(words[index])?.type {
            return RuleOutcome(type: type, confidence: RuleOutcome.defaultConfidence)
        }
        return RuleOutcome(type: .otherEntity, confidence: RuleOutcome.fallbackConfidence)
    }
}
