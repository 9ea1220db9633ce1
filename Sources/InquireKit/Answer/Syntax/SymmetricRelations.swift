/// The parties of a relation a sentence states as mutual: "Pakistan and Iran share a border" (each borders the
/// other), "the suspicion between Iran and Pakistan" (each suspects the other), "A and B distrust each other".
/// Each party is both the one who does it and the one it is done to, so for *Which country borders Iran?* the
/// other party fills the asked role and Iran its own. The constructions are closed: a predicate noun that is the
/// object of a verb of sharing, a predicate noun with a *between*/*among* phrase, and a predicate with a
/// reciprocal pronoun as its object; the parties are the conjuncts of the subject or of the phrase.
enum SymmetricRelations {
    /// Verbs whose subject's conjuncts hold their object noun's relation with each other.
    static let sharingVerbs: Set<String> = ["share"]
    /// Verbs of a reciprocal relation, which both parties play alike ("A married B" says B married A): the other
    /// party of such a verb is no contrary role (`FrameAlignment.contrary`).
    static let reciprocalVerbs: Set<String> = [
        "marry", "wed", "divorce", "date", "meet", "play", "face", "fight", "battle", "tie", "draw", "compete",
        "debate", "partner", "merge", "ally", "collaborate", "negotiate", "clash",
    ]
    /// Prepositions that name a relation's parties after a noun.
    static let partyPrepositions: Set<String> = ["between", "among", "amongst"]
    /// Reciprocal pronouns, by their words.
    static let reciprocals: [[String]] = [["each", "other"], ["one", "another"]]
    /// How well a party fills the asked role of a mutual relation: a little less than a subject or object of the
    /// question's own verb.
    static let partyFit = 0.9

    /// The heads of the parties of the relation `predicate` states as mutual (two or more), or empty when it is
    /// not stated so.
    static func parties(of predicate: Int, in sentence: SentenceAnalysis) -> [Int] {
        guard predicate >= 0, predicate < sentence.count else { return [] }
        var found: [Int] = []
        if sentence.tags[predicate] == .noun {
            // "the suspicion between Iran and Pakistan"
            for child in sentence.children[predicate] where sentence.baseRelation(child) == "nmod" {
                if let preposition = sentence.preposition(of: child), partyPrepositions.contains(preposition) {
                    found = conjuncts(of: child, in: sentence)
                }
            }
            // "Pakistan and Iran share a border"
            let verb = sentence.heads[predicate]
            if found.count < 2, verb >= 0, sentence.baseRelation(predicate) == "obj",
                sharingVerbs.contains(sentence.lemmas[verb].lowercased()),
                let subject = sentence.children[verb].first(where: { sentence.relations[$0] == "nsubj" })
            {
                found = conjuncts(of: subject, in: sentence)
            }
        } else if sentence.tags[predicate] == .verb, hasReciprocalObject(predicate, in: sentence),
            let subject = sentence.children[predicate].first(where: { sentence.relations[$0] == "nsubj" })
        {
            // "Iran and Pakistan distrust each other"
            found = conjuncts(of: subject, in: sentence)
        }
        return found.count >= 2 ? found : []
    }

    /// Whether word `index` is one of the parties of a relation its sentence states as mutual ("Pakistan" and
    /// "Iran" of "Pakistan and Iran share a border"): each party is an answer of its own, not the pair.
    static func isParty(_ index: Int, in sentence: SentenceAnalysis) -> Bool {
        var predicates: [Int] = []
        let head = sentence.heads[index]
        guard head >= 0 else { return false }
        if sentence.baseRelation(index) == "nmod" {
            predicates.append(head)
        } else if sentence.relations[index] == "nsubj" {
            predicates.append(head)
            predicates += sentence.children[head].filter { sentence.baseRelation($0) == "obj" }
        }
        return predicates.contains { parties(of: $0, in: sentence).contains(index) }
    }

    /// `head` and the words coordinated with it ("Iran and nuclear-armed Pakistan": *Iran*, *Pakistan*).
    static func conjuncts(of head: Int, in sentence: SentenceAnalysis) -> [Int] {
        [head] + sentence.children[head].filter { sentence.baseRelation($0) == "conj" && sentence.isNoun($0) }
    }

    /// Whether `verb` has a reciprocal pronoun ("each other", "one another") right after it as its object.
    static func hasReciprocalObject(_ verb: Int, in sentence: SentenceAnalysis) -> Bool {
        reciprocals.contains { sentence.hasWords($0, at: verb + 1) }
    }

    /// Whether a role is one a party of a mutual relation plays: the one who does it or the one it is done to.
    static func isPartyRole(_ role: SemanticRole) -> Bool {
        role == .agent || role == .patient
    }

    /// The fit of `candidate` in the asked role of `predicate` when it is one of the relation's parties and the
    /// role is the agent or the patient; nil otherwise.
    static func fit(of candidate: Int, for predicate: Int, asked: SemanticRole, in sentence: SentenceAnalysis)
        -> Double?
    {
        guard isPartyRole(asked), parties(of: predicate, in: sentence).contains(candidate) else { return nil }
        return partyFit
    }
}
