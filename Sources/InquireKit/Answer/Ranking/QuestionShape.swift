/// What the ranker needs from a question beyond its analysis: its content terms with their weights, the slot
/// the wh-word fills (subject of a verb, its object, the complement of "is"), the verb or noun around that slot,
/// and for "how many" the counted noun.
struct QuestionShape: Sendable {
    /// The slot the wh-word fills.
    enum Slot: Sendable, Equatable {
        /// "Who won the game?": the answer is the subject of `verb`.
        case subject
        /// "Who did Denver beat?": the answer follows `verb`.
        case object
        /// "Who was replaced by Kubiak?": the answer is the passive subject, after `verb` in an active sentence.
        case passive
        /// "Who is the commissioner of the NFL?": the answer stands beside `noun`.
        case copula
        /// No slot could be read.
        case unknown
    }

    /// The stems of the question's content words (what a span repeating them restates).
    let terms: Set<String>
    /// The names in the question: runs of capitalised words after its first, as lowercased terms
    /// (["united", "nations"]).
    let names: [[String]]
    /// The wh-word's slot.
    let slot: Slot
    /// The stem of the verb the slot hangs on, if any.
    let verb: String?
    /// The stem of the noun a copular question asks about ("commission" for "the commissioner of …").
    let noun: String?
    /// A preposition left at the end of the question ("Where did Kublai move the capital to?"): the answer
    /// follows the same preposition in the sentence.
    let strandedPreposition: String?
    /// The stem of the question's focus noun ("provinc" in "In which province …"): it names the answer's kind,
    /// so an answer may repeat it.
    let focus: String?
    /// Whether the question asks for several things ("Who were the announcers?").
    let plural: Bool
    /// The stems a counted noun may take to match the question's focus ("children", "child").
    let countedStems: Set<String>
    /// The stems of the question's words that state the relation asked about, not the entities it names: its
    /// terms without the words of its names, its focus and its counted noun ("command" in "Who commands
    /// Pakistan's air force?", "live" in "How many people live in Baluchistan?"). Evidence that names the
    /// entities but states none of these does not answer the question.
    let relationTerms: Set<String>
    /// The stem of the word that states what the question asks about: the verb of its slot, the noun a copular
    /// question asks for, or the verb after a "how many" phrase ("kill" in "How many children were killed …?").
    let predicate: String?

    /// Auxiliaries that follow a wh-word in questions whose answer is not the subject.
    static let auxiliaries: Set<String> = [
        "did", "does", "do", "has", "have", "had", "can", "could", "will", "would", "should", "may", "might", "must",
        "shall",
    ]
    /// Forms of "be".
    static let copulas: Set<String> = ["is", "are", "was", "were", "be", "been", "being", "'s"]
    /// Words that open a noun phrase.
    static let determiners: Set<String> = [
        "the", "a", "an", "this", "that", "these", "those", "his", "her", "its", "their", "our", "my", "your",
    ]

    /// Reads the shape of `question`.
    init(_ question: QuestionAnalysis) {
        let asked = question.tokens.isEmpty ? QuestionTokenizer.tokenize(question.text).tokens : question.tokens
        let (tokens, possessive) = Self.words(of: asked)
        let words = tokens.map(\.term)
        // The question's words become terms through the index's analyser, so they agree with the index's terms.
        var terms = Set(tokens.flatMap { Analyzer.terms($0.term) })
        for keyword in question.keywords { if let term = Analyzer.term(forWord: keyword) { terms.insert(term) } }
        terms.remove(SnowballStemmer.stem("many"))
        self.terms = terms
        names = Self.nameRuns(tokens, possessive: possessive)
        let whIndex = words.firstIndex { ["who", "whom", "whose", "where", "what", "which", "how"].contains($0) }
        var slot = Slot.unknown
        var verb: String?
        var noun: String?
        if let whIndex, words[whIndex] == "who" || words[whIndex] == "whom" || words[whIndex] == "where" {
            let next = whIndex + 1 < words.count ? words[whIndex + 1] : ""
            let afterNext = whIndex + 2 < words.count ? words[whIndex + 2] : ""
            if Self.copulas.contains(next) {
                // "Who was replaced by Kubiak?", "Where was the NFL Experience held?": a participle after "be".
                if let participle = words[(whIndex + 2)...].last(where: { Self.looksParticiple($0) }) {
                    slot = .passive
                    verb = SnowballStemmer.stem(participle)
                } else {
                    slot = .copula
                }
                if !Self.looksParticiple(afterNext), words[whIndex] != "where" {
                    noun = Self.headNoun(words, from: whIndex + 2)
                }
            } else if Self.auxiliaries.contains(next) {
                slot = .object
                verb = Self.verbAfterSubject(tokens, from: whIndex + 2)
            } else if !next.isEmpty, !Stopwords.contains(next), words[whIndex] != "where" {
                slot = .subject
                verb = SnowballStemmer.stem(next)
            }
            if words[whIndex] == "where", slot == .subject { slot = .unknown }
        }
        self.slot = slot
        focus = (question.focusAsAsked ?? question.focus).map { SnowballStemmer.stem($0.lowercased()) }
        let prepositions: Set<String> = [
            "to", "from", "in", "at", "into", "toward", "towards", "for", "with", "by", "on",
        ]
        strandedPreposition = words.last.flatMap { prepositions.contains($0) ? ($0 == "towards" ? "toward" : $0) : nil }
        plural = whIndex.map { $0 + 1 < words.count && ["were", "are"].contains(words[$0 + 1]) } ?? false
        self.verb = verb
        self.noun = noun
        var counted = Set<String>()
        for word in [question.focus, question.focusAsAsked].compactMap({ $0 }) {
            counted.insert(SnowballStemmer.stem(word.lowercased()))
            // A unit counts what a glued or abbreviated unit names: "metres" and "5,000m", "kilometers" and "12 km".
            if let unit = MeasureLexicon.unitKey(word) { counted.insert(unit) }
        }
        if let manyIndex = words.firstIndex(of: "many"), manyIndex > 0, words[manyIndex - 1] == "how",
            let head = Self.headNoun(words, from: manyIndex + 1)
        {
            counted.insert(head)
        }
        // "How many times …": "times" counts occasions; the noun counted is elsewhere in the question.
        counted.subtract(["time", "times"])
        countedStems = counted
        var relation = terms.subtracting(counted)
        for name in names { for word in name { if let term = Analyzer.term(forWord: word) { relation.remove(term) } } }
        if let focus { relation.remove(focus) }
        // Numbers name things too ("Super Bowl 50", "1620-21").
        relation = relation.filter { term in !term.utf8.contains { (0x30...0x39).contains($0) } }
        relationTerms = relation
        predicate = verb ?? noun ?? Self.countedVerb(tokens, words: words)
    }

    /// The words of the classifier's tokens as the ranker reads them: word tokens (punctuation and a clitic
    /// `'s` left out), lowercased, each marked when a possessive follows it ("Pakistan" in "Pakistan's").
    static func words(of tokens: [QuestionToken]) -> (words: [Token], possessive: [Bool]) {
        var words: [Token] = []
        var possessive: [Bool] = []
        for (index, token) in tokens.enumerated() where token.isWord {
            if token.lower == "'s" {
                if !possessive.isEmpty { possessive[possessive.count - 1] = true }
                continue
            }
            var term = token.lower
            let trailing = term.count > 1 && term.hasSuffix("'")
            if trailing { term.removeLast() }
            words.append(
                Token(
                    term: term, range: index..<(index + 1),
                    kind: WordClasses.isNumeric(term) ? .number : .word, isCapitalized: token.isCapitalized))
            possessive.append(trailing)
        }
        return (words, possessive)
    }

    /// The runs of capitalised words after the question's first word, lowercased; a possessive ends a run
    /// ("Westwood One's Super Bowl" → ["westwood", "one"], ["super", "bowl"]).
    static func nameRuns(_ tokens: [Token], possessive: [Bool]) -> [[String]] {
        var names: [[String]] = []
        var run: [String] = []
        for (index, token) in tokens.enumerated().dropFirst() {
            if token.isCapitalized, token.kind != .number {
                run.append(token.term)
                if possessive[index] {
                    names.append(run)
                    run = []
                }
            } else if !run.isEmpty {
                names.append(run)
                run = []
            }
        }
        if !run.isEmpty { names.append(run) }
        return names
    }

    /// The stem of the last word of the noun phrase starting at `start` (skipping determiners), before a
    /// preposition, auxiliary or the end: "the commissioner of the NFL" → "commission".
    static func headNoun(_ words: [String], from start: Int) -> String? {
        var index = start
        while index < words.count, determiners.contains(words[index]) { index += 1 }
        var head: String?
        while index < words.count, index < start + 5 {
            let word = words[index]
            if Stopwords.contains(word) || auxiliaries.contains(word) { break }
            head = word
            index += 1
        }
        return head.map { SnowballStemmer.stem($0) }
    }

    /// The stem of the verb after the subject of "Who did the Broncos beat?": past determiners, the subject (a
    /// capitalised run or one word) and adverbs.
    static func verbAfterSubject(_ tokens: [Token], from start: Int) -> String? {
        var index = start
        while index < tokens.count, determiners.contains(tokens[index].term) { index += 1 }
        if index < tokens.count, tokens[index].isCapitalized {
            while index < tokens.count, tokens[index].isCapitalized { index += 1 }
        } else {
            index += 1
        }
        while index < tokens.count, Stopwords.contains(tokens[index].term) { index += 1 }
        return index < tokens.count ? SnowballStemmer.stem(tokens[index].term) : nil
    }

    /// The verb after a "how many" phrase: "How many children were killed" → "kill", "How many touchdowns did
    /// Brock Osweiler throw" → "throw", "How many people live in …" → "live".
    static func countedVerb(_ tokens: [Token], words: [String]) -> String? {
        guard let many = words.firstIndex(of: "many"), many > 0, words[many - 1] == "how" else { return nil }
        var index = many + 1
        while index < words.count, !Stopwords.contains(words[index]), !auxiliaries.contains(words[index]) {
            index += 1
        }
        let run = (many + 1)..<index
        if index < words.count, auxiliaries.contains(words[index]) { return verbAfterSubject(tokens, from: index + 1) }
        if index < words.count, copulas.contains(words[index]) {
            while index < words.count, Stopwords.contains(words[index]) { index += 1 }
            return index < words.count && tokens[index].kind == .word ? SnowballStemmer.stem(words[index]) : nil
        }
        // "How many people live in …": without an auxiliary, the last word of the run is the verb.
        guard run.count >= 2, tokens[run.upperBound - 1].kind == .word else { return nil }
        return SnowballStemmer.stem(words[run.upperBound - 1])
    }

    /// Whether a word looks like a past participle ("replaced", "given", "built").
    static func looksParticiple(_ word: String) -> Bool {
        word.hasSuffix("ed") || word.hasSuffix("en")
            || [
                "built", "held", "made", "sent", "won", "led", "sold",
                "brought", "taught", "bought", "found", "told", "paid", "kept", "known", "shown", "born",
            ].contains(word)
    }
}
