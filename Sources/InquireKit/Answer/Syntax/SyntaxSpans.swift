/// Candidate spans from the analysis of an evidence sentence: recognised names widened to the whole name the
/// tree and the entity tagger see ("Abu Bakr al-Baghdadi", not "Abu Bakr"), and named entities no rule found.
enum SyntaxSpans {
    /// The span types a named entity of each kind stands for.
    static func type(of kind: EntityKind) -> SpanType {
        switch kind {
        case .person: .person
        case .organization: .group
        case .place: .location
        }
    }

    /// `span` widened to the whole name around its head when that name holds it and reaches beyond it, or for a
    /// person or group that is one common noun with an "of" complement, to its noun phrase
    /// (`RoleNounPhrases.specificPhrase`: "the king of France", not "king"; a noun with only a determiner stays
    /// as it is, for `DefiniteDescriptions` to read); the span itself otherwise (and always for numbers, dates
    /// and measures). A place name that only modifies a common
    /// noun after it is widened to that noun ("Camp Mercury nuclear test site", "San Jose State practice
    /// facility"): the place is the thing the noun names.
    static func widened(_ span: TypedSpan, in analysis: SentenceAnalysis, view: SentenceView) -> TypedSpan {
        guard [.person, .group, .location].contains(span.type),
            var covered = analysis.words(coveringBytes: span.range),
            let head = analysis.headWord(coveringBytes: span.range)
        else { return span }
        if span.type != .location, covered.count == 1, analysis.tags[head] == .noun,
            let phrase = RoleNounPhrases.specificPhrase(of: head, in: analysis), phrase.upperBound > head + 1
        {
            // A common noun for people with an "of" complement is its whole noun phrase: "the king of France".
            covered = phrase
        } else if let name = analysis.name(around: head), name.lowerBound <= covered.lowerBound,
            name.upperBound >= covered.upperBound,
            // Not into an entity of another kind ("Tomas Novak of Austria" is a person; the place is "Austria").
            analysis.entity(containing: head).map({ type(of: $0.kind) == span.type }) ?? true
        {
            covered = trimmed(name, around: covered, type: span.type, in: analysis)
        }
        if span.type == .location, let noun = modifiedNoun(of: covered, in: analysis) {
            covered = covered.lowerBound..<(noun + 1)
        } else if span.type == .location, let pair = placePair(from: covered, in: analysis) {
            covered = pair
        }
        if span.type == .location { covered = houseNumber(before: covered, in: analysis)..<covered.upperBound }
        // Bytes, not words, decide: a span that is part of one analysed word ("T" of "AT&T", which the sentence's
        // tokens split and the analysis keeps whole) covers that word yet is narrower than it.
        let bytes = analysis.byteRange(of: covered)
        guard bytes != span.range, bytes.lowerBound <= span.range.lowerBound, bytes.upperBound >= span.range.upperBound
        else { return span }
        guard let words = viewWords(bytes, in: view) else { return span }
        return TypedSpan(view: view, type: span.type, words: words, strength: span.strength)
    }

    /// The whole name `name` found around the recognised words `words`, without what the tree or the entity
    /// tagger let in beyond them that is not part of a name: a title or role word before it ("CEO Michael
    /// Eisner", "Emperor Gegeen Khan": the recogniser cut it off), a relative clause after it ("Kong Duancao who
    /// remained …"), and for a person a measure or common word after it ("Brandon McManus 34-yard field goal").
    static func trimmed(_ name: Range<Int>, around words: Range<Int>, type: SpanType, in analysis: SentenceAnalysis)
        -> Range<Int>
    {
        var lower = name.lowerBound
        while lower < words.lowerBound, isTitle(analysis.lemmas[lower]) { lower += 1 }
        var upper = name.upperBound
        if let relative = (words.upperBound..<upper).first(where: {
            SentenceAnalysis.relativePronouns.contains(analysis.lemmas[$0].lowercased())
                && analysis.tags[$0] == .pron
        }) {
            upper = relative
        }
        upper = beforeLocativePhrase(lower..<upper, in: analysis)
        if type == .person {
            // A person's name ends in a name word: not a number, a punctuation mark or a lower-case common word.
            while upper > words.upperBound {
                let word = analysis.words[upper - 1].text
                let lowerCase = word.first?.isLowercase == true && analysis.tags[upper - 1] != .propn
                guard word.contains(where: \.isNumber) || analysis.tags[upper - 1] == .punct || lowerCase else { break }
                upper -= 1
            }
        }
        return lower..<max(upper, lower + 1)
    }

    /// The end of the name over `name` before a lower-case locative preposition whose phrase modifies a word of
    /// the name before it ("the Al-Ghaza Hotel [near the Masjid Al-Haram]", which the entity tagger reads as one
    /// place): the phrase places the name, it is no part of it. The name's own end otherwise, and when no proper
    /// noun would stand before the preposition.
    static func beforeLocativePhrase(_ name: Range<Int>, in analysis: SentenceAnalysis) -> Int {
        guard
            let preposition = name.dropFirst().first(where: { index in
                let object = analysis.heads[index]
                return analysis.tags[index] == .adp && analysis.words[index].text.first?.isLowercase == true
                    && SentenceAnalysis.locativePrepositions.contains(analysis.words[index].text)
                    && analysis.baseRelation(index) == "case" && object > index
                    && (name.lowerBound..<index).contains(analysis.heads[object])
            }),
            (name.lowerBound..<preposition).contains(where: { analysis.tags[$0] == .propn })
        else { return name.upperBound }
        return preposition
    }

    /// Whether a word is a title or role word written before a name ("CEO", "Emperor", "Chairman").
    static func isTitle(_ word: String) -> Bool {
        let lowered = word.lowercased().replacing(".", with: "")
        return NameLexicon.titles.contains(lowered) || NameLexicon.roles.contains(lowered)
    }

    /// The coordination of two place names that opens with the name over `words`: "Japan and Latin America",
    /// "Germany and Scandinavia" (the first name's one conjunct, a place name or proper noun, right after "and");
    /// nil when the name has no such conjunct, or more than one (a list is left alone), or when the two are the
    /// parties of a mutual relation ("Pakistan and Iran share a border": each borders the other).
    static func placePair(from words: Range<Int>, in analysis: SentenceAnalysis) -> Range<Int>? {
        guard let head = words.first(where: { !words.contains(analysis.heads[$0]) }),
            !SymmetricRelations.isParty(head, in: analysis)
        else { return nil }
        let conjuncts = analysis.dependents(of: head, "conj")
        guard conjuncts.count == 1, let other = conjuncts.first, other >= words.upperBound,
            analysis.tags[other] == .propn || analysis.entity(containing: other)?.kind == .place,
            analysis.entity(containing: other).map({ $0.kind == .place }) ?? true,
            let name = analysis.name(around: other),
            capitalizedModifiers(before: name, of: other, in: analysis) == words.upperBound + 1,
            analysis.lemmas[words.upperBound].lowercased() == "and",
            analysis.heads[words.upperBound] == other || analysis.heads[words.upperBound] == head
        else { return nil }
        return words.lowerBound..<name.upperBound
    }

    /// The start of `name` (headed by `head`) with the capitalised adjectives or nouns right before it that
    /// modify its head ("Latin" of "Latin America", which the tagger reads as an adjective).
    static func capitalizedModifiers(before name: Range<Int>, of head: Int, in analysis: SentenceAnalysis) -> Int {
        var start = name.lowerBound
        while start > 0, analysis.heads[start - 1] == head,
            ["amod", "compound"].contains(analysis.baseRelation(start - 1)),
            analysis.words[start - 1].text.first?.isUppercase == true
        {
            start -= 1
        }
        return start
    }

    /// Nouns of a street, whose name a house number before it belongs to ("7 West 66th Street").
    static let streetNouns: Set<String> = ["street", "avenue", "road", "boulevard", "lane"]

    /// The start of a street name over `words` with its house number: the number right before it that the tree
    /// hangs on the name ("at 7 West 66th Street"); the name's own start otherwise.
    static func houseNumber(before words: Range<Int>, in analysis: SentenceAnalysis) -> Int {
        let number = words.lowerBound - 1
        guard number >= 0, let last = words.last, streetNouns.contains(analysis.words[last].text.lowercased()),
            analysis.tags[number] == .num, words.contains(analysis.heads[number]),
            analysis.words[number].text.allSatisfy(\.isNumber)
        else { return words.lowerBound }
        return number
    }

    /// The common noun right after the name over `words` that the name modifies as a compound, with only its
    /// other compounds and adjectives between ("Camp Mercury [nuclear test] site"); nil when there is none.
    static func modifiedNoun(of words: Range<Int>, in analysis: SentenceAnalysis) -> Int? {
        guard let last = words.last, let head = words.first(where: { !words.contains(analysis.heads[$0]) }),
            analysis.baseRelation(head) == "compound"
        else { return nil }
        let noun = analysis.heads[head]
        guard noun > last, noun - last <= 4, analysis.tags[noun] == .noun else { return nil }
        let between = (last + 1)..<noun
        let modifiers: Set<Substring> = ["compound", "amod"]
        guard
            between.allSatisfy({
                analysis.heads[$0] == noun && modifiers.contains(analysis.baseRelation($0))
                    && [.noun, .adj, .propn].contains(analysis.tags[$0])
            })
        else { return nil }
        return noun
    }

    /// The entity kind of the candidate over `words`: that of the entity holding its head, when the entity lies
    /// within the candidate (an entity reaching beyond it, "Tomas Novak of Austria" around "Austria", says nothing
    /// of the candidate's own kind).
    static func kind(of words: Range<Int>, head: Int, in analysis: SentenceAnalysis) -> EntityKind? {
        guard let entity = analysis.entity(containing: head),
            entity.words.lowerBound >= words.lowerBound, entity.words.upperBound <= words.upperBound
        else { return nil }
        return entity.kind
    }

    /// Spans for the named entities of `analysis` of an expected type that no recognised name covers (for a
    /// person, no recognised person) and that fill the role the question asks about (an entity the rules missed is only worth proposing where the parse
    /// puts it in the answer's place).
    static func entities(
        in analysis: SentenceAnalysis, view: SentenceView, expected: [SpanType], besides spans: [TypedSpan],
        frame: QuestionFrame, relations: RelationLexicon
    ) -> [TypedSpan] {
        var extra: [TypedSpan] = []
        for entity in analysis.entities {
            let type = type(of: entity.kind)
            guard expected.contains(type) else { continue }
            let bytes = analysis.byteRange(of: entity.words)
            // A person the recognisers typed otherwise ("Newton" read as a group) is a person candidate too.
            let covering: Set<SpanType> = type == .person ? [.person] : [.person, .group, .location]
            if spans.contains(where: { $0.range.overlaps(bytes) && covering.contains($0.type) }) { continue }
            guard let head = analysis.headWord(coveringBytes: bytes),
                FrameAlignment.align(frame, with: analysis, candidate: head, relations: relations).role >= 0.7,
                let words = viewWords(bytes, in: view)
            else { continue }
            extra.append(TypedSpan(view: view, type: type, words: words, strength: 0.6))
        }
        return extra
    }

    /// A span of type `type` over the words `words` of `analysis` as `view` holds them (strength 0.8, that of a name
    /// the tree gives), or nil when `view` holds none of them.
    static func span(
        over words: Range<Int>, in analysis: SentenceAnalysis, view: SentenceView, type: SpanType,
        strength: Double = 0.8
    ) -> TypedSpan? {
        viewWords(analysis.byteRange(of: words), in: view).map {
            TypedSpan(view: view, type: type, words: $0, strength: strength)
        }
    }

    /// The words of `view` overlapping the byte range `bytes`, or nil when none does.
    static func viewWords(_ bytes: Range<Int>, in view: SentenceView) -> Range<Int>? {
        // Binary search for the first word ending after the range starts: O(log n) in a long sentence.
        var low = 0
        var high = view.words.count
        while low < high {
            let middle = (low + high) / 2
            if view.words[middle].range.upperBound <= bytes.lowerBound { low = middle + 1 } else { high = middle }
        }
        var end = low
        while end < view.words.count, view.words[end].range.lowerBound < bytes.upperBound { end += 1 }
        return end > low ? low..<end : nil
    }
}
