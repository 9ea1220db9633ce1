/// The source a sentence names with "according to": "According to the Interior Ministry, 345 pilgrims died" says
/// that the ministry reported the deaths, though no verb of saying is written. For a question asking who reported,
/// said or announced something ("Which agency reported the alert?") or who gave figures ("Who gave the number of
/// dead?"), the object of "according to" fills the asked agent role. The reporting verbs and the nouns of
/// information are closed classes.
enum ReportSources {
    /// Verbs whose agent is the source of what a sentence reports, by lemma.
    static let reportingVerbs: Set<String> = [
        "report", "say", "state", "announce", "claim", "confirm", "tell", "estimate", "reveal", "disclose", "quote",
        "cite", "allege", "assert", "declare", "indicate",
    ]
    /// Verbs that state a report when their object is information ("gave the figures", "released the toll").
    static let givingVerbs: Set<String> = ["give", "provide", "release", "publish", "issue", "put", "supply"]
    /// Nouns of information a giving verb reports.
    static let informationNouns: Set<String> = [
        "number", "figure", "toll", "count", "estimate", "total", "detail", "information", "data", "account",
        "statement", "news", "report", "statistic", "tally",
    ]
    /// How well the source fills the asked agent: as a light verb's subject does, a little less than a subject of
    /// the question's own verb.
    static let agentFit = 0.9
    /// The most words of a noun phrase read back from the candidate's head to "according to".
    static let phraseWords = 8

    /// Whether `frame` asks for the agent of a report: the agent of a reporting verb, or of a giving verb whose
    /// object is information.
    static func asksForSource(_ frame: QuestionFrame) -> Bool {
        guard frame.role == .agent, let lemma = frame.predicateLemma else { return false }
        if reportingVerbs.contains(lemma) { return true }
        guard givingVerbs.contains(lemma) else { return false }
        return frame.arguments.contains { $0.role == .patient && informationNouns.contains($0.head) }
    }

    /// Whether the noun phrase of `candidate` is the object of "according to": the words before its head, back over
    /// the phrase's determiners, modifiers and possessors, follow "according to".
    static func isSource(_ candidate: Int, in sentence: SentenceAnalysis) -> Bool {
        guard candidate >= 0, candidate < sentence.count else { return false }
        var start = candidate
        while start > 0, candidate - start < phraseWords,
            SentenceAnalysis.nounPhraseTags.contains(sentence.tags[start - 1])
        {
            start -= 1
        }
        return sentence.hasWords(["according", "to"], at: start - 2)
    }

    /// The alignment of `candidate` as the source of the report `frame` asks about, nil when the question asks no
    /// source or the candidate is not the object of "according to": the agent role, with the question's other
    /// arguments counted as found in the clause when one of their content words is in the sentence.
    static func alignment(_ frame: QuestionFrame, with sentence: SentenceAnalysis, candidate: Int) -> FrameAlignment? {
        guard asksForSource(frame), isSource(candidate, in: sentence) else { return nil }
        let lemmas = Set((0..<sentence.count).map { sentence.lemmas[$0].lowercased() })
        let found = frame.arguments.filter { !$0.lemmas.isDisjoint(with: lemmas) }.count
        let arguments = frame.arguments.isEmpty ? 1 : 0.5 * Double(found) / Double(frame.arguments.count)
        return FrameAlignment(predicateFound: true, role: agentFit, arguments: arguments)
    }
}
