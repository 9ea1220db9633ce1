/// A fallback for a paraphrase of a *where* question's predicate: when no place of a sentence fills the asked
/// place of the question's predicate (the sentence says "occurs" for "is found", "remained an obstacle" for
/// "continue to cause problems"), a place in a locative phrase of a verb of being somewhere (`locatingVerbs`) or
/// of the question's own predicate (misparsed), whose subject is one of the question's arguments, fills it
/// part-way: "Free oxygen also occurs in solution in the world's water bodies" says where free oxygen is found.
/// Another verb says what else happened there ("France fought and lost a war in Vietnam" is no answer to where
/// France won one).
enum PlaceFallback {
    /// The role score such a place gets (a place the parse puts in the predicate's own place gets up to 1).
    static let fit = 0.6
    /// How many steps up from the place the verb is looked for (through the nouns the phrase hangs on).
    static let reach = 3
    /// Relations a locative phrase climbs through to its verb ("in the world's water bodies" below "in
    /// solution", "in the south" below "an obstacle").
    static let climbed: Set<Substring> = ["nmod", "obl", "obj", "xcomp", "conj", "appos"]
    /// Verbs (by lemma) that say where their subject is or happens: being, staying, living, lying, occurring.
    static let locatingVerbs: Set<String> = [
        "be", "remain", "stay", "live", "lie", "occur", "exist", "sit", "stand", "reside", "dwell", "locate",
        "situate", "base", "settle", "survive", "persist", "thrive", "happen",
    ]
    /// Question predicates (by lemma) that ask only where an event happens ("Where did the game take place?",
    /// "Where was media day held?"): a locative phrase of any verb whose subject is the question's argument says
    /// where ("The game was played at Levi's Stadium"). Not verbs of where a thing is ("located", "based"):
    /// what a thing does somewhere ("the tribes expanded throughout Europe") is not where it is.
    static let locatingQuestions: Set<String> = ["happen", "occur", "hold"]
    /// Question predicates (by lemma) of moving somewhere ("Where will the shuttle go?"): a destination of any verb
    /// whose subject is the question's argument says where it goes ("the shuttle will be sent to X", "the team
    /// relocated to X"); another place of such a verb does not ("sent from X", "trained in X").
    static let movingQuestions: Set<String> = ["go", "move", "travel", "head", "relocate", "migrate"]
    /// The role score of a place of another verb for such a question: nearly that of the predicate's own place.
    static let locatingFit = 0.9
    /// The roles of a verb's subject, with the voice undone.
    static let subjectRoles: [SemanticRole] = [.agent, .patient, .identity]

    /// `syntaxes` (one per span of `spans`, with head words `heads` in `analysis`) with the fallback applied: when
    /// `frame` asks for a place and no location span has a role, each location span in a locative phrase of a verb
    /// whose subject is one of the question's arguments gets the role score `fit` (less for a source when the
    /// question asks for another place), with the question's arguments read around that verb.
    static func applied(
        to syntaxes: [SyntaxEvidence], spans: [TypedSpan], heads: [Int?], frame: QuestionFrame,
        in analysis: SentenceAnalysis, relations: RelationLexicon, antecedent: Set<String> = []
    ) -> [SyntaxEvidence] {
        guard let asked = frame.role, case .place = asked, !frame.arguments.isEmpty else { return syntaxes }
        let locating = frame.predicateLemma.map(locatingQuestions.contains) == true
        let moving = frame.predicateLemma.map(movingQuestions.contains) == true
        guard let places = unplacedLocations(syntaxes, spans: spans, heads: heads) else { return syntaxes }
        let stated = Set(
            frame.predicateLemma.map {
                FrameAlignment.predicateOccurrences(of: $0, in: analysis, relations: relations)
            } ?? [])
        var result = syntaxes
        for number in places {
            // "near the town of Saravan": the name stands where its kind noun stands.
            guard let name = heads[number] else { continue }
            let head = PlaceRole.kindNoun(over: name, in: analysis) ?? name
            guard let preposition = locativePreposition(of: head, in: analysis),
                let verb = verb(above: head, in: analysis),
                stated.contains(verb) || locates(verb, in: analysis) || locating
                    || (moving && SemanticRole.destinationPrepositions.contains(preposition)),
                hasArgumentSubject(frame, verb: verb, besides: head, in: analysis, antecedent: antecedent)
            else { continue }
            let own = stated.contains(verb) || locates(verb, in: analysis)
            // Another verb's place is where the thing happened only in the verb's own phrase ("played at X", not
            // "came in response to an attack on X").
            guard own || analysis.heads[head] == verb else { continue }
            let role = (own ? fit : locatingFit) * SemanticRole.place(preposition).fit(asked: asked)
            guard role > 0 else { continue }
            result[number].alignment.predicateFound = true
            result[number].alignment.role = role
            result[number].alignment.arguments = FrameAlignment.argumentFit(
                frame, in: analysis, predicate: verb, candidate: head, antecedent: antecedent, subjectsAlike: true)
        }
        return result
    }

    /// The role score of a place aligned with the question's own predicate above which the fallback's places of
    /// other sentences lose their role: the question's predicate stated with a place says where, a paraphrase
    /// does not ("France lost a war in Vietnam" beside "… won the war in Algeria").
    static let alignedPlace = 0.3

    /// `parts` as they were before the fallback, with the alignment `original`.
    static func reverted(_ parts: ScoreParts, to original: FrameAlignment) -> ScoreParts {
        var parts = parts
        parts.role = SyntaxEvidence(alignment: original, entityKind: nil).role
        parts.predicateFound = original.predicateFound
        parts.arguments = original.predicateFound ? original.arguments : 0
        return parts
    }

    /// The indices of the location spans of `spans` with a head word (`heads`) when none of them fills a role in
    /// `syntaxes` (a fallback applies only then); nil when one does.
    static func unplacedLocations(_ syntaxes: [SyntaxEvidence], spans: [TypedSpan], heads: [Int?]) -> [Int]? {
        let places = spans.indices.filter { spans[$0].type == .location && heads[$0] != nil }
        return places.contains { syntaxes[$0].alignment.role > 0 } ? nil : places
    }

    /// `candidates` with the fallback's roles taken back (their parts `withoutFallback`, by index) when another
    /// candidate, a place, fills the asked place of the question's own predicate by at least `alignedPlace` with
    /// some of the question's arguments around it (the predicate stated of other things, "the first Super Bowl
    /// held in X" for *Where was the meeting held?*, says nothing of where the question's thing was).
    static func resolved(_ candidates: [Candidate], withoutFallback: [Int: ScoreParts]) -> [Candidate] {
        guard !withoutFallback.isEmpty,
            candidates.indices.contains(where: { index in
                withoutFallback[index] == nil && candidates[index].type == .location
                    && candidates[index].parts.role >= alignedPlace && candidates[index].parts.arguments > 0
            })
        else { return candidates }
        return candidates.indices.map { index in
            let candidate = candidates[index]
            guard let parts = withoutFallback[index] else { return candidate }
            return Candidate(
                text: candidate.text, type: candidate.type, score: parts.base, evidence: candidate.evidence,
                parts: parts)
        }
    }

    /// The locative preposition of `head`'s phrase, when it is an oblique or a noun's modifier; nil otherwise.
    static func locativePreposition(of head: Int, in analysis: SentenceAnalysis) -> String? {
        guard ["obl", "nmod"].contains(analysis.baseRelation(head)), let preposition = analysis.preposition(of: head),
            SentenceAnalysis.locativePrepositions.contains(preposition)
        else { return nil }
        return preposition
    }

    /// The predicate the phrase headed by `head` belongs to: the first verb or copular noun or adjective above it
    /// ("a port in the south" of "X is a port in the south"), at most `reach` steps up through the nouns the
    /// phrase hangs on; nil when there is none.
    static func verb(above head: Int, in analysis: SentenceAnalysis) -> Int? {
        var current = head
        for _ in 0..<reach {
            guard climbed.contains(analysis.baseRelation(current)), analysis.heads[current] >= 0 else { return nil }
            current = analysis.heads[current]
            if analysis.tags[current] == .verb || isCopular(current, in: analysis) { return current }
        }
        return nil
    }

    /// Whether `index` is a noun or adjective with a copula: a predicate of being.
    static func isCopular(_ index: Int, in analysis: SentenceAnalysis) -> Bool {
        analysis.children[index].contains { analysis.baseRelation($0) == "cop" }
    }

    /// Whether `verb` says where its subject is: a verb of `locatingVerbs`, a passive "is found", or a copula.
    static func locates(_ verb: Int, in analysis: SentenceAnalysis) -> Bool {
        let lemma = analysis.lemmas[verb].lowercased()
        return locatingVerbs.contains(lemma) || isCopular(verb, in: analysis)
            || (lemma == "find" && analysis.isPassive(verb))
    }

    /// Whether the subject of `verb` (read with the voice undone, through shared and controlled subjects) is one
    /// of the question's arguments: a word outside the place's phrase with an argument's head lemma, or a pronoun
    /// or description that refers back (`AnaphoricDescriptions`) to one whose words, `antecedent`, hold it.
    static func hasArgumentSubject(
        _ frame: QuestionFrame, verb: Int, besides head: Int, in analysis: SentenceAnalysis,
        antecedent: Set<String> = []
    ) -> Bool {
        let heads = Set(frame.arguments.map(\.head))
        let place = analysis.phrase(headedBy: head)
        let refersBack = !antecedent.isDisjoint(with: heads)
        return (0..<analysis.count).contains { index in
            guard !place.contains(index),
                heads.contains(analysis.lemmas[index].lowercased())
                    || (refersBack && AnaphoricDescriptions.refersBack(index, in: analysis))
            else { return false }
            return analysis.semanticRole(of: index, for: verb).map(subjectRoles.contains) == true
        }
    }
}
