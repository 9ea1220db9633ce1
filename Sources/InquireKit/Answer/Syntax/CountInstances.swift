/// Whether a count of an evidence sentence counts another instance of the event a *how many* question asks about:
/// an article on this year's stampede that also tells of "the deadliest stampede during the 1991 Hajj, in which
/// 1,426 pilgrims were trampled", or that "Last week, at least 76 people were killed when a hotel collapsed". The
/// sentence marks such an event with a word of earlier time in the count's clause ("last week", "earlier",
/// "previously"), or, when the clause is a relative one, on the noun it modifies: a word of earlier time ("the
/// previous stampede"), a superlative ("the deadliest stampede") or a year ("the 1991 Hajj") the question does not
/// hold. A question that itself asks about an earlier event ("… in that earlier disaster?") wants such a count, and
/// not the others.
enum CountInstances {
    /// The factor for a count whose event is marked as another instance when the question's is not, or the other
    /// way round.
    static let otherInstance = 0.5
    /// Words that place an event before the one a text is about (lowercased lemmas).
    static let earlierWords: Set<String> = [
        "previous", "earlier", "prior", "former", "preceding", "previously", "formerly",
    ]
    /// Nouns of a stretch of time that *last* places before now ("last week"); elsewhere *last* is the final one.
    static let timeNouns: Set<String> = [
        "week", "month", "year", "decade", "century", "season", "night", "weekend", "time", "spring", "summer",
        "autumn", "fall", "winter",
    ]
    /// Superlatives not formed with *-est*.
    static let irregularSuperlatives: Set<String> = ["best", "worst"]
    /// How many heads up from the number its clause's verb is looked for.
    static let clauseDepth = 6

    /// The factor for the count at word `number` of `sentence` as the answer to the *how many* question `frame`:
    /// `otherInstance` when the sentence marks the count's event as another instance and the question does not
    /// ask about an earlier one, or the question does and the sentence does not; 1 otherwise.
    static func fit(_ frame: QuestionFrame, number: Int, in sentence: SentenceAnalysis) -> Double {
        marksOther(number, in: sentence, question: frame.analysis) == asksEarlier(frame) ? 1 : otherInstance
    }

    /// Whether word `index` places the event of the noun or clause it modifies before now: an earlier word with no
    /// complement of its own ("the week prior to the game" is before the game, not before now), or *last* modifying
    /// a time noun ("last week", not "the last game").
    static func isEarlier(_ index: Int, in analysis: SentenceAnalysis) -> Bool {
        let lemma = analysis.lemmas[index].lowercased()
        guard [.adj, .adv].contains(analysis.tags[index]), !["case", "mark"].contains(analysis.baseRelation(index)),
            !analysis.children[index].contains(where: { ["obl", "nmod", "fixed"].contains(analysis.baseRelation($0)) })
        else { return false }
        if earlierWords.contains(lemma) || earlierWords.contains(analysis.form(index).lowercased()) { return true }
        let head = analysis.heads[index]
        return lemma == "last" && head >= 0 && timeNouns.contains(analysis.lemmas[head].lowercased())
    }

    /// Whether the question asks about an earlier event: an earlier word modifies one of its predicate's arguments
    /// other than the counted noun, or the predicate itself ("in that earlier disaster", "died previously").
    static func asksEarlier(_ frame: QuestionFrame) -> Bool {
        let question = frame.analysis
        guard let predicate = frame.predicate else { return false }
        return (0..<question.count).contains { index in
            isEarlier(index, in: question) && question.heads[index] >= 0 && question.heads[index] != frame.asked
                && question.dominates(predicate, index)
        }
    }

    /// Whether word `index` is a superlative adjective ("deadliest", "worst"): its form ends in *-est* and is not its
    /// lemma, or is an irregular one.
    static func isSuperlative(_ index: Int, in analysis: SentenceAnalysis) -> Bool {
        guard analysis.tags[index] == .adj else { return false }
        let form = analysis.form(index).lowercased()
        return irregularSuperlatives.contains(form)
            || (form.hasSuffix("est") && form != analysis.lemmas[index].lowercased())
    }

    /// Whether the count at word `number` of `sentence` is marked as another instance (see the type's notes); a
    /// word that `question` holds marks nothing ("the 2010 census" for a question about it).
    static func marksOther(_ number: Int, in sentence: SentenceAnalysis, question: SentenceAnalysis) -> Bool {
        let asked = Set((0..<question.count).map { question.lemmas[$0].lowercased() })
        var clause = number
        for _ in 0..<clauseDepth where sentence.tags[clause] != .verb {
            guard sentence.heads[clause] >= 0 else { return false }
            clause = sentence.heads[clause]
        }
        guard sentence.tags[clause] == .verb else { return false }
        // "Last week, at least 76 people were killed": the clause's own modifiers of time.
        for child in sentence.children[clause] where !sentence.dominates(child, number) {
            guard ["obl", "advmod", "nmod"].contains(sentence.baseRelation(child)) else { continue }
            for index in sentence.phrase(headedBy: child, conjuncts: false)
            where isEarlier(index, in: sentence) && !asked.contains(sentence.lemmas[index].lowercased()) {
                return true
            }
        }
        // "the deadliest stampede during the 1991 Hajj, in which 1,426 pilgrims were trampled"; not a participle
        // ("the largest operator, owning 15 stations": the noun is no event).
        let noun = sentence.heads[clause]
        guard sentence.relations[clause] == "acl:relcl", noun >= 0, sentence.isNoun(noun) else { return false }
        return (0..<sentence.count).contains { index in
            index != noun && sentence.dominates(noun, index) && !sentence.dominates(clause, index)
                && !asked.contains(sentence.lemmas[index].lowercased())
                && (isEarlier(index, in: sentence) || isSuperlative(index, in: sentence)
                    || CountInstances.isYear(index, in: sentence))
        }
    }

    /// Whether word `index` is a year: a number of four digits from 1000 to 2099, written without a comma.
    static func isYear(_ index: Int, in analysis: SentenceAnalysis) -> Bool {
        analysis.tags[index] == .num && isYearForm(analysis.form(index))
    }

    /// Whether `form` is written as a year: four digits from 1000 to 2099, no comma.
    static func isYearForm(_ form: String) -> Bool {
        guard form.count == 4, form.allSatisfy({ $0.isASCII && $0.isNumber }), let value = Int(form) else {
            return false
        }
        return (1000...2099).contains(value)
    }
}
