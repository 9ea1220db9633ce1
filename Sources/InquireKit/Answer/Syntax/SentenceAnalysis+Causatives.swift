/// Causative verbs in an evidence sentence: "A storm caused a crane to fall" states that the crane fell, and not
/// that the storm did, however the parse attached the crane (the causative's object, or a dependent of the
/// infinitive before it).
extension SentenceAnalysis {
    /// Verbs that make their object do or undergo what their infinitive states ("cause X to fall", "make X fall",
    /// "force X to leave", "lead X to resign").
    static let causativeVerbs: Set<String> = ["cause", "make", "force", "lead", "drive", "prompt", "compel", "get"]

    /// Whether `verb` is a causative verb (`causativeVerbs`) and `infinitive` its open complement.
    func causes(_ verb: Int, _ infinitive: Int) -> Bool {
        verb >= 0 && heads[infinitive] == verb && baseRelation(infinitive) == "xcomp" && tags[verb] == .verb
            && tags[infinitive] == .verb && Self.causativeVerbs.contains(lemmas[verb].lowercased())
    }

    /// The role of `argument` for `predicate`, the infinitive of a causative verb, when `argument` is the noun the
    /// causative makes do it: a nominal between the two hung off either as object or subject ("caused a crane to
    /// fall": the agent of *fall*, the patient of a passive infinitive). Nil otherwise.
    func causeeRole(_ argument: Int, for predicate: Int) -> SemanticRole? {
        let verb = heads[predicate]
        guard causes(verb, predicate), argument > verb, argument < predicate,
            isNoun(argument) || tags[argument] == .pron,
            heads[argument] == verb || heads[argument] == predicate,
            ["obj", "iobj", "nsubj"].contains(baseRelation(argument))
        else { return nil }
        return isPassive(predicate) ? .patient : .agent
    }
}
