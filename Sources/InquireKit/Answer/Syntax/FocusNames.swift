/// *Which journal …?*, *On which road …?*, *What stadium …?*: the focus noun of a *which*/*what* question names the
/// kind of thing asked for, and a name whose own head word is that noun ("the Medical Journal of Australia",
/// "Castlefrank Road", "Levi's Stadium", "the Ming dynasty") or that the sentence describes as one ("the newspaper
/// Tarsk Courier", "the Courier, a newspaper", "the Courier is a newspaper") is of that kind. Such names are offered
/// as whole spans, even when no recogniser found them, and fit the question better than other names.
struct FocusNames: Sendable {
    /// The focus noun's stem ("journal").
    let stem: String
    /// The stems of the question's keywords: a name made only of them and the focus noun repeats the question.
    var asked: Set<String> = []
    /// Lower-case nouns that name a kind of the focus noun's kind: for *organisation*, every head noun of an
    /// organisation's name (`GroupLexicon.heads`: a group, a ministry, a party is an organisation).
    var kinds: Set<String> = []
    /// The lower-case lemmas of the adjectives the question gives its focus noun ("independent" of *What
    /// independent homeland …?*; `adjectives(of:)`).
    var adjectives: Set<String> = []

    /// Focus nouns that name any organisation (American and British spellings).
    static let organisationNouns: Set<String> = ["organization", "organisation"]

    /// How much better a name of the focus noun's kind fits than another name (a factor of the type fit; 1.3 to 2.2
    /// were measured on the SQuAD tuning half's which/what questions and the news set: 2 did best).
    static let fit = 2.0
    /// How well a name known to be of another kind fits (a factor of the type fit): a city, country or region of
    /// the gazetteer, or a name ending in another place noun, for *which road*, *which museum*.
    static let otherKind = 0.6

    /// Focus nouns a city, region or country of the gazetteer may be one of: kinds of place, and roles a country or
    /// city plays (a member, an ally, a side, a team's home).
    static let placeNouns: Set<String> = [
        "city", "town", "village", "capital", "country", "nation", "state", "province", "region", "county", "area",
        "territory", "district", "municipality", "place", "location", "island", "continent", "kingdom", "empire",
        "republic", "land", "homeland", "destination", "site", "settlement", "suburb", "borough", "prefecture",
        "commune", "colony", "power", "neighbour", "neighbor", "ally", "member", "team", "side",
    ]

    /// The stems of `placeNouns`.
    static let placeStems = Set(placeNouns.map { SnowballStemmer.stem($0) })

    /// Focus nouns that name no kind of thing: *What name …?*, *What type of …?*, *Which part …?*.
    static let generic: Set<String> = [
        "name", "type", "kind", "sort", "form", "part", "one", "thing", "term", "word", "example", "number",
    ]

    /// The focus of `question` when it asks *which*/*what* one of a kind, written in lower case (a capitalised
    /// focus is a name, not a kind: *What part of Iran …?*); nil for other questions. Of a focus of several words
    /// (*which television channel*) the last is the focus noun (the nouns before it name the kind too:
    /// `compoundKinds(of:)`).
    init?(question: QuestionAnalysis) {
        guard let whWord = question.whWord, ["which", "what"].contains(whWord),
            let words = question.focus?.split(separator: " ").map(String.init), let focus = words.last,
            !Self.generic.contains(focus), focus.count > 2, words.allSatisfy({ $0.allSatisfy(\.isLetter) })
        else { return nil }
        if let asked = question.focusAsAsked, asked.first?.isUppercase == true { return nil }
        stem = SnowballStemmer.stem(focus)
        asked = Set(question.keywords.map { SnowballStemmer.stem($0.lowercased()) })
        if Self.organisationNouns.contains(focus.lowercased()) { kinds = GroupLexicon.heads }
    }

    /// Creates the focus of a noun (its lower-case form).
    init(noun: String) { stem = SnowballStemmer.stem(noun.lowercased()) }

    /// Whether word `index` of `analysis` is the focus noun (its lemma or form, in any case and number) or one of
    /// its `kinds`.
    func isFocus(_ index: Int, in analysis: SentenceAnalysis) -> Bool {
        guard analysis.tags[index] == .noun || analysis.tags[index] == .propn else { return false }
        let lemma = analysis.lemmas[index].lowercased()
        return SnowballStemmer.stem(lemma) == stem
            || SnowballStemmer.stem(analysis.words[index].text.lowercased()) == stem || kinds.contains(lemma)
    }

    /// Spans of type `type` over the names of `analysis` headed by the focus noun (`name(headedBy:)`) and of its
    /// kind (`names(_:head:in:)`). A recognised span over the same words may be weaker (a capitalised run of a
    /// headline, a name of another type): candidates with the same text are merged, the best kept.
    func spans(in analysis: SentenceAnalysis, view: SentenceView, type: SpanType) -> [TypedSpan] {
        var spans: [TypedSpan] = []
        for word in 0..<analysis.count where isFocus(word, in: analysis) {
            guard let name = Self.name(headedBy: word, in: analysis),
                let words = SyntaxSpans.viewWords(analysis.byteRange(of: name), in: view)
            else { continue }
            let span = TypedSpan(view: view, type: type, words: words, strength: 0.8)
            if !names(name, head: word, in: analysis) || spans.contains(span) { continue }
            spans.append(span)
        }
        return spans
    }

    /// The name headed by the noun `head`: the capitalised words, numbers and hyphens it dominates right before it
    /// ("Intrepid Sea-Air-Space Museum"; a possessor only right before it: "Levi's Stadium", but "Sun Life Stadium"
    /// of "Miami's Sun Life Stadium"), and after it those it dominates and an *of* phrase of capitalised words
    /// ("Medical Journal of Australia", "Department of State Affairs"). Nil unless a capitalised word or a number
    /// other than `head` is part of it: a common noun alone is no name.
    static func name(headedBy head: Int, in analysis: SentenceAnalysis) -> Range<Int>? {
        var lower = head
        while lower > 0, analysis.dominates(head, lower - 1) {
            let previous = lower - 1
            if isPossessive(previous, in: analysis) {
                // A possessor is part of the name only right before the head.
                guard lower == head, previous > 0, analysis.dominates(head, previous - 1),
                    isNameWord(previous - 1, in: analysis)
                else { break }
                lower = previous - 1
                continue
            }
            guard isNameWord(previous, in: analysis) || isInnerHyphen(previous, in: analysis) else { break }
            lower = previous
        }
        var upper = head + 1
        // A common noun after a name ends it ("the Ming dynasty"); what follows it is no part of it ("the town of
        // Baldwin", "the astronomer Guo Shoujing").
        while upper < analysis.count, analysis.dominates(head, upper), isNameWord(head, in: analysis) {
            if isNameWord(upper, in: analysis) || isInnerHyphen(upper, in: analysis) {
                upper += 1
                continue
            }
            // "Journal of Australia": an "of" phrase of the head made of capitalised words.
            guard analysis.lemmas[upper].lowercased() == "of", upper + 1 < analysis.count else { break }
            let object = analysis.heads[upper]
            guard object > upper, analysis.heads[object] == head, analysis.baseRelation(object) == "nmod" else {
                break
            }
            let phrase = analysis.subtree(of: object)
            let inner = Set(["of", "the", "and", "for", "'s", "\u{2019}s"])
            guard phrase.lowerBound == upper,
                phrase.allSatisfy({
                    isNameWord($0, in: analysis) || inner.contains(analysis.words[$0].text.lowercased())
                        || isInnerHyphen($0, in: analysis)
                })
            else { break }
            upper = phrase.upperBound
        }
        while upper - 1 > head, !isNameWord(upper - 1, in: analysis) { upper -= 1 }
        let range = lower..<upper
        guard range.contains(where: { $0 != head && isProperWord($0, in: analysis) }) else { return nil }
        return range
    }

    /// Whether word `index` is a possessive *'s*.
    static func isPossessive(_ index: Int, in analysis: SentenceAnalysis) -> Bool {
        ["'s", "\u{2019}s", "'", "\u{2019}"].contains(analysis.words[index].text) && analysis.tags[index] == .part
    }

    /// Whether word `index` can be part of a name: a noun, proper noun, adjective or number written with a capital
    /// or a digit first, or a name's lower-case connector joined by a hyphen to the next word ("al" of
    /// "al-Ikhbariya").
    static func isNameWord(_ index: Int, in analysis: SentenceAnalysis) -> Bool {
        guard [.propn, .noun, .adj, .num, .x].contains(analysis.tags[index]),
            let first = analysis.words[index].text.first
        else { return false }
        if NameLexicon.connectors.contains(analysis.words[index].text), index + 2 < analysis.count,
            isInnerHyphen(index + 1, in: analysis), analysis.words[index + 2].text.first?.isUppercase == true
        {
            return true
        }
        return first.isUppercase || first.isNumber
    }

    /// Whether word `index` makes what holds it a name: a proper noun or a number, or a capitalised noun that
    /// does not open the sentence (a capitalised adjective, "Chinese", "Roman", does not).
    static func isProperWord(_ index: Int, in analysis: SentenceAnalysis) -> Bool {
        switch analysis.tags[index] {
        case .propn, .num: return true
        case .noun, .x: return index > 0 && analysis.words[index].text.first?.isUppercase == true
        default: return false
        }
    }

    /// Whether word `index` is a hyphen joining two words with no space ("Sea-Air-Space").
    static func isInnerHyphen(_ index: Int, in analysis: SentenceAnalysis) -> Bool {
        index > 0 && index + 1 < analysis.count && analysis.tags[index] == .punct
            && analysis.words[index].text == "-" && !analysis.words[index - 1].spaceAfter
            && !analysis.words[index].spaceAfter
    }

    /// Whether the name over `words` (its head word `head`) is of the focus noun's kind: the focus is its head
    /// word or a compound of it ("Fort Caroline"), or the sentence describes it as one, in apposition ("the
    /// Courier, a newspaper", "the newspaper, the Courier"), as a noun before or after it ("the newspaper Tarsk
    /// Courier", "the Courier newspaper") or with a copula ("the Courier is a newspaper"). A span with no
    /// proper noun, number or capitalised noun besides the focus is no name, nor one whose other name words are
    /// all the question's.
    func names(_ words: Range<Int>, head: Int, in analysis: SentenceAnalysis) -> Bool {
        let others = words.filter { !isFocus($0, in: analysis) }
        guard others.contains(where: { Self.isProperWord($0, in: analysis) }),
            !others.allSatisfy({
                asked.contains(SnowballStemmer.stem(analysis.words[$0].text.lowercased()))
                    || !Self.isNameWord($0, in: analysis)
            })
        else { return false }
        if isFocus(head, in: analysis) { return true }
        let compounds = words.filter {
            analysis.heads[$0] == head && ["compound", "flat"].contains(analysis.baseRelation($0))
        }
        if compounds.contains(where: { isFocus($0, in: analysis) }) { return true }
        return describes(head, outside: words, in: analysis)
    }

    /// Whether a focus noun outside `words` describes the name headed by `head`.
    func describes(_ head: Int, outside words: Range<Int>, in analysis: SentenceAnalysis) -> Bool {
        let describing: Set<Substring> = ["appos", "compound", "flat"]
        for child in analysis.children[head] where !words.contains(child) && isFocus(child, in: analysis) {
            if describing.contains(analysis.baseRelation(child)) { return true }
        }
        // "religions such as Wicca", "guests like Ann Roe and Bo Tan": an example of the focus noun.
        if let noun = Self.exampleNoun(of: head, in: analysis), !words.contains(noun), isFocus(noun, in: analysis) {
            return true
        }
        let above = analysis.heads[head]
        guard above >= 0, !words.contains(above), isFocus(above, in: analysis) else { return false }
        switch analysis.baseRelation(head) {
        case "appos", "compound", "flat": return true
        // "The Courier is a newspaper": the name is the subject of the copular focus noun.
        case "nsubj": return !analysis.dependents(of: above, "cop").isEmpty
        default: return false
        }
    }

    /// `syntaxes` (one per span) with `SyntaxEvidence.focusFit` set for each span of a person, group or place that
    /// names the focus noun's kind (`names(_:head:in:)`; not a place the gazetteer lists as one, `isListed`, by
    /// the focus noun in its name: the type fit reads that kind already), and lowered for a name of another kind (`isOtherKind`;
    /// for a group, when another name of the sentence is of the focus noun's kind: `isOtherGroup`).
    func applied(
        to syntaxes: [SyntaxEvidence], spans: [TypedSpan], heads: [Int?], in analysis: SentenceAnalysis,
        gazetteer: Gazetteer
    ) -> [SyntaxEvidence] {
        var syntaxes = syntaxes
        var named = Set<Int>()
        for (index, span) in spans.enumerated() where [.person, .group, .location].contains(span.type) {
            guard let head = heads[index], let words = analysis.words(coveringBytes: span.range) else { continue }
            // "New York City" for *which city*: a place the gazetteer lists as of the asked kind fits by that
            // (`CandidateScorer.placeKindFit`) as well as "Seattle" does; its name holding the noun adds nothing.
            // A sentence describing it as one ("Jacksonville is the largest city") still tells.
            let listed = isListed(span, gazetteer: gazetteer)
            if listed, words.contains(where: { isFocus($0, in: analysis) }) { continue }
            if names(words, head: head, in: analysis) || isDescribedByAdjective(words, head: head, in: analysis) {
                syntaxes[index].focusFit = Self.fit
                named.insert(index)
            } else if !listed, isOtherKind(span.text, gazetteer: gazetteer) {
                // "United Kingdom" ends in another place noun, yet the gazetteer lists it as a country.
                syntaxes[index].focusFit = Self.otherKind
            }
        }
        guard !named.isEmpty else { return syntaxes }
        for (index, span) in spans.enumerated() where !named.contains(index) && span.type == .group {
            if isOtherGroup(span.text) { syntaxes[index].focusFit = Self.otherKind }
        }
        return syntaxes
    }

    /// Whether the place span `span` is one the gazetteer lists as of the focus noun's kind ("Seattle", "New York
    /// City" for *which city*).
    func isListed(_ span: TypedSpan, gazetteer: Gazetteer) -> Bool {
        guard span.type == .location,
            let kind = PlaceLexicon.focusKind(stem)
        else { return false }
        return gazetteer.places(named: span.text).contains { $0.kind == kind }
    }

    /// Whether the group name `text` is of another kind than the focus noun's, asked when a name of the sentence
    /// is of the focus noun's kind ("al-Ikhbariya television" for *which television channel*): it ends in the head
    /// noun of an organisation's name ("Civil Defense Authority") that is neither the focus nor one of its kinds,
    /// for a focus that names no organisation itself (for *which agency*, an authority is one).
    func isOtherGroup(_ text: String) -> Bool {
        guard let last = text.split(separator: " ").last?.lowercased(), GroupLexicon.heads.contains(last),
            !kinds.contains(last), SnowballStemmer.stem(last) != stem
        else { return false }
        return !GroupLexicon.heads.contains { SnowballStemmer.stem($0) == stem }
    }

    /// Whether the name `text` is known to be of another kind than the focus noun's: it ends in a place noun
    /// other than the focus ("Arden province" for *which road*), or, for a focus the gazetteer does not list
    /// (*road*, *museum*, *journal*), the gazetteer lists it, or its part before a comma ("Kanata, Ontario"), as a
    /// city, a region or a country.
    func isOtherKind(_ text: String, gazetteer: Gazetteer) -> Bool {
        if let last = text.split(separator: " ").last?.lowercased(), PlaceLexicon.kindNouns.contains(last),
            SnowballStemmer.stem(last) != stem
        {
            return true
        }
        guard !Self.placeStems.contains(stem) else { return false }
        let first = text.split(separator: ",").first.map(String.init) ?? text
        return !gazetteer.places(named: text).isEmpty || !gazetteer.places(named: first).isEmpty
    }
}
