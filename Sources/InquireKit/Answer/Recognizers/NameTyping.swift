/// How strongly a capitalised chunk reads as a person, a group and a place, from its own words (head nouns,
/// openers, titles, given names, the gazetteer) and its surroundings (a preposition before it, the sentence start).
struct NameTyping: Sendable, Equatable {
    /// Strength as a person's name (0…1).
    var person: Double
    /// Strength as an organisation or group (0…1).
    var group: Double
    /// Strength as a place (0…1).
    var location: Double

    /// Types one chunk of `view`.
    init(_ chunk: NameChunk, in view: SentenceView, names: NameKnowledge) {
        let words = chunk.words
        let terms = words.map { view.term($0) }
        let first = terms.first ?? ""
        let last = terms.last ?? ""
        let name = view.string(words: words)
        let count = words.count
        person = count > 1 ? 0.55 : 0.45
        group = 0.4
        location = 0.35
        let plural = Self.looksPlural(last) && !PlaceLexicon.suffixes.contains(last)
        let ofIndex = terms.firstIndex(of: "of")
        if GroupLexicon.heads.contains(last)
            || ofIndex.map({ $0 > 0 && GroupLexicon.heads.contains(terms[$0 - 1]) }) == true
        {
            // "Stanford University", "University of Veldt": an institution one can be at, either way round.
            (person, group, location) = (0.05, 0.9, PlaceLexicon.namesInstitution(terms) ? 0.65 : 0.2)
        } else if Self.endsInPlaceNoun(terms) {
            (person, group, location) = (0.05, 0.3, 0.85)
        } else if Self.opensWithPlaceWord(terms) {
            (person, group, location) = (0.1, 0.3, 0.75)
        } else if count == 1, view.isAcronym(words.lowerBound) {
            (person, group, location) = (0.15, 0.6, 0.25)
        } else if chunk.descriptive {
            (person, group, location) = (0.05, 0.15, 0.05)
        } else if Self.namesAThing(terms) {
            (person, group, location) = (0.05, 0.05, 0.05)
        } else if plural, !names.isSurname(last) {
            (person, group, location) = (person * 0.5, 0.6, location * 0.8)
        }
        if names.isPlace(name) {
            location = max(location, 0.85)
            person = min(person, 0.2)
        }
        if count > 1, names.isFirstName(first), names.isSurname(last), group < 0.6, location < 0.75 {
            person = max(person, 0.9)
        } else if count > 1, names.isFirstName(first), group < 0.6, location < 0.75 {
            person = max(
                person, names.isPlace(view.string(words: words.lowerBound..<(words.lowerBound + 1))) ? 0.7 : 0.9
            )
        } else if names.isSurname(last), group < 0.6, location < 0.75 {
            person = max(person, 0.6)
        }
        if chunk.titled, !chunk.descriptive, group < 0.9 { person = max(person, 0.9) }
        if count > 1, NameLexicon.ranks.contains(first), group < 0.9 { person = max(person, 0.85) }
        if count == 1, names.isDemonym(name) || GroupRecognizer.looksLikeDemonym(first),
            words.upperBound < view.words.count, !view.words[words.upperBound].isCapitalized,
            !view.punctuated(after: words.upperBound - 1), !Stopwords.contains(view.term(words.upperBound)),
            // "toward the Pacific across the basin": a preposition after it ends a noun, not an adjective's noun.
            !PlaceLexicon.prepositions.contains(view.term(words.upperBound))
        {
            // "American football", "Chinese officials": an adjective, not a name.
            (person, group, location) = (0.03, 0.05, 0.05)
        } else if count == 1, names.isDemonym(name) {
            (person, group, location) = (0.05, 0.3, 0.3)
        }
        var beforeIndex = words.lowerBound - 1
        if beforeIndex > 0, QuestionShape.determiners.contains(view.term(beforeIndex)) { beforeIndex -= 1 }
        let before = beforeIndex >= 0 ? view.term(beforeIndex) : ""
        if names.isCountry(name) { group = max(group, 0.6) }
        // "Baluch nationalists", "NFL owners": a name modifying a group noun is not the answer by itself.
        if words.upperBound < view.words.count, view.spaced(words.upperBound - 1), !chunk.possessive,
            GroupLexicon.collectiveNouns.contains(view.term(words.upperBound)),
            !view.words[words.upperBound].isCapitalized
        {
            person *= 0.3
            group *= 0.3
            location *= 0.5
        }
        // "Sistan and Baluchestan province": the name of a place noun is no person or group.
        if words.upperBound < view.words.count, !view.words[words.upperBound].isCapitalized,
            PlaceLexicon.suffixes.contains(view.term(words.upperBound)), view.spaced(words.upperBound - 1)
        {
            person *= 0.2
            group *= 0.2
        }
        if PlaceLexicon.prepositions.contains(before) {
            location = min(0.85, location * 1.6)
            person *= 0.85
        }
        if chunk.initial, count == 1, !names.isPlace(name), !names.isFirstName(first),
            !names.isSurname(first)
        {
            let damp = Self.looksLikeCommonWord(first) ? 0.1 : 0.4
            person *= damp
            group *= damp
            location *= damp
        }
        if words.upperBound <= view.datelineEnd {
            // "Islamabad, Pakistan – …": the place a report was filed from does nothing in the sentence.
            person *= 0.3
            group *= 0.3
        }
        if chunk.possessive {
            // "Pakistan’s Baluchistan province": a possessor before another name modifies it.
            let damp = view.isCapitalized(words.upperBound) ? 0.35 : 0.75
            person *= damp
            group *= damp
            location *= damp
        }
    }

    /// Whether the lower-case words `terms` of a name of more than one word end in a place noun ("Velda Center",
    /// "Arden province").
    static func endsInPlaceNoun(_ terms: [String]) -> Bool {
        guard terms.count > 1, let last = terms.last else { return false }
        return PlaceLexicon.suffixes.contains(last)
    }

    /// Whether the lower-case words `terms` of a name of more than one word open with a place word ("Fort Velda",
    /// "Mount Arden"), and do not end in a plural that is no place noun ("North Stars" names a team).
    static func opensWithPlaceWord(_ terms: [String]) -> Bool {
        guard terms.count > 1, let first = terms.first, let last = terms.last else { return false }
        return PlaceLexicon.openers.contains(first) && !(looksPlural(last) && !PlaceLexicon.suffixes.contains(last))
    }

    /// Whether a chunk names an event, work or award: its head (before a trailing number or Roman numeral, or
    /// before "of") is a thing noun ("Super Bowl XLIX", "World War II", "Battle of Hastings").
    static func namesAThing(_ terms: [String]) -> Bool {
        var end = terms.count
        while end > 1, isNumeral(terms[end - 1]) { end -= 1 }
        if let of = terms.firstIndex(of: "of"), of > 0, NameLexicon.thingHeads.contains(terms[of - 1]) { return true }
        return NameLexicon.thingHeads.contains(terms[end - 1])
    }

    /// Whether a term is a number or a Roman numeral ("50", "xlix", "ii").
    static func isNumeral(_ term: String) -> Bool {
        !term.isEmpty && term.utf8.allSatisfy { UTF8Classes.isDigit($0) || "ivxlcdm".utf8.contains($0) }
    }

    /// Whether a lowercased word ends like an English plural ("broncos", "panthers"; not "ss", "us", "is").
    static func looksPlural(_ term: String) -> Bool {
        let bytes = Array(term.utf8)
        guard bytes.count > 3, bytes.last == UInt8(ascii: "s") else { return false }
        let before = bytes[bytes.count - 2]
        return before != UInt8(ascii: "s") && before != UInt8(ascii: "u") && before != UInt8(ascii: "i")
    }

    /// Whether a word ends like a common English adverb, participle or abstract noun ("Coincidentally",
    /// "Following", "Concerns"): sentence-initial capitals of such words are not names.
    static func looksLikeCommonWord(_ term: String) -> Bool {
        for ending in ["ly", "ing", "ed", "ment", "tion", "sion", "ness", "ity", "ies", "ally", "ful", "less", "ous"]
        where term.hasSuffix(ending) && term.utf8.count > ending.utf8.count + 2 {
            return true
        }
        return false
    }
}
