/// The analyses an extractor reads: the question's, and a way to get each corpus sentence's (by index and text;
/// nil when it cannot be analysed).
package struct AnalysisSource: Sendable {
    /// The analysis of the question.
    package let question: SentenceAnalysis
    /// The analysis of a corpus sentence, by index and text.
    package let sentence: @Sendable (Int, String) -> SentenceAnalysis?

    /// Creates a source.
    package init(question: SentenceAnalysis, sentence: @escaping @Sendable (Int, String) -> SentenceAnalysis?) {
        self.question = question
        self.sentence = sentence
    }
}

/// Picks the answer to an analysed question from retrieved sentences: typed spans of the expected type from the
/// top sentences and their neighbours, scored by `CandidateScorer`, merged across sentences (agreement), and
/// withheld when the calibrated confidence falls below `threshold`.
public struct AnswerExtractor: Sendable {
    /// Below this confidence the answer is withheld ("no answer found").
    public var threshold: Double
    /// How many retrieved sentences are searched for spans.
    public var sentencesSearched: Int
    /// The span recogniser.
    package let recognizer: SpanRecognizer
    /// The gazetteer and lexicons the recogniser, the scorer and the relation checks read.
    let resources: Engine.Resources
    /// The calibrated confidence.
    package var confidence: ConfidenceModel

    /// The default threshold: chosen on development data with the fitted confidence model (see the README).
    public static let defaultThreshold = ConfidenceWeights.threshold

    /// Creates an extractor reading `resources`, with the fitted confidence model.
    public init(
        resources: Engine.Resources, threshold: Double = AnswerExtractor.defaultThreshold, sentencesSearched: Int = 5
    ) {
        self.init(
            resources: resources, threshold: threshold, sentencesSearched: sentencesSearched, confidence: .fitted)
    }

    /// Creates an extractor reading `resources`, with the confidence model `confidence`.
    package init(
        resources: Engine.Resources, threshold: Double, sentencesSearched: Int, confidence: ConfidenceModel
    ) {
        self.threshold = threshold
        self.sentencesSearched = sentencesSearched
        self.resources = resources
        self.recognizer = SpanRecognizer(gazetteer: resources.gazetteer)
        self.confidence = confidence
    }

    /// Answers `question` from `hits` (best first) over `corpus`, whose terms have document frequencies in `index`.
    /// The loops over sentences and spans check `cancellation` and give up (no answer) once it is raised.
    public func answer(
        _ question: QuestionAnalysis, hits: [SearchHit], corpus: Corpus, index: SentenceIndex, alternatives k: Int,
        cancellation: Cancellation? = nil
    ) -> Answer {
        answer(
            question, hits: hits, corpus: corpus, index: index, alternatives: k, analyses: nil,
            cancellation: cancellation)
    }

    /// Answers `question` as above, reading the dependency parses and entities of `analyses` (the question's
    /// and each searched sentence's) when given: spans are widened to whole names, named entities become
    /// candidates, and each candidate is scored by the role it fills and the kind of entity it is.
    package func answer(
        _ question: QuestionAnalysis, hits: [SearchHit], corpus: Corpus, index: SentenceIndex, alternatives k: Int,
        analyses: AnalysisSource?, cancellation: Cancellation? = nil
    ) -> Answer {
        let shape = QuestionShape(question)
        let weights = Self.termWeights(shape, type: question.answerType, idf: index.idf(of:))
        guard let best = hits.first, best.score > 0 else {
            return Answer(
                question: question, text: nil, kind: .none, confidence: 0, evidence: nil, alternatives: [],
                candidates: [], hits: hits)
        }
        let cancelled = Answer(
            question: question, text: nil, kind: .none, confidence: 0, evidence: nil, alternatives: [],
            candidates: [], hits: hits)
        let matches = sentences(hits, corpus: corpus, shape: shape, weights: weights, cancellation: cancellation)
        if cancellation?.isCancelled == true || matches.isEmpty { return cancelled }
        let frame = analyses.map { QuestionFrame($0.question) }
        let typed = NamingAnswers.expected(SpanType.expected(for: question.answerType), frame: frame)
        // "Which newspaper …?": a name answers a question about one thing of a kind no recogniser knows.
        let named = typed.isEmpty && question.asksForNamedInstance ? NamingAnswers.nameTypes : typed
        // "What fell onto the mosque?": a noun phrase in the asked role answers, when one fills it
        // (`ThingNounPhrases`); the best sentence otherwise.
        let things = named.isEmpty && ThingNounPhrases.applies(to: question, frame: frame)
        // "What jersey did the team wear?": a noun phrase in the asked role answers after the names
        // (`ThingNounPhrases.afterNames`).
        let thingsAfterNames = ThingNounPhrases.afterNames(typed: typed, named: named, question: question, frame: frame)
        let expected: [SpanType] = things ? [.thing] : thingsAfterNames ? named + [.thing] : named
        // "Which journal …?": names headed by the focus noun are candidates, and fit better.
        var focusNames =
            expected.contains(where: { [.person, .group, .location].contains($0) })
            ? FocusNames(question: question) : nil
        focusNames?.adjectives = frame.map(FocusNames.adjectives) ?? []
        focusNames?.kinds.formUnion(frame.map(FocusNames.compoundKinds) ?? [])
        // "Which newspaper does X write for?": the group named next to X ("X of the Courier") answers.
        let affiliated = AffiliatedNames(
            question: question, frame: frame, expected: expected, nouns: resources.nouns)
        // "Which country's tourism board …?": the name before the noun in "the Ruritania Tourism board" answers.
        let compoundPossessors = CompoundPossessors(question: question, frame: frame)
        // "What programme is X part of?": the object of "part of" in the evidence answers.
        let strandedNoun =
            ["which", "what"].contains(question.whWord ?? "")
            ? analyses.flatMap { StrandedNounObjects(question: $0.question) } : nil
        // "Who besides the British …?": a conjunct of the party the question names fills the asked role.
        let companions = analyses.flatMap { CompanionConjuncts(question: $0.question) }
        let bestMatch = matches.max { rankKey($0) < rankKey($1) } ?? matches[0]
        let absent = Self.absentTerms(of: shape, weights: weights, index: index)
        if expected.isEmpty {
            return sentenceAnswer(question, best: bestMatch, shape: shape, absent: absent, hits: hits, corpus: corpus)
        }
        var scorer = CandidateScorer(
            shape: shape, weights: weights, expected: expected, gazetteer: resources.gazetteer,
            answerType: question.answerType.rawValue)
        let questionWords = question.tokens.isEmpty ? QuestionTokenizer.tokenize(question.text).tokens : question.tokens
        let loweredWords = questionWords.map(\.lower)
        scorer.asksForUnit = questionWords.contains { MeasureLexicon.unitKey($0.text) != nil }
        scorer.acronyms = QuestionAcronyms(question: questionWords)
        scorer.parsedCountedStem = frame?.countedNoun.map { SnowballStemmer.stem($0) }
        // "Which two provinces …?": a coordination of that many names answers.
        let askedCount = CountedConjuncts.askedCount(
            loweredWords, focus: question.focus, asked: question.focusAsAsked)
        scorer.asksForSeveral = askedCount != nil
        // "Who did the Mongols send …?": a coordination of names may answer a who question (`CoordinatedNames`).
        let coordinated = CoordinatedNames.applies(
            whWord: question.whWord, words: loweredWords, askedCount: askedCount)
        if coordinated { scorer.coordinationFit = CoordinatedNames.fit }
        (scorer.absentTerms, scorer.presentShare) = (absent.count, absent.presentShare)
        // Long is the best hit's document, not the corpus: over a corpus of paragraphs none is long.
        let longText = UnstatedRelation.isLong(documentOf: best.sentence, in: corpus)
        scorer.unknownPredicate =
            shape.predicate.map { predicate in
                StatedOutsideNames.predicateUnknown(
                    predicate, relations: resources.relations, index: index, longText: longText,
                    text: { corpus.sentences[$0].text })
            } ?? false
        // Over a long text, a predicate stated only apart from the question's other arguments (`RelationApart`); a
        // verb predicate is looked for over the whole article.
        let verbPredicate = frame.flatMap { frame in frame.predicate.map { frame.analysis.tags[$0] == .verb } } ?? false
        let apart =
            longText && !scorer.unknownPredicate
            ? frame.flatMap { RelationApart.relation(of: $0, relations: resources.relations) }.flatMap { relation in
                RelationApart.isApart(
                    relation, hits: hits.map(\.sentence), document: corpus.sentences[best.sentence].document,
                    verbPredicate: verbPredicate,
                    corpus: corpus, index: index, analyses: analyses, relations: resources.relations) ? relation : nil
            } : nil
        var candidates: [Candidate] = []
        // Candidates `UnstatedRelation` ruled out, scored as the others, to say why there is no answer.
        var ruledOut: [Candidate] = []
        // Candidates of sentences naming other years than the question's (`ConflictingYears`), for `:why` alone.
        var ofOtherYears: [Candidate] = []
        let askedYears = ConflictingYears.years(in: question.text)
        // The parts of candidates `PlaceFallback` gave a role, as they were without it (by candidate index).
        var withoutFallback: [Int: ScoreParts] = [:]
        // "How many children were killed when Iran attacked Pakistan …?": the clause's words, and the most of them
        // a searched sentence states (`CountClauses`).
        let clause = frame.map(CountClauses.stems(of:)) ?? []
        let clauseShares =
            clause.isEmpty
            ? [Double](repeating: 0, count: matches.count)
            : matches.map { CountClauses.share(clause, in: Set($0.stems.joined()), relations: resources.relations) }
        let bestClause = clauseShares.max() ?? 0
        for (position, match) in matches.enumerated() {
            if cancellation?.isCancelled == true { return cancelled }
            let parsed = analyses?.sentence(match.sentence, corpus.sentences[match.sentence].text)
            // Over a text longer than a paragraph, what the sentence states of other participants is no answer.
            let documentSentences = corpus.documentSentenceCount(of: match.sentence)
            let longDocument = UnstatedRelation.isLong(sentences: documentSentences)
            // The sentence before matters only for a pronoun of this one: analysed only then.
            let previous =
                parsed.map(Antecedent.hasPronoun) == true
                ? analyses.flatMap { previousAnalysis(of: match.sentence, corpus: corpus, analyses: $0) } : nil
            var antecedent = previous.map(Antecedent.lemmas(ofSubjectOf:)) ?? []
            // "The game was played at …" after "Super Bowl 50 was a … game": the description refers back.
            if let parsed, let analyses, AnaphoricDescriptions.subject(of: parsed) != nil {
                antecedent.formUnion(
                    AnaphoricDescriptions.lemmas(
                        for: parsed, earlier: earlierAnalyses(of: match.sentence, corpus: corpus, analyses: analyses)))
            }
            var spans = recognizer.spans(in: match.view)
            if let parsed, let frame {
                spans += SyntaxSpans.entities(
                    in: parsed, view: match.view, expected: expected, besides: spans, frame: frame,
                    relations: resources.relations)
                spans += PlaceNounPhrases.spans(
                    in: parsed, view: match.view, besides: spans, frame: frame, relations: resources.relations,
                    kinds: expected == [.location] ? resources.nouns : nil)
                spans += LocativeAdverbs.spans(
                    in: parsed, view: match.view, besides: spans, frame: frame, relations: resources.relations)
                if expected.contains(.person) || expected.contains(.group) {
                    spans += HyphenAgents.spans(
                        in: parsed, view: match.view, besides: spans, frame: frame, relations: resources.relations)
                    spans += RoleNounPhrases.spans(
                        in: parsed, view: match.view, besides: spans, frame: frame, relations: resources.relations,
                        nouns: resources.nouns)
                }
            }
            if things || thingsAfterNames, let parsed, let frame {
                spans += ThingNounPhrases.spans(
                    in: parsed, view: match.view, frame: frame, relations: resources.relations)
            }
            if let parsed, let frame, frame.role == .name {
                spans += NamingAnswers.complements(in: parsed, view: match.view, type: expected[0])
            }
            if TitleCaseLines.isTitleCased(corpus.sentences[match.sentence].text) {
                spans = TitleCaseLines.names(
                    among: spans, commonStems: TitleCaseLines.commonStems(aroundSentence: match.sentence, in: corpus))
            }
            // After the headline rule: a name headed by the focus noun is a name even in a title-cased line.
            if let parsed, let focusNames {
                spans += focusNames.spans(in: parsed, view: match.view, type: expected[0])
                spans += focusNames.adjectiveSpans(in: parsed, view: match.view, type: expected[0])
                // "religions such as Wicca": names given as examples of the focus noun.
                spans += focusNames.exampleSpans(in: parsed, view: match.view, type: expected[0])
            }
            if let parsed, let affiliated {
                spans += affiliated.spans(in: parsed, view: match.view, type: .group, gazetteer: resources.gazetteer)
            }
            if let parsed, let compoundPossessors, let type = expected.first {
                spans += compoundPossessors.spans(in: parsed, view: match.view, type: type)
            }
            if let parsed, let askedCount {
                spans += CountedConjuncts.spans(in: parsed, view: match.view, besides: spans, count: askedCount)
            }
            if let parsed, coordinated {
                spans += CoordinatedNames.spans(in: parsed, view: match.view, besides: spans)
            }
            if let parsed, let strandedNoun {
                spans += strandedNoun.spans(in: parsed, view: match.view, type: expected[0], besides: spans)
            }
            var syntaxes = [SyntaxEvidence](repeating: .none, count: spans.count)
            var heads = [Int?](repeating: nil, count: spans.count)
            // Names that modify a common noun or are bare numerals (`NameModifiers`) are no candidates.
            var excluded = Set<Int>()
            let persons = Set(spans.filter { $0.type == .person }.map(\.tokens))
            for (number, recognized) in spans.enumerated() {
                if number % 32 == 31, cancellation?.isCancelled == true { return cancelled }
                guard let parsed, let frame else { break }
                let whole = NamedDescriptions.withoutTrailingModifiers(
                    SyntaxSpans.widened(recognized, in: parsed, view: match.view), in: parsed, view: match.view)
                let span = CountedPeople.reread(
                    BalancedSpans.balanced(
                        CountedNouns.reread(
                            PersonNameSpans.describedPerson(
                                PersonNameSpans.adjusted(
                                    whole, in: match.view, analysis: parsed, names: recognizer.names),
                                in: match.view, analysis: parsed, persons: persons),
                            in: parsed), in: match.view), asked: frame.countedNoun, in: parsed, nouns: resources.nouns)
                spans[number] = span
                // A name cut from its description keeps the description's place in the tree and its entity kind.
                let lower = min(whole.range.lowerBound, span.range.lowerBound)
                let analysed = lower..<max(whole.range.upperBound, span.range.upperBound)
                guard let head = parsed.headWord(coveringBytes: analysed) else { continue }
                heads[number] = head
                if NameModifiers.excludes(span, head: head, in: parsed) { excluded.insert(number) }
                syntaxes[number] = SyntaxEvidence(
                    alignment: FrameAlignment.align(
                        frame, with: parsed, candidate: head, antecedent: antecedent,
                        relations: resources.relations),
                    entityKind: parsed.words(coveringBytes: analysed).flatMap {
                        SyntaxSpans.kind(of: $0, head: head, in: parsed)
                    },
                    acts: parsed.relations[head] == "nsubj" && parsed.heads[head] >= 0
                        && parsed.tags[parsed.heads[head]] == .verb)
                syntaxes[number].namesThing =
                    parsed.tags[head] == .noun && resources.nouns.namesThing(parsed.lemmas[head].lowercased())
                if span.type == .count {
                    syntaxes[number].countFit =
                        CountAlignment.fit(frame, number: head, in: parsed)
                        * CountClauses.factor(share: clauseShares[position], best: bestClause)
                }
            }
            if let parsed {
                syntaxes = DescribedNames.applied(
                    to: syntaxes, spans: spans, heads: heads, in: parsed, view: match.view)
                syntaxes = NamedDescriptions.applied(to: syntaxes, spans: spans, heads: heads, in: parsed)
                syntaxes = companions?.applied(to: syntaxes, heads: heads, in: parsed) ?? syntaxes
                syntaxes =
                    focusNames?.applied(
                        to: syntaxes, spans: spans, heads: heads, in: parsed, gazetteer: resources.gazetteer)
                    ?? syntaxes
                syntaxes =
                    affiliated?.applied(to: syntaxes, spans: spans, in: parsed, gazetteer: resources.gazetteer)
                    ?? syntaxes
                syntaxes = compoundPossessors?.applied(to: syntaxes, spans: spans, in: parsed) ?? syntaxes
                // "… hold now?": the quantity stated of today, not of a year (`PresentTime`).
                syntaxes = PresentTime.applied(
                    to: syntaxes, spans: spans, heads: heads, question: loweredWords, in: parsed)
                // "When did X die?" over "X (1249–1314)": the second year (`LifeDates`).
                syntaxes = LifeDates.applied(
                    to: syntaxes, spans: spans, question: loweredWords, view: match.view)
                if let askedCount {
                    syntaxes = CountedConjuncts.applied(
                        to: syntaxes, spans: spans, heads: heads, count: askedCount, in: parsed)
                }
                if let strandedNoun {
                    syntaxes = strandedNoun.applied(to: syntaxes, spans: spans, heads: heads, in: parsed)
                }
            }
            var beforeFallback = syntaxes
            if let parsed, let frame {
                syntaxes = RoleFallback.applied(
                    to: syntaxes, spans: spans, heads: heads, frame: frame, in: parsed, relations: resources.relations)
                beforeFallback = syntaxes
                syntaxes = PlaceFallback.applied(
                    to: syntaxes, spans: spans, heads: heads, frame: frame, in: parsed, relations: resources.relations,
                    antecedent: antecedent)
                syntaxes = ArgumentPlaces.applied(
                    to: syntaxes, spans: spans, heads: heads, frame: frame, asksWhere: expected == [.location],
                    in: parsed)
                syntaxes = ActingPlaces.applied(to: syntaxes, spans: spans, heads: heads, frame: frame, in: parsed)
            }
            var naming: [SyntaxEvidence?] = syntaxes
            var considered: [SyntaxEvidence?] = syntaxes
            if let parsed, let frame {
                naming = NamingAnswers.applied(to: syntaxes, spans: spans, heads: heads, frame: frame, in: parsed)
                considered = naming
                naming = UnstatedRelation.applied(
                    to: naming, types: spans.map(\.type), predicateUnknown: scorer.unknownPredicate,
                    longText: longDocument, statedApart: apart != nil)
                naming = OtherParticipants.applied(
                    to: naming, spans: spans, heads: heads, frame: frame, in: parsed, relations: resources.relations,
                    longText: longDocument)
            }
            let earlier = earlierSentences(before: match.sentence, corpus: corpus)
            // A name right after its description ("by Spanish architect Enric Miralles") stands in its slot too.
            var describedSlots: [Int: Double] = [:]
            if let parsed {
                for pair in DescribedNames.pairs(spans, heads: heads, in: parsed, view: match.view) {
                    let slot = scorer.slot(spans[pair.description], in: match)
                    describedSlots[pair.name] = max(describedSlots[pair.name] ?? 0, slot)
                }
            }
            // "How many died in the outbreak of 1471?" over "In 1466, …": another instance (`ConflictingYears`).
            let otherYear = ConflictingYears.conflict(asked: askedYears, sentence: match.view.text) {
                corpus.sentenceRanges[corpus.sentences[match.sentence].document].map { corpus.sentences[$0].text }
            }
            for (number, (whole, named)) in zip(spans, naming).enumerated() {
                // "Which university …?" over "the University of X's school": the possessor answers.
                // "Which country's tourism board …?" over "the Ruritania Tourism board": the name before the noun.
                let span =
                    PossessorAnswers.possessor(of: whole, focus: shape.focus, view: match.view)
                    ?? parsed.flatMap { compoundPossessors?.possessor(of: whole, in: $0, view: match.view) } ?? whole
                guard let syntax = named ?? considered[number], !excluded.contains(number),
                    !FocusEchoes.echoes(span, focus: shape.focus),
                    var parts = scorer.score(span, in: match, syntax: syntax)
                else { continue }
                if let slot = describedSlots[number] { parts.slot = max(parts.slot, slot) }
                parts.documentSentences = documentSentences
                let candidate = Candidate(
                    text: DemonymCountries.answer(
                        for: span, in: match.view, asksForCountry: scorer.asksForCountry,
                        gazetteer: resources.gazetteer)
                        ?? DefiniteDescriptions.name(for: span, in: match.view.text, earlier: earlier)
                        ?? PersonNameSpans.fullName(
                            of: span, in: match.view, earlier: earlier, names: recognizer.names)
                        ?? FocusTails.withoutFocus(span, focus: shape.focus, in: match.view, analysis: parsed)
                        ?? Self.trimmed(span.text), type: span.type, score: parts.base,
                    evidence: evidence(
                        match.sentence,
                        range: (span.range.lowerBound + match.offset)..<(span.range.upperBound + match.offset),
                        corpus: corpus), parts: parts)
                if otherYear {
                    ofOtherYears.append(candidate)
                } else if named == nil
                    || OtherParticipants.countsOtherNoun(parts, type: span.type, frame: frame, longText: longDocument)
                {
                    ruledOut.append(candidate)
                } else {
                    if syntaxes[number].alignment != beforeFallback[number].alignment {
                        withoutFallback[candidates.count] = PlaceFallback.reverted(
                            parts, to: beforeFallback[number].alignment)
                    }
                    candidates.append(candidate)
                }
            }
            if let parsed, let frame, let previous, cancellation?.isCancelled != true {
                candidates += antecedentCandidates(
                    of: match, parsed: parsed, previous: previous, frame: frame, scorer: scorer, corpus: corpus,
                    shape: shape, weights: weights,
                    relationUnstated: longDocument && (scorer.unknownPredicate || apart != nil))
            }
        }
        candidates = PlaceFallback.resolved(candidates, withoutFallback: withoutFallback)
        let bestCoverage = matches.map(\.coverage).max() ?? 0
        func withBestCoverage(_ list: [Candidate]) -> [Candidate] {
            list.map { candidate in
                var parts = candidate.parts
                parts.bestCoverage = bestCoverage
                return Candidate(
                    text: candidate.text, type: candidate.type, score: candidate.score, evidence: candidate.evidence,
                    parts: parts)
            }
        }
        let merged = merge(withBestCoverage(candidates))
        if things, merged.isEmpty {
            return sentenceAnswer(question, best: bestMatch, shape: shape, absent: absent, hits: hits, corpus: corpus)
        }
        guard let winner = merged.first else {
            var none = Answer(
                question: question, text: nil, kind: .none, confidence: 0,
                evidence: evidence(bestMatch.sentence, range: nil, corpus: corpus), alternatives: [], candidates: [],
                hits: hits)
            let predicate =
                apart?.predicateName
                ?? UnstatedRelation.predicateName(
                    stem: shape.predicate ?? "", in: analyses?.question, words: questionWords.map(\.text))
            let longText = UnstatedRelation.isLong(documentOf: bestMatch.sentence, in: corpus)
            none.ruledOut =
                RuledOutCandidates(
                    predicate: predicate, longText: longText, candidates: merge(withBestCoverage(ruledOut)),
                    apartFrom: apart?.argumentNames ?? [], ofOthers: !scorer.unknownPredicate && apart == nil)
                ?? RuledOutCandidates(
                    predicate: predicate, longText: longText, candidates: merge(withBestCoverage(ofOtherYears)),
                    otherYears: askedYears)
            return none
        }
        let answered = winner.confidence >= threshold
        var answer = Answer(
            question: question, text: answered ? winner.text : nil, kind: answered ? .span : .none,
            confidence: winner.confidence, evidence: winner.evidence, alternatives: Array(merged.dropFirst().prefix(k)),
            candidates: merged, hits: hits)
        answer.confidenceFeatures = ConfidenceModel.features(winner.parts, score: winner.score, type: winner.type)
        return answer
    }

    /// The evidence record for a sentence.
    func evidence(_ sentence: Int, range: Range<Int>?, corpus: Corpus) -> Evidence {
        Evidence(
            sentence: sentence, text: corpus.sentences[sentence].text, source: corpus.reference(of: sentence),
            range: range)
    }
}
