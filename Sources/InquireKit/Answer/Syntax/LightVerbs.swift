/// The agent of an event stated by a noun that a light verb carries: "Pakistan's air force conducted airstrikes"
/// (the force struck), "X carried out an attack" (X attacked), "Y made a decision" (Y decided), "Z gave a
/// speech" (Z spoke). The light verb says little but that its subject does the event its object names, so that
/// subject is the event noun's agent. The verbs are a closed class.
enum LightVerbs {
    /// Verbs that carry an event noun as their object, by lemma.
    static let verbs: Set<String> = [
        "carry", "conduct", "launch", "make", "give", "stage", "mount", "take", "perform", "undertake", "execute",
        "wage", "deliver", "issue", "hold", "commit", "pay", "lodge", "file", "unleash", "initiate", "orchestrate",
    ]
    /// How well the light verb's subject fills the event noun's agent: a little less than a subject of the
    /// question's own verb.
    static let agentFit = 0.9

    /// The light verb whose object (or, passive, whose subject) is the event noun `noun`; nil when there is none.
    static func verb(carrying noun: Int, in sentence: SentenceAnalysis) -> Int? {
        guard noun >= 0, noun < sentence.count, sentence.tags[noun] == .noun else { return nil }
        let verb = sentence.heads[noun]
        guard verb >= 0, sentence.tags[verb] == .verb, verbs.contains(sentence.lemmas[verb].lowercased()) else {
            return nil
        }
        let relation = sentence.relations[noun]
        return sentence.baseRelation(noun) == "obj" || relation == "nsubj:pass" ? verb : nil
    }

    /// The fit of `candidate` as the agent of the event noun `predicate` when `asked` is the agent and a light
    /// verb carries the noun: the light verb's agent (its active subject, the "by" agent of a passive one, a
    /// subject it shares); nil otherwise.
    static func fit(of candidate: Int, for predicate: Int, asked: SemanticRole, in sentence: SentenceAnalysis)
        -> Double?
    {
        guard asked == .agent, let verb = verb(carrying: predicate, in: sentence), candidate != verb,
            sentence.semanticRole(of: candidate, for: verb) == .agent
        else { return nil }
        return agentFit
    }
}
