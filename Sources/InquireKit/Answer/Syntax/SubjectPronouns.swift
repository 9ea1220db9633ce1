/// A pronoun later in a sentence that stands for the sentence's own subject: "Mara Velt was praised after she
/// finished the bridge she had designed" — *she* is Mara Velt, so Mara Velt designed the bridge, and she answers
/// *Who designed the bridge?*. The subject of the main clause is the simplest antecedent a third-person pronoun of
/// its own sentence has in news prose, as the subject of the sentence before is for a pronoun that opens a sentence
/// (`Antecedent`). The pronoun fills the role a little less surely than the name itself.
enum SubjectPronouns {
    /// How well the subject fills a role its pronoun plays, against the role the pronoun plays itself.
    static let weight = 0.8

    /// The pronouns that stand for a person or a group subject (not *it*: a thing's pronoun refers to things the
    /// sentence names after its subject as often as to the subject).
    static let personal: Set<String> = ["he", "she", "they"]

    /// The fit of `candidate` in the asked role of `predicate` when it is (or names) the main clause's subject, a
    /// proper name that plays no role of `predicate` itself, and a personal pronoun after it in the sentence plays
    /// that role (`weight` times the pronoun's fit); nil otherwise.
    static func fit(of candidate: Int, for predicate: Int, asked: SemanticRole, in sentence: SentenceAnalysis)
        -> Double?
    {
        guard candidate >= 0, candidate < sentence.count, predicate >= 0, predicate < sentence.count,
            sentence.tags[candidate] == .propn, let subject = Antecedent.subject(of: sentence),
            Antecedent.names(candidate, subject, in: sentence),
            // A pronoun in another role of the predicate the subject itself plays a role of is someone else
            // ("The Rovers beat the Swifts by outrunning them").
            sentence.semanticRole(of: candidate, for: predicate) == nil
        else { return nil }
        var best = 0.0
        for pronoun in candidate + 1..<sentence.count
        where sentence.tags[pronoun] == .pron && personal.contains(sentence.lemmas[pronoun].lowercased()) {
            guard let role = sentence.semanticRole(of: pronoun, for: predicate) else { continue }
            best = max(best, role.fit(asked: asked))
        }
        return best > 0 ? best * weight : nil
    }
}
