/// Patterns for requests phrased as commands (*Name the …*, *List …*, *Tell me about …*, *Define …*) and
/// for questions with no question word at all.
extension QuestionParse {
    /// The index of the command verb that opens the request, if the question is one (after an optional
    /// *please* or *can you*).
    func commandIndex() -> Int? {
        var index = 0
        if word(0) == "please" { index = 1 }
        if ["can", "could", "would", "will"].contains(word(index)), word(index + 1) == "you" { index += 2 }
        if word(index) == "please" { index += 1 }
        let verb = word(index)
        guard WordClasses.imperatives.contains(verb), tokens.indices.contains(index) else { return nil }
        let next = word(index + 1)
        if next == "of" || WordClasses.be.contains(next) || next == "'s" { return nil }
        switch verb {
        case "describe", "define", "explain", "name", "list", "identify": return index
        default:
            let opensPhrase = WordClasses.determiners.contains(next) || WordClasses.numberWords.contains(next)
            return opensPhrase || next == "me" || next == "us" ? index : nil
        }
    }

    /// Classifies a command whose verb is at `index`.
    func classifyCommand(at index: Int) -> RuleOutcome {
        let verb = words[index]
        var outcome: RuleOutcome
        switch verb {
        case "describe":
            outcome = RuleOutcome(type: .description, confidence: RuleOutcome.lexiconConfidence)
        case "define":
            outcome = RuleOutcome(type: .definition, confidence: RuleOutcome.lexiconConfidence)
        case "explain":
            let type: AnswerType =
                word(index + 1) == "why" ? .reason : word(index + 1) == "how" ? .manner : .description
            outcome = RuleOutcome(type: type, confidence: RuleOutcome.lexiconConfidence)
        default:
            var start = index + 1
            if word(start) == "me" || word(start) == "us" { start += 1 }
            if WordClasses.whWords.contains(word(start)) {
                var inner = classifyQuestionWord(at: start)
                inner.whTokens.append(index)
                return inner
            }
            if word(start) == "about" {
                outcome = RuleOutcome(type: .description, confidence: RuleOutcome.defaultConfidence)
            } else {
                outcome = nounPhraseOutcome(from: start, extra: [])
            }
        }
        outcome.whWord = verb
        outcome.whTokens.append(index)
        return outcome
    }

    /// Dispatches on the question word at `wh`.
    func classifyQuestionWord(at wh: Int) -> RuleOutcome {
        switch words[wh] {
        case "what", "which": classifyWhat(at: wh)
        case "who", "whom", "whose": classifyWho(at: wh)
        case "where": classifyWhere(at: wh)
        case "when": classifyWhen(at: wh)
        case "why": classifyWhy(at: wh)
        default: classifyHow(at: wh)
        }
    }

    /// A question with neither question word nor command (*Capital of Peru?*): the head of its first
    /// noun phrase decides, else other entity.
    func classifyWithoutQuestionWord() -> RuleOutcome {
        var start = 0
        while start < end,
            !tokens[start].isWord || WordClasses.be.contains(words[start])
                || WordClasses.doForms.contains(words[start]) || WordClasses.modals.contains(words[start])
        {
            start += 1
        }
        var outcome = nounPhraseOutcome(from: start, extra: [])
        outcome.confidence = min(outcome.confidence, RuleOutcome.defaultConfidence)
        return outcome
    }
}
