/// Scores one typed span as the answer to a question: the fit of its type, the question terms around it
/// (weighted by idf, decaying with distance), the wh-slot it fills, the sentence it stands in, and penalties for
/// repeating the question's words or counting the wrong noun. Each part is kept by name for explanations.
struct CandidateScorer: Sendable {
    /// The question's shape.
    let shape: QuestionShape
    /// Question term → idf weight.
    let weights: [String: Double]
    /// The span types expected, best first.
    let expected: [SpanType]
    /// The gazetteer that tells a place's kind.
    let gazetteer: Gazetteer
    /// The TREC label of the expected answer type ("LOC:city").
    var answerType: String = ""
    /// Whether no sentence of the corpus holds the question's predicate (`QuestionShape.predicate`).
    var unknownPredicate = false
    /// How many of the question's terms no sentence of the corpus holds.
    var absentTerms = 0
    /// The idf-weighted share of the question's terms some sentence of the corpus holds (0…1).
    var presentShare = 1.0
    /// Whether the question names a unit of measure ("How many miles …"), in any spelling.
    var asksForUnit = false
    /// The short forms the question writes or spells out: a candidate that is the question's own name in another
    /// form ("MVP" for *the Most Valuable Player*) is no answer.
    var acronyms = QuestionAcronyms.none
    /// The stem of the noun the question's parse says a *how many* question counts ("species" of "How many plant
    /// species make up …?", where the surface reading stops at the verb).
    var parsedCountedStem: String?
    /// Whether the question asks for several things at once by a numeral (*Which two provinces …?*;
    /// `CountedConjuncts`): a coordination answers it.
    var asksForSeveral = false
    /// How well a coordination of people or groups fits a question that does not ask for several by its words:
    /// poorly (0.5), or as well as one name for a *who* question (`CoordinatedNames`).
    var coordinationFit = 0.5

    /// The parts of the span's score (its ranking score is `ScoreParts.base`), or nil when the span cannot answer
    /// (wrong type, only question words).
    func score(_ span: TypedSpan, in match: SentenceMatch, syntax: SyntaxEvidence = .none) -> ScoreParts? {
        guard let rank = expected.firstIndex(of: span.type), !measuresOtherUnit(span),
            !acronyms.names(span, in: match.view)
        else { return nil }
        let spanStems = span.tokens.flatMap { match.stems[$0] }
        let repeated = spanStems.filter { shape.terms.contains($0) && $0 != shape.focus }.count
        if !spanStems.isEmpty, repeated == spanStems.count { return nil }
        var parts = ScoreParts()
        parts.repetition =
            spanStems.isEmpty || namesOtherPlace(span, in: match)
            ? 1.0 : 1.0 - 0.7 * Double(repeated) / Double(spanStems.count)
        var typeFit =
            span.strength * (rank == 0 ? 1.0 : 0.75) * placeKindFit(span, in: match.view)
            * kindFactor(span, syntax, match) * syntax.focusFit * syntax.placeFit * syntax.roleFit
        if span.type == .person || span.type == .group, span.tokens.count > 2,
            span.tokens.dropFirst().dropLast().contains(where: { match.view.term($0) == "and" }),
            !NamingAnswers.isWholeQuotation(span, in: match.view)
        {
            // A coordination answers a question asking for several, and is a poor answer otherwise
            // (`coordinationFit`); a whole quotation ("\"Cowboys and Indians\"") is a title, no coordination.
            typeFit *= shape.plural || asksForSeveral ? 1.25 : coordinationFit
        }
        if span.type == .location, Self.locatesOther(span, in: match.view) { typeFit *= Self.relativePlaceFactor }
        parts.type = typeFit
        parts.proximity = context(span, in: match)
        parts.slot = slot(span, in: match)
        if span.type == .count {
            parts.focus =
                shape.countedStems.isEmpty
                ? (span.countedNoun.map { shape.terms.contains($0) ? 1 : 0.7 } ?? 0.8)
                : focusFit(span, in: match)
            parts.focus *= syntax.countFit
        }
        parts.sentence = match.strength
        parts.role = syntax.role
        parts.coverage = match.coverage
        parts.relation = match.relation
        parts.unknownPredicate = unknownPredicate
        parts.predicateFound = syntax.alignment.predicateFound
        parts.arguments = syntax.alignment.predicateFound ? syntax.alignment.arguments : 0
        parts.absentTerms = absentTerms
        parts.presentShare = presentShare
        parts.missingTerms = Self.missingTerms(of: shape, in: match)
        return parts
    }

    /// The type factor of a place that only locates another one ("one block away from Central Park").
    static let relativePlaceFactor = 0.3
    /// Compass words that place something relative to a place after "of" ("north of London").
    static let compassWords: Set<String> = [
        "north", "south", "east", "west", "northeast", "northwest", "southeast", "southwest",
    ]
    /// Nouns of distance that are no units of measure ("one block away from").
    static let distanceNouns: Set<String> = ["block", "blocks"]

    /// Whether the place `span` only says where something else is, relative to it: after a distance or a compass
    /// word and "from" or "of" ("one block away from Central Park", "ten miles from Paris", "north of London").
    /// Where the thing is, is the phrase, not the place it is measured from.
    static func locatesOther(_ span: TypedSpan, in view: SentenceView) -> Bool {
        var before = span.tokens.lowerBound - 1
        if before >= 0, QuestionShape.determiners.contains(view.term(before)) { before -= 1 }
        guard before >= 1, ["from", "of"].contains(view.term(before)) else { return false }
        var word = before - 1
        if compassWords.contains(view.term(word)) { return view.term(before) == "of" }
        if ["away", "far"].contains(view.term(word)) { word -= 1 }
        guard word >= 0 else { return false }
        return MeasureLexicon.unitKey(view.term(word)) != nil || distanceNouns.contains(view.term(word))
    }

    /// Whether `span` is a place named by a place noun the question does not use ("the Paramount Building" for a
    /// question about Paramount Theatres): the question's words before that noun name another thing after which
    /// the place is called, so they are not the question repeated.
    func namesOtherPlace(_ span: TypedSpan, in match: SentenceMatch) -> Bool {
        guard let last = Self.placeNoun(endingName: span, in: match) else { return false }
        return match.stems[last].allSatisfy { !shape.terms.contains($0) }
    }

    /// The last word of `span` when `span` is a place name of more than one word ending in a place noun ("SAP
    /// Center", "the Paramount Building"); nil otherwise.
    static func placeNoun(endingName span: TypedSpan, in match: SentenceMatch) -> Int? {
        guard span.type == .location, span.tokens.count > 1, let last = span.tokens.last,
            PlaceLexicon.suffixes.contains(match.view.term(last))
        else { return nil }
        return last
    }

    /// The entity kind's factor for the span's type (`SyntaxEvidence.kindFactor`), except that a place whose
    /// name ends in a place noun ("SAP Center", "Levi's Stadium") or names an institution one can be at
    /// ("University of Veldt", `PlaceLexicon.namesInstitution`) is a place whatever organisation the entity tagger
    /// takes it for, and that for a *where* question a name the tagger alone calls a person's is read as untagged
    /// (`PersonTaggedPlaces`).
    func kindFactor(_ span: TypedSpan, _ syntax: SyntaxEvidence, _ match: SentenceMatch) -> Double {
        if syntax.entityKind == .organization, Self.placeNoun(endingName: span, in: match) != nil { return 1 }
        if span.type == .location, syntax.entityKind == .organization,
            PlaceLexicon.namesInstitution(span.tokens.map { match.view.term($0) })
        {
            return 1
        }
        if expected == [.location], span.type == .location, syntax.entityKind == .person,
            !PersonTaggedPlaces.namesPerson(span, in: match.view, gazetteer: gazetteer)
        {
            return 1
        }
        return syntax.kindFactor(for: span.type)
    }

    /// How many of the question's terms `match`'s sentence lacks.
    static func missingTerms(of shape: QuestionShape, in match: SentenceMatch) -> Int {
        shape.terms.count { match.occurrences[$0] == nil }
    }

    /// Whether `span` is a number of a unit of measure ("900-kilometer", "5,000m") while the question counts
    /// something and names no unit ("How many smugglers …?"): a length or weight counts no people or things.
    func measuresOtherUnit(_ span: TypedSpan) -> Bool {
        guard span.type == .count, let counted = span.countedNoun, counted.hasPrefix("unit:") else { return false }
        return !shape.countedStems.isEmpty && !asksForUnit
    }

    /// For the finer place types, how well a place span fits: a span holding the focus noun ("Sistan and
    /// Baluchestan province" for "which province"), or a gazetteer place of the asked kind (`placeKind`: a city
    /// for *which town* or `LOC:city`, a country for *which nation* or `LOC:country`, "United Kingdom" too), fits
    /// best; a span ending in another kind noun ("Arden province" for "which country") fits half; a demonym's
    /// ground ("Pakistani soil") is its country (`DemonymCountries`).
    func placeKindFit(_ span: TypedSpan, in view: SentenceView) -> Double {
        guard span.type == .location, let kind = placeKind else { return 1 }
        if let focus = shape.focus, span.text.lowercased().contains(focus) { return 1.15 }
        if kind == .country, DemonymCountries.country(of: span, in: view, gazetteer: gazetteer) != nil { return 1.15 }
        // A gazetteer place of the asked kind fits, even named with a kind noun ("United Kingdom", "Dominican
        // Republic" for "which country").
        let places = gazetteer.places(named: span.text)
        if places.contains(where: { $0.kind == kind }) { return 1.15 }
        // "Arden province" for "which country": a place named with a kind noun (other than the focus) is of that
        // kind, not the asked one.
        if let last = span.text.split(separator: " ").last?.lowercased(),
            PlaceLexicon.kindNouns.contains(last)
        {
            return 0.5
        }
        return places.isEmpty ? 1 : 0.8
    }

    /// Whether the question asks for a country: by its focus noun (*Which nation …?*) or its answer type.
    var asksForCountry: Bool { placeKind == .country }

    /// The kind of place the question asks for, if it asks for a city, a country or a state
    /// (`PlaceLexicon.askedKind`).
    var placeKind: PlaceKind? { PlaceLexicon.askedKind(answerType: answerType, focus: shape.focus) }

    /// The idf-weighted question terms around the span, each counted once at its nearest occurrence outside the
    /// span and decaying with distance; normalised by the weight of all question terms.
    func context(_ span: TypedSpan, in match: SentenceMatch) -> Double {
        // Summed in term order, so the sum's last binary digits are the same on every run.
        let total = weights.keys.sorted().reduce(0.0) { $0 + (weights[$1] ?? 0) }
        guard total > 0 else { return 0 }
        var found = 0.0
        for term in match.occurrences.keys.sorted() {
            let positions = match.occurrences[term] ?? []
            // The nearest occurrence outside the span: the last before it or the first after it (binary search).
            let before = Self.firstIndex(in: positions, atLeast: span.tokens.lowerBound)
            let after = Self.firstIndex(in: positions, atLeast: span.tokens.upperBound)
            var nearest = Int.max
            if before > 0 { nearest = SentenceMatch.distance(positions[before - 1], to: span.tokens) }
            if after < positions.count {
                nearest = min(nearest, SentenceMatch.distance(positions[after], to: span.tokens))
            }
            guard nearest != Int.max else { continue }
            found += (weights[term] ?? 0) / (1 + Double(nearest - 1) / 4)
        }
        return min(1, found / total)
    }

    /// How well the span fills the wh-word's slot: the subject before the question's verb, the object after it,
    /// the agent after "by", the name beside the asked-about noun, the place after "in", "at" or "near".
    ///
    /// Every rule looks at most `window.before` words before the span and `window.after` words after it, so only
    /// the verb and noun positions in that window are visited (found by binary search), and punctuation between
    /// two words is a lookup in the sentence's prefix counts: the time per span is about constant, not linear in
    /// the sentence's length (which made answer extraction cubic in it).
    func slot(_ span: TypedSpan, in match: SentenceMatch) -> Double {
        let view = match.view
        let start = span.tokens.lowerBound
        let end = span.tokens.upperBound
        var best = 0.0
        if let verb = shape.verb {
            // A subject inside an "of" phrase scores 0.2 before a verb at any distance with no punctuation between.
            if shape.slot == .subject, Self.insideOfPhrase(view, start) {
                let clause = view.nextPunctuated(from: end - 1)
                let all = positions(of: verb, in: match)
                let first = Self.firstIndex(in: all, atLeast: end)
                if first < all.count, all[first] <= clause { best = 0.2 }
            }
            for position in positions(of: verb, in: match, near: span.tokens) {
                switch shape.slot {
                case .subject:
                    // Only positions near the span count below (at most `window.after` words after it).
                    let clean = end <= position && !view.punctuated(within: (end - 1)..<position)
                    // "a deputy governor of Iran’s … province confirmed": the head before "of" is the subject,
                    // the name inside the "of" phrase is not.
                    if clean, Self.insideOfPhrase(view, start) { best = max(best, 0.2); break }
                    if clean, position - end <= 2 { best = max(best, 1) }
                    if clean, view.term(end) == "of", position - end <= 8 { best = max(best, 1) }
                    if start == position + 2, view.term(position + 1) == "by" { best = max(best, 1) }
                    if clean, position - end <= 8 { best = max(best, 0.4) }
                    // "Various insurgent groups, including …, operate": the subject before a parenthesis.
                    if end <= position, Self.closesParenthesis(view, from: end, to: position) { best = max(best, 1) }
                case .object, .passive:
                    // "recovered it for Carolina": a place after a preposition that names no place fills no
                    // object slot.
                    if span.type == .location, Self.afterNonPlacePreposition(view, start) { break }
                    if start > position, start - position <= 3 { best = max(best, 1) }
                    if start > position, start - position <= 6, shape.strandedPreposition == nil,
                        !view.punctuated(within: position..<(start - 1))
                    {
                        best = max(best, 0.7)
                    }
                    if end <= position, position - end <= 2, shape.slot == .passive { best = max(best, 0.5) }
                default:
                    break
                }
            }
        }
        if let noun = shape.noun {
            for position in positions(of: noun, in: match, near: span.tokens) {
                // "NFL Commissioner Roger Goodell"; "Goodell, the commissioner", "Goodell as commissioner"
                if start == position + 1, view.spaced(position) { best = max(best, 1) }
                if end <= position, position - end <= 3 { best = max(best, 0.8) }
                // "Anderson was the team’s leading rusher": a copula between the name and the noun.
                if end <= position, position - end <= 6,
                    (end..<position).contains(where: { QuestionShape.copulas.contains(view.term($0)) }),
                    !view.punctuated(within: (end - 1)..<position)
                {
                    best = max(best, 1)
                }
            }
        }
        // The word before the span, past a determiner, a possessor and a place noun with "of": "at the Moscone
        // Center", "in Pakistan’s Baluchistan province", "near the town of Saravan" → "at", "in", "near".
        var before = start - 1
        if before >= 1, view.term(before) == "of", PlaceLexicon.introducers.contains(view.term(before - 1)) {
            before -= 2
        }
        if before >= 0, view.possessive(before), view.isCapitalized(before) { before -= 1 }
        if before >= 0, QuestionShape.determiners.contains(view.term(before)) { before -= 1 }
        let preposition = before >= 0 ? view.term(before) : ""
        if span.type == .location, PlaceLexicon.whereCues.contains(preposition) {
            // With a stranded preposition the question names its preposition; others cue less.
            best = max(best, shape.strandedPreposition == nil ? 0.6 : 0.3)
        }
        // "Halford Mackinder of Britain": a place tied by "of" or "from" to a name the question asks about.
        if span.type == .location, start >= 2, ["of", "from"].contains(view.term(start - 1)),
            // Not when the question strands another preposition ("Where did it extend … to?" over "from X to Y").
            shape.strandedPreposition.map({ ["of", "from"].contains($0) }) ?? true,
            match.occurrences.values.contains(where: { Self.holds($0, start - 2) }), view.isCapitalized(start - 2)
        {
            best = max(best, 0.8)
        }
        if let stranded = shape.strandedPreposition,
            preposition == stranded || (stranded == "toward" && preposition == "towards")
        {
            best = max(best, 1)
        }
        return best
    }

    /// Prepositions whose object is no place the verb's object slot stands for ("for Carolina", "by Tehran").
    static let nonPlacePrepositions: Set<String> = ["for", "by", "with", "as", "about", "against", "than", "like"]

    /// Whether the span starting at `start` follows one of `nonPlacePrepositions`, past a determiner.
    static func afterNonPlacePreposition(_ view: SentenceView, _ start: Int) -> Bool {
        var before = start - 1
        if before >= 1, QuestionShape.determiners.contains(view.term(before)) { before -= 1 }
        return before >= 0 && nonPlacePrepositions.contains(view.term(before))
    }

    /// Whether the span starting at `start` stands in an "of" phrase ("of Iran’s Sistan and Baluchestan").
    static func insideOfPhrase(_ view: SentenceView, _ start: Int) -> Bool {
        var before = start - 1
        if before >= 0, view.possessive(before) { before -= 1 }
        if before >= 0, QuestionShape.determiners.contains(view.term(before)) { before -= 1 }
        return before >= 0 && view.term(before) == "of"
    }

    /// Whether the words from `end` to `verb` are a parenthesis set off by commas that closes right before the
    /// verb: "groups, including the … group targeted by Tehran, operate".
    static func closesParenthesis(_ view: SentenceView, from end: Int, to verb: Int) -> Bool {
        guard end >= 1, verb - end >= 2, verb - end <= 25, view.punctuated(after: verb - 1),
            view.punctuated(after: end - 1)
        else { return false }
        func comma(after index: Int) -> Bool {
            view.bytes[view.words[index].range.upperBound..<view.words[index + 1].range.lowerBound].contains(
                UInt8(ascii: ","))
        }
        guard comma(after: end - 1), comma(after: verb - 1) else { return false }
        return !view.punctuated(within: end..<(verb - 1))
    }

    /// How far from a span the rules of `slot` look: words before its start and after its end.
    static let window = (before: 6, after: 25)

    /// The word positions of a stem in the sentence, ascending.
    func positions(of stem: String, in match: SentenceMatch) -> [Int] {
        match.occurrences[stem] ?? match.positions(of: stem)
    }

    /// The positions of a stem within `window` of `span`, ascending (binary search, then the few inside).
    func positions(of stem: String, in match: SentenceMatch, near span: Range<Int>) -> ArraySlice<Int> {
        let all = positions(of: stem, in: match)
        let lower = Self.firstIndex(in: all, atLeast: span.lowerBound - Self.window.before)
        let upper = Self.firstIndex(in: all, atLeast: span.upperBound + Self.window.after + 1)
        return all[lower..<max(lower, upper)]
    }

    /// The index of the first element of the ascending `values` that is at least `bound` (`values.count` if none).
    static func firstIndex(in values: [Int], atLeast bound: Int) -> Int {
        var low = 0
        var high = values.count
        while low < high {
            let middle = (low + high) / 2
            if values[middle] < bound { low = middle + 1 } else { high = middle }
        }
        return low
    }

    /// Whether the ascending `values` hold `value` (binary search).
    static func holds(_ values: [Int], _ value: Int) -> Bool {
        let index = firstIndex(in: values, atLeast: value)
        return index < values.count && values[index] == value
    }

    /// For counts: 1 when the counted noun is the question's focus, less when it counts something else; a
    /// number with no noun after it takes the focus from the words just before it ("sacks with 11").
    func focusFit(_ span: TypedSpan, in match: SentenceMatch) -> Double {
        let countedStems = shape.countedStems.union(parsedCountedStem.map { [$0] } ?? [])
        if let counted = span.countedNoun {
            // "How many square kilometers …" keeps "kilomet" only; "7,000,000 square kilometres" counts the unit.
            if countedStems.contains(counted)
                || (counted.hasPrefix("unit:")
                    && countedStems.contains { MeasureLexicon.unitKey(stem: $0) == counted })
            {
                return 1
            }
            if match.stems.indices.contains(span.tokens.upperBound),
                match.stems[span.tokens.upperBound...].prefix(3).contains(where: {
                    !countedStems.isDisjoint(with: $0)
                })
            {
                return 1
            }
            // Counting another word of the question ("forced him into three turnovers") fits half-way.
            return shape.terms.contains(counted) ? 0.8 : 0.35
        }
        let before = match.stems[max(0, span.tokens.lowerBound - 4)..<span.tokens.lowerBound]
        if before.contains(where: { !countedStems.isDisjoint(with: $0) }) { return 0.9 }
        return 0.55
    }
}
