/// The antecedent of a third-person subject pronoun, by the simplest rule that holds in news and encyclopedic
/// prose: "She later sold it …", "It also owns …" refer to the subject of the sentence before. The pronoun says
/// what kind of thing it stands for (he/she a person, it an organisation or a place, they either).
package enum Antecedent {
    /// Third-person pronouns → the span types they can stand for.
    package static let pronounTypes: [String: Set<SpanType>] = [
        "he": [.person], "she": [.person], "it": [.group, .location], "they": [.person, .group],
    ]

    /// Whether word `index` is a third-person pronoun.
    package static func isPronoun(_ index: Int, in analysis: SentenceAnalysis) -> Bool {
        analysis.tags[index] == .pron && pronounTypes[analysis.lemmas[index].lowercased()] != nil
    }

    /// Whether `analysis` holds a third-person pronoun at all.
    package static func hasPronoun(_ analysis: SentenceAnalysis) -> Bool {
        (0..<analysis.count).contains { isPronoun($0, in: analysis) }
    }

    /// The words of `analysis` that are third-person subject pronouns (of any clause).
    package static func subjectPronouns(in analysis: SentenceAnalysis) -> [Int] {
        (0..<analysis.count).filter { isPronoun($0, in: analysis) && analysis.baseRelation($0) == "nsubj" }
    }

    /// The head of the main clause's subject of `analysis` when it is a noun or a name (not itself a pronoun).
    package static func subject(of analysis: SentenceAnalysis) -> Int? {
        guard let root = analysis.root else { return nil }
        let subject = analysis.children[root].first { analysis.baseRelation($0) == "nsubj" }
        return subject.flatMap { analysis.isNoun($0) ? $0 : nil }
    }

    /// Whether the name headed by `name` is the subject headed by `subject`: the same word, or its apposition or
    /// title ("the painter Maria Kowalski", "Maria Kowalski, a painter").
    package static func names(_ name: Int, _ subject: Int, in analysis: SentenceAnalysis) -> Bool {
        if name == subject { return true }
        let related: Set<Substring> = ["appos", "flat", "compound"]
        if analysis.heads[name] == subject, related.contains(analysis.baseRelation(name)) { return true }
        return analysis.heads[subject] == name && related.contains(analysis.baseRelation(subject))
    }

    /// The lowercased lemmas of the content words of the previous sentence's subject phrase (what a pronoun of
    /// this sentence may stand for); empty when it has none.
    package static func lemmas(ofSubjectOf previous: SentenceAnalysis) -> Set<String> {
        guard let subject = subject(of: previous) else { return [] }
        return Set(
            previous.phrase(headedBy: subject).filter { QuestionFrame.contentTags.contains(previous.tags[$0]) }.map {
                previous.lemmas[$0].lowercased()
            })
    }

    /// The role a main-clause subject pronoun fills for a question asking for an agent when its sentence does not
    /// state the question's predicate (a paraphrase: "It is heavily invested in the port" for "Which country is
    /// putting money into the port?").
    package static let unstatedAgentRole = 0.5

    /// Whether the pronoun `pronoun` of `sentence` is the subject of its main clause, headed by a verb (not a
    /// copular "He is the oldest …"), while `frame` asks for an agent and `alignment` found no statement of the
    /// question's predicate in `sentence`.
    package static func subjectOfUnstatedAgent(
        _ pronoun: Int, frame: QuestionFrame, in sentence: SentenceAnalysis, _ alignment: FrameAlignment
    ) -> Bool {
        guard frame.role == .agent, !alignment.predicateFound, let root = sentence.root, sentence.tags[root] == .verb
        else { return false }
        return sentence.heads[pronoun] == root && sentence.baseRelation(pronoun) == "nsubj"
    }
}
