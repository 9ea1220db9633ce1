/// *What caused the pilgrims to trip?*, *What did she have to remove?*: a *what* question whose verb only governs
/// the verb that states the event asked about. The causative's subject is what does the governed verb's event to
/// the causative's object ("luggage tripped pilgrims"); the object of a verb of obligation or intent before an
/// infinitive is the infinitive's ("she removed asbestos").
extension QuestionFrame {
    /// For a wh-word `wh` that is the subject of the causative verb `predicate` with an object and an infinitive
    /// after it ("What caused the pilgrims to trip?"), the infinitive's verb and the object; nil otherwise.
    static func causedVerb(_ wh: Int, of predicate: Int, in question: SentenceAnalysis) -> (verb: Int, causee: Int)? {
        guard question.heads[wh] == predicate, question.baseRelation(wh) == "nsubj",
            let verb = question.children[predicate].first(where: { question.causes(predicate, $0) }),
            let causee = (predicate + 1..<verb).first(where: { question.causeeRole($0, for: verb) != nil })
        else { return nil }
        return (verb, causee)
    }

    /// For a wh-word `wh` that is the object of `predicate` ("What did she have to remove?" read with *what* the
    /// object of *have*), the infinitive `predicate` governs when that infinitive has no object of its own: the
    /// wh-word is its object. Nil otherwise.
    static func infinitiveWithoutObject(_ wh: Int, of predicate: Int, in question: SentenceAnalysis) -> Int? {
        guard question.tags[predicate] == .verb, question.heads[wh] == predicate, question.baseRelation(wh) == "obj"
        else { return nil }
        return question.children[predicate].first { verb in
            verb > predicate && question.baseRelation(verb) == "xcomp" && question.tags[verb] == .verb
                && question.children[verb].contains { question.lemmas[$0].lowercased() == "to" }
                && !question.children[verb].contains { question.baseRelation($0) == "obj" }
        }
    }

    /// For a causative frame (`causative`), how well `candidate` fills the asked agent role of `predicate` as the
    /// subject of a causative verb whose infinitive is `predicate` ("A storm caused a crane to fall": the storm, for
    /// *What caused the crane to fall?*); nil when it is no such subject.
    static func causerFit(of candidate: Int, for predicate: Int, in sentence: SentenceAnalysis) -> Double? {
        let verb = sentence.heads[predicate]
        guard sentence.causes(verb, predicate), sentence.semanticRole(of: candidate, for: verb) == .agent
        else { return nil }
        return 1
    }
}
