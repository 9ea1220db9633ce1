/// Causative verbs and the events they cause, with the roles moved: "the storm killed 107 pilgrims" states that 107
/// pilgrims died, "they raised the flag" that the flag rose, "luggage tripped pilgrims" that the pilgrims stumbled.
/// The causative's object (the subject of its passive: "107 were killed") is the caused verb's subject; its subject
/// (the causer) plays no role of the caused verb. The pairs are WordNet 3.0's cause relation
/// (`scripts/build_causative_verbs.py` writes `table`).
///
/// A question whose predicate is such a verb used without an object ("How many pilgrims died …?") is answered by a
/// sentence stating the causative, its asked and argument roles read through `caused(_:)`.
enum CausativeVerbs {
    /// The lowercased lemmas of the verbs that cause the event of the verb `lemma` ("kill" for "die").
    static func causatives(of lemma: String) -> [String] {
        table[lemma] ?? []
    }

    /// The role a word plays for a causative that it plays for the caused verb in `role`: the caused verb's subject
    /// (an agent, read off an active verb) is what the causative is done to.
    static func caused(_ role: SemanticRole) -> SemanticRole {
        role == .agent ? .patient : role
    }

    /// Whether the question's predicate is a verb stating an event that causatives cause: active, with no object
    /// or complement of its own ("died", not "was killed" nor "began the war").
    static func asksCausedEvent(_ frame: QuestionFrame) -> Bool {
        guard let predicate = frame.predicate, let lemma = frame.predicateLemma, table[lemma] != nil else {
            return false
        }
        let question = frame.analysis
        guard question.tags[predicate] == .verb, question.lemmas[predicate].lowercased() == lemma,
            !question.isPassive(predicate), !QuestionFrame.passiveByForm(predicate, in: question)
        else { return false }
        return !question.children[predicate].contains { child in
            ["obj", "iobj", "ccomp", "xcomp"].contains(question.baseRelation(child))
        }
    }

    /// The verbs of `sentence` that cause the event the question of `frame` asks about (none unless
    /// `asksCausedEvent(frame)`); not a past form of the question's own verb ("fell" of "fall").
    static func occurrences(for frame: QuestionFrame, in sentence: SentenceAnalysis) -> [Int] {
        guard asksCausedEvent(frame), let lemma = frame.predicateLemma else { return [] }
        let verbs = Set(causatives(of: lemma))
        let stem = SnowballStemmer.stem(lemma)
        return (0..<sentence.count).filter { index in
            sentence.tags[index] == .verb && verbs.contains(sentence.lemmas[index].lowercased())
                && IrregularVerbs.baseOfForm[sentence.words[index].text.lowercased()] != stem
        }
    }

    /// The frame of the question as a causative states it: the asked role and the arguments' roles read through
    /// `caused(_:)`.
    static func causedFrame(_ frame: QuestionFrame) -> QuestionFrame {
        var caused = frame
        caused.role = frame.role.map(Self.caused)
        caused.arguments = frame.arguments.map { argument in
            var argument = argument
            argument.role = Self.caused(argument.role)
            return argument
        }
        return caused
    }
}
