/// Candidates a long text states only of other participants than the question's. Over an article (longer than a
/// paragraph, `UnstatedRelation.isLong`) a question is not written in the words of the sentence in view, and it asks
/// what the text states or what it does not; a candidate the sentence ties to another party is no answer:
/// - the candidate is part of the question's own argument ("Who flew the Kestrel?" over "The Rowan Kestrel landed":
///   *Rowan* names the Kestrel; `isOwnArgument`);
/// - a place that acts (the subject of an active verb, the agent of a passive one, `ActingPlaces.acts`) is no
///   answer to *where*;
/// - the sentence states the predicate only with another party in the core role opposite the asked one, while the
///   question's party stands elsewhere in it ("Who repaired the bridge?" over "Crews repaired the road after the
///   bridge closed": `statedWithOtherParty`);
/// - a place is an oblique of a clause whose subject is another party, while the question's party is named
///   elsewhere in the sentence ("Where did Ro study?" over "Ro said her parents came from Arden":
///   `placeOfOtherParty`);
/// - a count counts the subject or object of another verb than the question's predicate ("How many miners were
///   injured?" over "Twelve miners were killed": `countsOtherEvent`; a verb whose object or subject states the
///   predicate states it too: "Forty guilds received an invitation" for *How many guilds were invited?*), or
///   another noun than the question's (`countsOtherNoun`), also said as a part of it ("one of the products":
///   `countsOtherPart`);
/// - a name telling where the question's own argument comes from (`isOriginOfOwnArgument`).
///
/// Measured over the hand-written sets (texts of 16 to 50 sentences): `Corpus/gold.tsv` 106 → 108 right (two more
/// unanswerable questions declined), the news set 66 → 67, `Corpus/near-miss.tsv` 12 → 13 of 16 declined, no right
/// answer lost. Over SQuAD's paragraphs the same checks lost 3 points of exact match on the tuning half (a question
/// written beside its paragraph restates it in other words), so they are for long texts only.
package enum OtherParticipants {
    /// Relations that tie a name to the noun phrase it is part of ("Space Shuttle Atlantis", "the X group").
    static let nameParts: Set<Substring> = ["compound", "flat", "appos", "list"]

    /// Verbs that state no event of their own: a count that is their subject or object may count the question's.
    static let eventlessVerbs: Set<String> = ["be", "have", "do", "get", "make", "take", "include", "see", "become"]

    /// The syntax evidence of each candidate (spans `spans` with head words `heads` in `sentence`), `nil` for one
    /// ruled out; nothing is ruled out unless the sentence's text is longer than a paragraph (`longText`).
    package static func applied(
        to syntaxes: [SyntaxEvidence?], spans: [TypedSpan], heads: [Int?], frame: QuestionFrame,
        in sentence: SentenceAnalysis, relations: RelationLexicon, longText: Bool
    ) -> [SyntaxEvidence?] {
        guard longText else { return syntaxes }
        let otherParty = statedWithOtherParty(frame, in: sentence, relations: relations)
        return syntaxes.indices.map { number in
            guard let syntax = syntaxes[number], number < spans.count, number < heads.count, let head = heads[number]
            else { return syntaxes[number] }
            // The predicate stated only with another party: a candidate in no asked role, or in the asked role
            // there, is no answer.
            if !otherParty.isEmpty, let asked = frame.role,
                syntax.alignment.role == 0
                    || otherParty.contains(where: {
                        (sentence.semanticRole(of: head, for: $0)?.fit(asked: asked) ?? 0) > 0
                    })
            {
                return nil
            }
            let out = rulesOut(
                head, type: spans[number].type, syntax: syntax, frame: frame, in: sentence, relations: relations)
            return out ? nil : syntax
        }
    }

    /// Whether the candidate headed by `head`, of span type `type`, with evidence `syntax`, is stated only of
    /// other participants (the checks above).
    static func rulesOut(
        _ head: Int, type: SpanType, syntax: SyntaxEvidence, frame: QuestionFrame, in sentence: SentenceAnalysis,
        relations: RelationLexicon
    ) -> Bool {
        let noRole = syntax.alignment.role == 0
        if noRole, [.person, .group, .location].contains(type),
            isOwnArgument(head, frame: frame, in: sentence)
        {
            return true
        }
        if noRole, type == .location, asksWhere(frame), ActingPlaces.acts(head, in: sentence) {
            return true
        }
        if noRole, placeOfOtherParty(head, frame: frame, in: sentence) { return true }
        if type == .count, countsOtherEvent(head, frame: frame, in: sentence, relations: relations) {
            return true
        }
        if noRole, type == .count, countsOtherPart(head, frame: frame, in: sentence, relations: relations) {
            return true
        }
        if noRole, [.person, .group].contains(type), isOriginOfOwnArgument(head, frame: frame, in: sentence) {
            return true
        }
        return false
    }

    /// Whether a count answering *how many* counts another noun than the question's (its focus factor at most
    /// `otherNounFocus`): over a long text, no answer, even in an asked role (a role read through another noun:
    /// "two children died in the strikes" for *How many aircraft took part in the strikes?*).
    package static func countsOtherNoun(_ parts: ScoreParts, type: SpanType, frame: QuestionFrame?, longText: Bool)
        -> Bool
    {
        longText && type == .count && frame?.countedNoun != nil
            && parts.focus <= otherNounFocus
    }

    /// The focus factor of a count of another noun than the question's (`CandidateScorer.focusFit`).
    static let otherNounFocus = 0.36

    /// Whether the candidate headed by `head` is part of one of the question's other arguments: its head, or the
    /// noun its name is part of, is that argument's head (or a name word of it), with the argument's name words in
    /// the noun's phrase. Not for a question asking what something is or is called (the answer names the same
    /// thing as its subject).
    static func isOwnArgument(_ head: Int, frame: QuestionFrame, in sentence: SentenceAnalysis) -> Bool {
        guard let role = frame.role, role != .identity, role != .name else { return false }
        var noun = head
        var steps = 0
        while nameParts.contains(sentence.baseRelation(noun)), sentence.heads[noun] >= 0, steps < 4 {
            noun = sentence.heads[noun]
            steps += 1
        }
        let phrase = Set(sentence.phrase(headedBy: noun).map { sentence.lemmas[$0].lowercased() })
        let words = [sentence.lemmas[head].lowercased(), sentence.lemmas[noun].lowercased()]
        return frame.arguments.contains { argument in
            words.contains { $0 == argument.head || argument.names.contains($0) }
                && (argument.names.isEmpty || !argument.names.isDisjoint(with: phrase))
        }
    }

    /// Whether a question asks where: its wh-word is *where*, or it asks for a place.
    static func asksWhere(_ frame: QuestionFrame) -> Bool {
        if case .place = frame.role { return true }
        return frame.wh.map { frame.analysis.lemmas[$0].lowercased() == "where" } ?? false
    }

    /// Whether `sentence` states the question's predicate only with another party: at every statement of it, the
    /// core role opposite the asked one (the patient for an asked agent, the agent for an asked patient) is filled
    /// by a noun that is not the question's argument in that role (no word of it, no synonym of its head), while
    /// that argument's head stands elsewhere in the sentence. Those statements; empty when there are none or one
    /// states the predicate with the question's party (or says nothing against it).
    static func statedWithOtherParty(
        _ frame: QuestionFrame, in sentence: SentenceAnalysis, relations: RelationLexicon
    ) -> [Int] {
        guard let asked = frame.role, asked == .agent || asked == .patient, let lemma = frame.predicateLemma
        else { return [] }
        let opposite: SemanticRole = asked == .agent ? .patient : .agent
        guard let argument = frame.arguments.first(where: { $0.role == opposite }) else { return [] }
        let argumentStem = SnowballStemmer.stem(argument.head)
        let occurrences = FrameAlignment.predicateOccurrences(of: lemma, in: sentence, relations: relations)
        for predicate in occurrences {
            // A noun's roles are read loosely ("an order of the commander"): only a verb's are told apart.
            guard sentence.tags[predicate] == .verb,
                let other = sentence.children[predicate].first(where: { child in
                    sentence.semanticRole(of: child, for: predicate) == opposite
                }), sentence.isNoun(other)
            else { return [] }
            let otherPhrase = sentence.phrase(headedBy: other)
            let otherLemmas = Set(otherPhrase.map { sentence.lemmas[$0].lowercased() })
            if !otherLemmas.isDisjoint(with: argument.lemmas)
                || relations.matches(SnowballStemmer.stem(sentence.lemmas[other].lowercased()), argumentStem)
            {
                return []
            }
            let elsewhere = (0..<sentence.count).contains { index in
                !otherPhrase.contains(index) && sentence.lemmas[index].lowercased() == argument.head
            }
            guard elsewhere else { return [] }
        }
        return occurrences
    }

    /// For a *where* question: whether the place headed by `head` is an oblique of a verb whose subject is a noun
    /// holding no word of the question's agent or patient, while one of those arguments is named elsewhere in the
    /// sentence (outside the place and that subject).
    static func placeOfOtherParty(_ head: Int, frame: QuestionFrame, in sentence: SentenceAnalysis) -> Bool {
        guard case .place = frame.role else { return false }
        let word = sentence.firstConjunct(of: head)
        let verb = sentence.heads[word]
        guard verb >= 0, sentence.tags[verb] == .verb, sentence.baseRelation(word) == "obl",
            let subject = sentence.children[verb].first(where: { sentence.baseRelation($0) == "nsubj" }),
            sentence.isNoun(subject)
        else { return false }
        let parties = frame.arguments.filter { $0.role == .agent || $0.role == .patient }
        let subjectPhrase = sentence.phrase(headedBy: subject)
        let subjectLemmas = Set(subjectPhrase.map { sentence.lemmas[$0].lowercased() })
        guard !parties.isEmpty, parties.allSatisfy({ $0.lemmas.isDisjoint(with: subjectLemmas) }) else {
            return false
        }
        let place = sentence.phrase(headedBy: head)
        return (0..<sentence.count).contains { index in
            guard !place.contains(index), !subjectPhrase.contains(index), sentence.isNoun(index) else { return false }
            let lemma = sentence.lemmas[index].lowercased()
            return parties.contains { $0.head == lemma || $0.names.contains(lemma) }
        }
    }

    /// For *how many* with a counted noun and a verb for predicate: whether the count headed by `head` (or the noun
    /// it counts) is the subject or object of a verb that states an event of its own and is no statement of the
    /// predicate (nor of a causative of it).
    static func countsOtherEvent(
        _ head: Int, frame: QuestionFrame, in sentence: SentenceAnalysis, relations: RelationLexicon
    ) -> Bool {
        guard frame.countedNoun != nil, let lemma = frame.predicateLemma, let predicate = frame.predicate,
            frame.analysis.tags[predicate] == .verb, !eventlessVerbs.contains(lemma)
        else { return false }
        var noun = head
        if sentence.baseRelation(head) == "nummod", sentence.heads[head] >= 0 { noun = sentence.heads[head] }
        let verb = sentence.heads[noun]
        guard verb >= 0, sentence.tags[verb] == .verb, ["nsubj", "obj"].contains(sentence.baseRelation(noun)),
            !eventlessVerbs.contains(sentence.lemmas[verb].lowercased())
        else { return false }
        let stating =
            FrameAlignment.predicateOccurrences(of: lemma, in: sentence, relations: relations)
            + CausativeVerbs.occurrences(for: frame, in: sentence)
        // A verb whose object or subject is a statement of the predicate states it too ("500 schools received
        // the invitation" for *How many schools were invited?*).
        return !stating.contains(verb) && !stating.contains { sentence.heads[$0] == verb }
    }
}
