import InquireKit

/// The analysis part of `:why`: the question's and the evidence sentence's tags and entities, what the question
/// asks (the role, the predicate, its other arguments), and the tree path from the answer to the matched predicate.
struct AnalysisReport {
    /// Bold and colour, or plain text.
    let style: Style
    /// The terminal width, to cut long lines.
    let width: Int

    /// The report's lines for `answer`, or nothing when the engine has no analyzer.
    func render(_ answer: Answer, engine: Engine) -> String {
        guard let analyzer = engine.analyzer, let question = try? analyzer.analysis(ofQuestion: answer.question.text)
        else {
            return ""
        }
        let frame = QuestionFrame(question)
        var out = style.heading("analysis") + "\n"
        out += "  question  " + TextWrap.truncated(Self.tagged(question), width: max(20, width - 12)) + "\n"
        out += "  asks      " + Self.describe(frame) + "\n"
        guard let evidence = answer.evidence,
            let sentence = try? analyzer.analysis(ofSentence: evidence.sentence, text: evidence.text)
        else { return out }
        out += "  evidence  " + TextWrap.truncated(Self.tagged(sentence), width: max(20, width - 12)) + "\n"
        if !sentence.entities.isEmpty {
            let entities = sentence.entities.map { "\(sentence.text(of: $0.words)) \($0.kind.label)" }
            out += "  entities  " + TextWrap.truncated(entities.joined(separator: " · "), width: max(20, width - 12))
            out += "\n"
        }
        if let range = evidence.range, let head = sentence.headWord(coveringBytes: range),
            let lemma = frame.predicateLemma,
            let predicate = FrameAlignment.predicateOccurrences(
                of: lemma, in: sentence, relations: engine.resources.relations
            ).min(by: {
                sentence.treeDistance(head, $0) < sentence.treeDistance(head, $1)
            })
        {
            out += "  path      " + Self.path(from: head, to: predicate, in: sentence) + "\n"
        }
        return out
    }

    /// Words with their tags: "Who/PRON founded/VERB …".
    static func tagged(_ analysis: SentenceAnalysis) -> String {
        (0..<analysis.count).map { "\(analysis.form($0))/\(analysis.tags[$0].label)" }.joined(separator: " ")
    }

    /// What a question frame asks, in words.
    static func describe(_ frame: QuestionFrame) -> String {
        guard let role = frame.role, let lemma = frame.predicateLemma else {
            return "no predicate found for the question word"
        }
        var text = "the \(name(of: role)) of \u{201C}\(lemma)\u{201D}"
        if let counted = frame.countedNoun { text = "the count of \u{201C}\(counted)\u{201D}, " + text }
        let arguments = frame.arguments.map { "\(name(of: $0.role)) \u{201C}\($0.head)\u{201D}" }
        if !arguments.isEmpty { text += "; with " + arguments.joined(separator: ", ") }
        return text
    }

    /// A role's name.
    static func name(of role: SemanticRole) -> String {
        switch role {
        case .agent: "agent"
        case .patient: "patient"
        case .recipient: "recipient"
        case .identity: "identity"
        case .place(let preposition): preposition.map { "place (\($0))" } ?? "place"
        case .time: "time"
        case .name: "name"
        case .possessor: "possessor"
        case .count: "count"
        case .oblique(let preposition): "oblique (\(preposition))"
        case .modifier(let relation): relation
        }
    }

    /// The tree path between two words with its relations: "Kell ←appos– painter ←nsubj– returned –conj→ founded".
    static func path(from start: Int, to end: Int, in analysis: SentenceAnalysis) -> String {
        let path = analysis.path(from: start, to: end)
        guard var previous = path.first else { return "(not connected)" }
        var text = analysis.form(previous)
        for word in path.dropFirst() {
            if analysis.heads[previous] == word {
                text += " \u{2190}\(analysis.relations[previous])\u{2013} " + analysis.form(word)
            } else {
                text += " \u{2013}\(analysis.relations[word])\u{2192} " + analysis.form(word)
            }
            previous = word
        }
        return text
    }
}
