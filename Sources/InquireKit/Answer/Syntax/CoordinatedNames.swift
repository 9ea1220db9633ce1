/// *Who did the Mongols send …?* over "the Mongols also sent Han Chinese and Khitans …": when the role a *who*
/// question asks about is filled by a coordination of names, the answer is the whole coordination ("Han Chinese
/// and Khitans"), not its first member. The coordination is offered as a candidate beside its first member; it
/// holds that member and fills the same role, so it ranks first when the two score alike
/// (`AnswerExtractor.wholeSpansFirst`). Only names are joined: each member is a proper noun (or in a named
/// entity), and between the members stand only commas and one *and* or *or*.
enum CoordinatedNames {
    /// Whether the rule applies to a question (`words`: its words, lowercased): one asked with *who* (not
    /// *whose*: one owner) whose count no numeral or plural focus already gives (`CountedConjuncts` reads those),
    /// and whose verb right after *who* is not singular ("Who was the male singer …?", "Who is …?", "Who has …?",
    /// "Who does …?" ask for one).
    static func applies(whWord: String?, words: [String], askedCount: Int?) -> Bool {
        guard whWord == "who", askedCount == nil else { return false }
        guard let who = words.firstIndex(of: "who"), who + 1 < words.count else { return true }
        return !singularVerbs.contains(words[who + 1])
    }

    /// Verbs that agree with one subject only.
    static let singularVerbs: Set<String> = ["is", "was", "has", "does", "'s"]

    /// How well a coordination of names fits a *who* question (`CandidateScorer.coordinationFit`): as well as one
    /// name, so that the coordination ranks with its first member and, holding it, first.
    static let fit = 1.0

    /// Spans over the coordinations of names that open with one of `spans` (a person or group): from the span's
    /// start to the end of the name of its last conjunct. None for a span whose head has no conjunct, whose
    /// conjuncts are not all names, or with anything but commas and one coordinating conjunction between them.
    static func spans(in analysis: SentenceAnalysis, view: SentenceView, besides spans: [TypedSpan]) -> [TypedSpan] {
        var found: [TypedSpan] = []
        for span in spans where [.person, .group].contains(span.type) {
            guard let head = analysis.headWord(coveringBytes: span.range),
                let covered = analysis.words(coveringBytes: span.range),
                let end = coordinationEnd(from: covered, head: head, in: analysis),
                let words = SyntaxSpans.viewWords(analysis.byteRange(of: covered.lowerBound..<end), in: view)
            else { continue }
            let whole = TypedSpan(view: view, type: span.type, words: words, strength: span.strength)
            if !found.contains(whole), !spans.contains(whole) { found.append(whole) }
        }
        return found
    }

    /// The end (one past the last word) of the coordination of names whose first member is the name over
    /// `covered` (headed by `head`), or nil when `head` heads no such coordination (see `spans`).
    static func coordinationEnd(from covered: Range<Int>, head: Int, in analysis: SentenceAnalysis) -> Int? {
        let conjuncts = analysis.dependents(of: head, "conj").sorted()
        guard let first = conjuncts.first, first >= covered.upperBound else { return nil }
        var end = covered.upperBound
        var conjunctions = 0
        for conjunct in conjuncts {
            guard analysis.tags[conjunct] == .propn || analysis.entity(containing: conjunct) != nil,
                let name = analysis.name(around: conjunct), name.lowerBound >= end
            else { return nil }
            // Between two members: commas and at most one "and"/"or" in all.
            for between in end..<name.lowerBound {
                let word = analysis.words[between].text.lowercased()
                if word == "," { continue }
                guard joiners.contains(word), analysis.tags[between] == .cconj else { return nil }
                conjunctions += 1
            }
            end = name.upperBound
        }
        return conjunctions == 1 ? end : nil
    }

    /// The conjunctions that join names into one answer.
    static let joiners: Set<String> = ["and", "or", "&"]
}
