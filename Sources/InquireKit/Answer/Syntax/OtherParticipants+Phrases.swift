/// Candidates a long text's phrase ties to something else than the asked participant, read from the phrase the
/// candidate stands in (each for a candidate in no asked role, over a text longer than a paragraph, like the rest of
/// `OtherParticipants`):
/// - a count of another noun, said as a part of it, is no answer to *how many* ("How many people use the tool?"
///   over "The tool is one of the best products": `countsOtherPart`);
/// - a name that tells where the question's own argument comes from is not who acted on it ("Who led the survey
///   team?" over "a survey team from the Arden Institute": `isOriginOfOwnArgument`).
///
/// Measured (issue 14, nineteenth session): news-dev 50 → 51 of 68 right (declined 10 → 11 of 14), news-dev2 37 →
/// 39 of 66 (8 → 10 of 14); no right answer lost on a hand-written set; SQuAD unchanged (long texts only).
extension OtherParticipants {
    /// Whether `frame` asks *who* (or *whom*).
    static func asksWho(_ frame: QuestionFrame) -> Bool {
        frame.wh.map { RelationApart.asksWho.contains(frame.analysis.lemmas[$0].lowercased()) } ?? false
    }

    /// Whether the count headed by `head` counts a part of another noun than the question's counted noun: the
    /// count stands for a noun of its own ("one of the products", "hundreds of scenes"), that noun (past further
    /// counts: "hundreds of thousands of people") is a common noun, and it is neither the counted noun nor
    /// related to it (`relations`).
    static func countsOtherPart(
        _ head: Int, frame: QuestionFrame, in sentence: SentenceAnalysis, relations: RelationLexicon
    ) -> Bool {
        guard let counted = frame.countedNoun, sentence.baseRelation(head) != "nummod" else { return false }
        var current = head
        for _ in 0..<3 {
            guard
                let part = sentence.children[current].first(where: { child in
                    child > current && sentence.baseRelation(child) == "nmod" && sentence.preposition(of: child) == "of"
                })
            else { return false }
            if sentence.tags[part] == .num {
                current = part
                continue
            }
            guard sentence.tags[part] == .noun else { return false }
            let stem = SnowballStemmer.stem(sentence.lemmas[part].lowercased())
            let askedStem = SnowballStemmer.stem(counted.lowercased())
            return stem != askedStem && !relations.matches(stem, askedStem)
        }
        return false
    }

    /// Whether the candidate headed by `head` modifies the head of one of the question's other arguments as where
    /// it comes from ("a survey team from the Arden Institute" for "Who led the survey team?"): the name tells
    /// whose or where the argument is, not who did it. For *who* questions only: "Where do the players come from?"
    /// asks for that origin.
    static func isOriginOfOwnArgument(_ head: Int, frame: QuestionFrame, in sentence: SentenceAnalysis) -> Bool {
        guard let role = frame.role, role != .identity, role != .name, asksWho(frame) else { return false }
        let word = sentence.firstConjunct(of: head)
        let noun = sentence.heads[word]
        guard noun >= 0, sentence.baseRelation(word) == "nmod", sentence.preposition(of: word) == "from",
            sentence.isNoun(noun)
        else { return false }
        let lemma = sentence.lemmas[noun].lowercased()
        return frame.arguments.contains { $0.head == lemma }
    }
}
