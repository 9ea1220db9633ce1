/// The predicate of a question that the tagger, trained mostly on statements, reads as a noun: in "Which river
/// borders the town?" and "Who commands the fleet?" the word after the wh-phrase is the verb, but the tagger, seeing
/// a noun phrase run on (*river borders*), tags it as a plural noun and the parse loses the predicate.
///
/// The correction applies only to a question with no verb and no auxiliary at all (so the clause has no other
/// predicate), and only to a word the tagger's training data has seen as a finite verb or that the tagger ranks as
/// one second; a question the tagger reads right is left as it is.
package enum QuestionPredicate {
    /// Question words that may open the wh-phrase.
    static let whWords: Set<String> = ["who", "whom", "whose", "what", "which", "where", "when", "how", "why"]
    /// Tags of words that may end the wh-phrase (the word after one may be the verb).
    static let nounTags: Set<UniversalTag> = [.noun, .propn, .num]
    /// Tags the tagger gives a verb it misreads in a noun phrase's run (a capitalised word is taken as written).
    static let misreadTags: Set<UniversalTag> = [.noun, .adj]
    /// Tags of the words of a wh-phrase.
    static let phraseTags: Set<UniversalTag> = [.det, .adj, .noun, .propn, .num]

    /// The index of the word of a question (lowercased words, with their tags) to read as a finite verb, if any:
    /// the first word of the wh-phrase's run after its noun (or right after *who*) that `canBe` a finite verb.
    /// *What*, *which* and *whose* may determine the noun after them ("what forces guard …"), *who* may not.
    package static func slot(words: [String], tags: [UniversalTag], canBe: (Int) -> Bool) -> Int? {
        guard words.count == tags.count, !tags.contains(.verb), !tags.contains(.aux),
            let wh = words.firstIndex(where: { whWords.contains($0) })
        else { return nil }
        var index = wh + 1
        while index < words.count, phraseTags.contains(tags[index]) {
            let afterPhrase = index == wh + 1 ? words[wh] == "who" : nounTags.contains(tags[index - 1])
            if misreadTags.contains(tags[index]), afterPhrase, canBe(index) { return index }
            index += 1
        }
        return nil
    }

    /// Forms of the auxiliary *do*.
    static let doForms: Set<String> = ["do", "does", "did"]
    /// Tags of the words of a subject between *do* and its verb.
    static let subjectTags: Set<UniversalTag> = [.det, .adj, .noun, .propn, .num, .pron]
    /// Tags of a subject's head word, after which the bare verb may come.
    static let subjectHeadTags: Set<UniversalTag> = [.noun, .propn, .num, .pron]

    /// The words of a question with *do* and no verb ("Where did the Broncos practice at?", "Where did Super Bowl
    /// 50 take place?") that may be the bare verb *do* asks for: after the auxiliary, in the run of the subject's
    /// words, each lower-case word the tagger read as a noun or adjective that follows a noun, name, number or
    /// pronoun of the run. Empty for a question with a verb or without *do* after its wh-word. `words` are as
    /// written (a capitalised word is taken as written: a name).
    package static func bareVerbSlots(words: [String], tags: [UniversalTag]) -> [Int] {
        guard words.count == tags.count, !tags.contains(.verb),
            let wh = words.firstIndex(where: { whWords.contains($0.lowercased()) }),
            let auxiliary = (wh + 1..<words.count).first(where: { tags[$0] == .aux }),
            doForms.contains(words[auxiliary].lowercased())
        else { return [] }
        var slots: [Int] = []
        var index = auxiliary + 1
        var afterHead = false
        while index < words.count, subjectTags.contains(tags[index]) {
            if afterHead, misreadTags.contains(tags[index]), words[index].first?.isLowercase == true {
                slots.append(index)
            }
            if subjectHeadTags.contains(tags[index]) { afterHead = true }
            index += 1
        }
        return slots
    }
}
