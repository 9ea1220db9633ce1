import Foundation

/// Whether a phrase of an evidence sentence names another instance of the thing a question's argument names:
/// "Super Bowl XLI" for "Super Bowl II", "the 2014 season" for "the 2015 season". Both name the same kind of
/// thing with the same head, but each holds a name word or number the other lacks, so the phrase is not the
/// argument, and a candidate beside it is not the one the question asks about.
enum ArgumentInstances {
    /// How much an argument word counts when its phrase names another instance.
    static let otherInstanceWeight = 0.3
    /// How many steps a word climbs through name parts to the head of its name ("Bowl" of "Super Bowl XLI").
    static let reach = 3

    /// The stems of the lowercased lemmas (without accents) of the name words and numbers among `words` of
    /// `analysis`.
    static func names(in words: some Sequence<Int>, of analysis: SentenceAnalysis) -> Set<String> {
        Set(words.filter { isNameWord($0, in: analysis) }.map { folded(analysis.lemmas[$0]) })
    }

    /// Whether word `index` is a name word or a number: a proper noun, a numeral, or a capitalised noun or
    /// adjective inside the sentence ("V" of "Super Bowl V" tagged a noun).
    static func isNameWord(_ index: Int, in analysis: SentenceAnalysis) -> Bool {
        switch analysis.tags[index] {
        case .propn, .num: return true
        case .noun, .adj: return index > 0 && analysis.words[index].text.first?.isUppercase == true
        default: return false
        }
    }

    /// Whether the name around word `index` of `sentence` names another instance than `argument`: it holds a
    /// name word or number the argument lacks, and the argument one it lacks.
    static func namesOther(_ index: Int, in sentence: SentenceAnalysis, argument: QuestionFrame.Argument) -> Bool {
        guard !argument.names.isEmpty else { return false }
        var head = index
        var steps = 0
        while steps < reach, sentence.heads[head] >= 0,
            ["compound", "flat", "nummod"].contains(sentence.baseRelation(head))
        {
            head = sentence.heads[head]
            steps += 1
        }
        // Without the head's own conjuncts: "Super Bowls I and II and Chuck Howley" is a misparse of a list.
        let phrase = sentence.phrase(headedBy: head, conjuncts: false)
        let found = names(in: phrase, of: sentence)
        let lemmas = Set(phrase.map { folded(sentence.lemmas[$0]) })
        let missing = argument.names.contains { !lemmas.contains($0) }
        let known = argument.names.union(argument.lemmas.map(folded))
        let extra = found.contains { !known.contains($0) }
        return missing && extra
    }

    /// The stem of a lemma lowercased and without its accents ("Temür" and "Temur" are one name, "Bowls" and
    /// "Bowl" one word).
    static func folded(_ lemma: String) -> String {
        let lowered = lemma.lowercased()
        guard lowered.utf8.contains(where: { $0 >= 0x80 }) else { return SnowballStemmer.stem(lowered) }
        return SnowballStemmer.stem(lowered.folding(options: .diacriticInsensitive, locale: nil))
    }
}
