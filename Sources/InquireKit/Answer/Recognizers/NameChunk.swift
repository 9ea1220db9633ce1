/// A run of capitalised words that may be a name, with what its surroundings say about it.
struct NameChunk: Sendable, Equatable {
    /// The word range of the name itself (titles and role words before it removed).
    var words: Range<Int>
    /// Whether a title, honorific or role word stood right before the name ("President", "painter").
    var titled: Bool
    /// Whether the name opens the sentence (its capital says less).
    var initial: Bool
    /// Whether a possessive follows the name ("Pakistan’s").
    var possessive: Bool
    /// Whether the name holds a title or role word inside it ("Vice President of Operations"): a description.
    var descriptive: Bool
}

/// Cuts a sentence into capitalised runs: joined by single spaces, by an ampersand ("AT&T", "Procter & Gamble"),
/// by the connectors of names ("of", "de", "al"), across the full stops of initials ("C. J. Anderson", "U.S."),
/// with lower-case particles joined to a capitalised part ("al-Baghdadi", "d'Estaing"), and split after titles
/// and role words.
enum NameChunker {
    /// The name chunks of `view`, in order.
    static func chunks(_ view: SentenceView, names: NameKnowledge) -> [NameChunk] {
        var result: [NameChunk] = []
        let count = view.words.count
        var index = 0
        while index < count {
            guard startsName(view, index) else {
                index += 1
                continue
            }
            var end = index
            while end + 1 < count, !view.possessive(end) || possessiveInsideName(view, end, names: names) {
                if joinable(view, end, names: names), continuesName(view, end + 1) {
                    end += 1
                } else if view.spaced(end), NameLexicon.connectors.contains(view.term(end + 1)),
                    view.term(end + 1) != "of" || ofJoins(view, index..<(end + 1), names: names),
                    !view.words[end + 1].isCapitalized, end + 2 < count, view.spaced(end + 1),
                    continuesName(view, end + 2)
                {
                    end += 2
                } else {
                    break
                }
            }
            // "Sistan and Baluchestan", "Trinidad and Tobago": a known place name across "and".
            if end + 2 < count, view.term(end + 1) == "and", view.isCapitalized(end + 2) {
                let surfaces = (index..<min(count, index + names.gazetteer.maxPlaceWords)).map {
                    Substring(view.string(view.words[$0].range))
                }
                if let place = names.gazetteer.longestPlace(in: surfaces, from: 0), index + place.length - 1 > end {
                    end = index + place.length - 1
                }
            }
            result += split(view, index..<(end + 1))
            index = end + 1
        }
        return result
    }

    /// Whether a possessive belongs inside a name: "Levi's Stadium", "St. Mary's College".
    static func possessiveInsideName(_ view: SentenceView, _ index: Int, names: NameKnowledge) -> Bool {
        guard index + 1 < view.words.count, view.isCapitalized(index + 1) else { return false }
        let next = view.term(index + 1)
        let gap = view.words[index + 1].range.lowerBound - view.words[index].range.upperBound
        // "Iran’s Port of Chabahar": a place owning a place is a modifier, not part of the name.
        return gap <= 5 && (PlaceLexicon.suffixes.contains(next) || GroupLexicon.heads.contains(next))
            && !names.isPlace(view.string(view.words[index].range))
    }

    /// Whether "of" may continue the name `left`: after a group, place or thing head, a title, or one word that is
    /// not a given name ("University of Chicago", "Battle of Hastings", "Port of Spain"), but not after a person's
    /// name ("Friedrich Ratzel of Germany").
    static func ofJoins(_ view: SentenceView, _ left: Range<Int>, names: NameKnowledge) -> Bool {
        let last = view.term(left.upperBound - 1)
        if GroupLexicon.heads.contains(last) || PlaceLexicon.suffixes.contains(last)
            || NameLexicon.thingHeads.contains(last) || isTitleOrRole(last) || NameLexicon.ranks.contains(last)
        {
            return true
        }
        return left.count == 1 && !names.isFirstName(last)
    }

    /// Whether word `index` may open a name.
    static func startsName(_ view: SentenceView, _ index: Int) -> Bool {
        if isParticleName(view, index) { return true }
        guard view.isCapitalized(index) else { return false }
        let term = view.term(index)
        // An acronym joined by "&" to a capitalised word opens a name even when it spells a common word ("AT&T").
        if view.isAcronym(index), ampersandJoins(view, index) { return true }
        if Stopwords.contains(term) || NameLexicon.notNames.contains(term) { return false }
        if DateLexicon.months.contains(term) || DateLexicon.weekdays.contains(term) { return false }
        return true
    }

    /// Whether word `index` may continue a name.
    static func continuesName(_ view: SentenceView, _ index: Int) -> Bool {
        if isParticleName(view, index) { return true }
        guard view.isCapitalized(index) else { return false }
        let term = view.term(index)
        return !(Stopwords.contains(term) && term != "a" && view.words[index].range.count > 1)
    }

    /// Whether word `index` is a name written with a lower-case particle joined by a hyphen or apostrophe to a
    /// capitalised part: "al-Baghdadi", "bin-Laden", "d'Estaing", "el-Sisi".
    static func isParticleName(_ view: SentenceView, _ index: Int) -> Bool {
        guard index >= 0, index < view.words.count else { return false }
        let range = view.words[index].range
        guard let first = view.bytes[range].first, UTF8Classes.isASCIILetter(first), !UTF8Classes.isUpper(first)
        else { return false }
        guard
            let joint = view.bytes[range].firstIndex(where: {
                $0 == UInt8(ascii: "-") || $0 == UInt8(ascii: "'") || $0 == 0xE2
            })
        else { return false }
        let particle = String(decoding: view.bytes[range.lowerBound..<joint], as: UTF8.self)
        guard NameLexicon.connectors.contains(particle) || Self.elidedParticles.contains(particle) else { return false }
        // The joint is one byte ("-", "'") or a curly apostrophe (three bytes).
        let after = view.bytes[joint] == 0xE2 ? joint + 3 : joint + 1
        return after < range.upperBound && UTF8Classes.isUpper(view.bytes[after])
    }

    /// Particles written elided before an apostrophe in names ("d'Estaing", "l'Ouverture").
    static let elidedParticles: Set<String> = ["d", "l", "o"]

    /// Whether an ampersand alone (or between single spaces) joins word `index` to the capitalised word after
    /// it: "AT&T", "Procter & Gamble", "Marks & Spencer".
    static func ampersandJoins(_ view: SentenceView, _ index: Int) -> Bool {
        guard index + 1 < view.words.count, view.isCapitalized(index + 1) else { return false }
        let gap = view.bytes[view.words[index].range.upperBound..<view.words[index + 1].range.lowerBound]
        return Array(gap) == [UInt8(ascii: "&")] || Array(gap) == Array(" & ".utf8)
    }

    /// Whether words `index` and `index + 1` are close enough to belong to one name.
    static func joinable(_ view: SentenceView, _ index: Int, names: NameKnowledge) -> Bool {
        if view.spaced(index) || possessiveInsideName(view, index, names: names) || ampersandJoins(view, index) {
            return true
        }
        let end = view.words[index].range.upperBound
        let start = view.words[index + 1].range.lowerBound
        let gap = view.bytes[end..<start]
        let initial = view.words[index].range.count == 1
        // "C. J. Anderson", "Gen. Smith", "U.S."
        if gap.first == UInt8(ascii: "."), gap.count <= 2, gap.dropFirst().allSatisfy({ $0 == 0x20 }) {
            return initial || NameLexicon.titles.contains(view.term(index))
        }
        return false
    }

    /// Splits one capitalised run at titles and role words and records its cues.
    static func split(_ view: SentenceView, _ range: Range<Int>) -> [NameChunk] {
        var start = range.lowerBound
        var titled = false
        // A title or role word right before the run: "painter Anna Holm", "President Obama".
        if start > 0, view.spaced(start - 1) {
            let before = view.term(start - 1)
            titled = isTitleOrRole(before) || NameLexicon.positionWords.contains(before)
        }
        var pieces: [NameChunk] = []
        // Strip titles and role words inside the run while a capitalised name follows them.
        var cursor = start
        while cursor < range.upperBound - 1 {
            if isTitleOrRole(view.term(cursor)), !NameLexicon.ranks.contains(view.term(cursor)),
                view.isCapitalized(cursor + 1),
                !NameLexicon.connectors.contains(view.term(cursor + 1))
            {
                if cursor > start, !isTitleOrRole(view.term(start)) {
                    // "NFL Commissioner Roger Goodell": keep "NFL Commissioner" as a descriptive chunk.
                    pieces.append(
                        NameChunk(
                            words: start..<(cursor + 1), titled: titled, initial: view.isInitial(start),
                            possessive: false, descriptive: true))
                }
                start = cursor + 1
                titled = true
            }
            cursor += 1
        }
        let words = start..<range.upperBound
        // "Executive Vice President of Football Operations": a title at the end or before "of" describes a post.
        let descriptive =
            words.count > 1
            && words.contains { position in
                isTitleOrRole(view.term(position))
                    && (position == words.upperBound - 1 || view.term(position + 1) == "of")
            }
        pieces.append(
            NameChunk(
                words: words, titled: titled, initial: view.isInitial(words.lowerBound),
                possessive: view.possessive(words.upperBound - 1), descriptive: descriptive))
        return pieces
    }

    /// Whether a lowercased word is a title or a role noun.
    static func isTitleOrRole(_ term: String) -> Bool {
        NameLexicon.titles.contains(term) || NameLexicon.roles.contains(term)
    }
}
