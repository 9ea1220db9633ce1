/// A tokenised question with the lookups every pattern family needs.
struct QuestionParse: Sendable {
    /// The tokens.
    let tokens: [QuestionToken]
    /// The lowercased token texts.
    let words: [String]
    /// The lexicon.
    let lexicon: QuestionLexicon
    /// The head-word finder over these tokens.
    let finder: HeadWordFinder
    /// The index one past the last meaningful token (trailing `?`, `.`, `!` are left out).
    let end: Int
    /// Whether the question is written all in lowercase (so capitals say nothing about proper names).
    let isLowercase: Bool
    /// Whether some word has a lowercase letter (so an all-capitals word stands out as an acronym).
    let hasLowercase: Bool

    /// Builds the parse of a tokenised question.
    init(tokens: [QuestionToken], lexicon: QuestionLexicon) {
        self.tokens = tokens
        self.words = tokens.map(\.lower)
        self.lexicon = lexicon
        self.finder = HeadWordFinder(tokens: tokens, words: words, lexicon: lexicon)
        var end = tokens.count
        while end > 0, ["?", ".", "!", "\"", "'"].contains(words[end - 1]) { end -= 1 }
        self.end = end
        self.isLowercase = !tokens.dropFirst().contains { $0.isCapitalized }
        self.hasLowercase = tokens.contains { $0.isWord && !$0.isAllCaps && $0.text != $0.lower.uppercased() }
    }

    /// The word at `index`, or "" past the end.
    func word(_ index: Int) -> String { index < words.count && index >= 0 ? words[index] : "" }

    /// The first question word outside quotes (inside them only when there is none outside).
    func firstWhWord() -> Int? {
        let candidates = words.indices.filter { WordClasses.whWords.contains(words[$0]) }
        let outside = candidates.filter { !tokens[$0].isQuoted }
        guard let first = outside.first ?? candidates.first else { return nil }
        // "When X happened, what …?": a clause opened by when/where/if, then the real question after a comma.
        if first == 0, ["when", "where", "while", "if"].contains(words[first]),
            let comma = words.firstIndex(of: ","), let later = outside.first(where: { $0 > comma && $0 <= comma + 2 })
        {
            return later
        }
        return first
    }

    /// The first index at or after `start` that is not an adverb such as *not*, *usually*.
    func skippingAdverbs(from start: Int) -> Int {
        var index = start
        while index < end, WordClasses.adverbs.contains(words[index]) { index += 1 }
        return index
    }

    /// Whether the words at `index` read `phrase` (space-separated, lowercase).
    func matches(_ phrase: String, at index: Int) -> Bool {
        let parts = phrase.split(separator: " ")
        guard index >= 0, index + parts.count <= words.count else { return false }
        return parts.indices.allSatisfy { words[index + $0] == parts[$0] }
    }

    /// The index of the first occurrence of `phrase` at or after `start`, if any.
    func find(_ phrase: String, from start: Int) -> Int? {
        guard start < end else { return nil }
        return (start..<end).first { matches(phrase, at: $0) }
    }

    /// The first verb of the lexicon at or after `start` that implies a class, with its index.
    func firstTypedVerb(from start: Int) -> (index: Int, base: String, type: AnswerType)? {
        guard start < end else { return nil }
        for index in start..<end where tokens[index].isWord && !tokens[index].isQuoted {
            if let verb = lexicon.verb(words[index]), let type = verb.type {
                return (index, verb.base, type)
            }
        }
        return nil
    }

    /// Whether a token is an acronym (`NASA`, `B.Y.O.B.`) in a question that is not all capitals.
    func isAcronym(_ index: Int) -> Bool {
        let token = tokens[index]
        guard token.isWord else { return false }
        if token.isAllCaps { return hasLowercase }
        return token.lower.utf8.contains(UInt8(ascii: ".")) && token.lower.utf8.count <= 12
            && !WordClasses.isNumeric(token.lower)
    }

    /// The class of a noun phrase's head, refined by its surroundings: the name or nickname of something asks
    /// for that thing (*Ada Lovelace's maiden name* → a person, *the knight's horse's name* → an animal); an
    /// unknown head followed by *who* (*the American who …*) is a person.
    func phraseType(_ phrase: NounPhrase) -> AnswerType? {
        let type = phrase.head?.type
        if let key = phrase.head?.key, let possessor = phrase.possessor,
            Self.nameHeads.contains(key) || key.hasSuffix(" name") || key.hasSuffix(" names")
        {
            if let owner = possessor.type, owner.coarse != .description {
                return owner.coarse == .human ? .individual : owner
            }
            if phrase.possessorIsProperName { return .individual }
        }
        if phrase.head?.key == "area", phrase.determiner == "the", !phrase.isRanked, word(phrase.end) == "of",
            !["that", "which", "where", "who"].contains(word(finder.nounPhrase(from: phrase.end + 1).end))
        {
            return .size  // "the area of Texas" is a measure; "the area of the brain that …" a place
        }
        if phrase.head?.key == "star", words.contains(where: { Self.skyWords.contains($0) }) {
            return .otherLocation  // "the nearest star to Earth" is a heavenly body, not a celebrity
        }
        if type == nil, phrase.head != nil, word(phrase.end) == "who" { return .individual }
        if type == .individual, phrase.head?.key == "full name", phrase.end > 0, isAcronym(phrase.end - 1) {
            return .expansion  // "the full name of the WHO"
        }
        if type == .group, phrase.head?.key == "people", phrase.isRanked { return .individual }
        if phrase.head?.key == "number", word(phrase.end) == "of" { return .count }  // "the number of …"
        if type == nil || type == .equivalentTerm, let head = phrase.head, head.key.hasSuffix("name"),
            !["of", "for"].contains(word(phrase.end)),
            (max(0, phrase.start - 2)..<head.range.upperBound).contains(where: {
                ["common", "popular", "frequent"].contains(words[$0])
            })
        {
            return .individual  // "the most common name"
        }
        if phrase.head?.key == "words" || phrase.head?.key == "word", word(phrase.end) == "to" {
            return .description  // "the words to the anthem"
        }
        if let key = phrase.head?.key, type == nil || type == .equivalentTerm,
            ["name", "term", "word", "another name", "other name"].contains(key), word(phrase.end) == "for",
            finder.nounPhrase(from: phrase.end + 1).head?.type == .diseaseOrMedicine
        {
            return .diseaseOrMedicine  // "the medical term for a heart attack" asks for a disease
        }
        if phrase.head?.key == "name", type == nil, ["for", "given"].contains(word(phrase.end)) {
            return .equivalentTerm  // "the name for a young swan", "the name given to …"
        }
        return type
    }

    /// Words that make *star* a heavenly body.
    static let skyWords: Set<String> = [
        "earth", "sun", "sky", "galaxy", "constellation", "universe", "telescope", "solar", "planet", "planets",
        "astronomer", "astronomers", "light-years", "orbit", "night",
    ]

    /// Head nouns that name something: a person's when a person owns them.
    static let nameHeads: Set<String> = ["name", "names", "nickname", "nicknames", "surname", "alias", "moniker"]
}
