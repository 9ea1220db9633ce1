/// A definite description that refers back, as a pronoun does: the subject "the N" of a main clause (the noun with
/// its article and nothing else) stands for the subject of an earlier sentence that called it an N ("Super Bowl 50
/// was an American football game. … The game was played at Levi's Stadium"), or, when N is a general noun (the
/// closed class of nouns that refer back by their meaning alone: "the event", "the thing", "the matter"), for the
/// subject of the sentence before ("The game's media day was moved to the Monday. The event was held at SAP
/// Center").
enum AnaphoricDescriptions {
    /// General nouns (Halliday and Hasan's class, with the nouns of happenings): a definite one refers to what the
    /// sentence before is about.
    static let generalNouns: Set<String> = [
        "event", "occasion", "incident", "affair", "matter", "thing", "business", "move", "idea", "fact",
        "creature", "place", "stuff",
    ]
    /// Determiners of a description that refers back.
    static let determiners: Set<String> = ["the", "this", "that"]

    /// The main clause's subject of `analysis` when it is a description that may refer back: a common noun whose
    /// only dependent is "the", "this" or "that".
    static func subject(of analysis: SentenceAnalysis) -> Int? {
        guard let root = analysis.root else { return nil }
        // The subject of the root, or of the copular or passive clause's predicate.
        guard
            let subject = analysis.children[root].first(where: { analysis.baseRelation($0) == "nsubj" }),
            analysis.tags[subject] == .noun, !analysis.children[subject].isEmpty,
            analysis.children[subject].allSatisfy({ child in
                analysis.baseRelation(child) == "det" && determiners.contains(analysis.lemmas[child].lowercased())
            })
        else { return nil }
        return subject
    }

    /// Whether word `index` of `analysis` refers back to an earlier sentence's subject: a third-person pronoun or
    /// such a description.
    static func refersBack(_ index: Int, in analysis: SentenceAnalysis) -> Bool {
        Antecedent.isPronoun(index, in: analysis) || isDescription(index, in: analysis)
    }

    /// Whether word `index` of `analysis` is such a description.
    static func isDescription(_ index: Int, in analysis: SentenceAnalysis) -> Bool {
        subject(of: analysis) == index
    }

    /// The lowercased lemmas of the content words of what the description subject of `analysis` refers to, read in
    /// `earlier` (the sentences before it in its document, nearest last): the subject of the nearest that calls it
    /// by its noun ("X was a … game", "X, a … game"), else for a general noun the subject of the sentence right
    /// before; empty when it has no such subject or none is found.
    static func lemmas(for analysis: SentenceAnalysis, earlier: [SentenceAnalysis]) -> Set<String> {
        guard let subject = subject(of: analysis) else { return [] }
        let noun = analysis.lemmas[subject].lowercased()
        for sentence in earlier.reversed() {
            if let named = named(noun, in: sentence) { return contentLemmas(of: named, in: sentence) }
        }
        guard generalNouns.contains(noun), let previous = earlier.last else { return [] }
        let before = Antecedent.lemmas(ofSubjectOf: previous)
        return before.isEmpty ? opening(of: previous).map { contentLemmas(of: $0, in: previous) } ?? [] : before
    }

    /// The head of the noun phrase `sentence` opens with, when the parse gave its main clause no subject ("The
    /// game's media day, which was held …, was moved …" with *day* read as an oblique): the first noun or name
    /// that hangs on no other noun and has no preposition, before the root; nil when the sentence opens otherwise.
    static func opening(of sentence: SentenceAnalysis) -> Int? {
        guard let root = sentence.root else { return nil }
        for index in 0..<root {
            guard SentenceAnalysis.nounPhraseTags.contains(sentence.tags[index]) else { return nil }
            guard sentence.isNoun(index) else { continue }
            let head = sentence.heads[index]
            if head >= 0, sentence.isNoun(head) { continue }
            let hasPreposition = sentence.children[index].contains { sentence.baseRelation($0) == "case" }
            return hasPreposition ? nil : index
        }
        return nil
    }

    /// The head of the subject that `sentence` calls by the noun `noun`: the subject of a copular clause whose
    /// predicate is that noun ("X was an American football game"); nil when there is none.
    static func named(_ noun: String, in sentence: SentenceAnalysis) -> Int? {
        for index in 0..<sentence.count
        where sentence.tags[index] == .noun && sentence.lemmas[index].lowercased() == noun
            && sentence.children[index].contains(where: { sentence.baseRelation($0) == "cop" })
        {
            if let subject = sentence.children[index].first(where: { sentence.baseRelation($0) == "nsubj" }),
                sentence.isNoun(subject)
            {
                return subject
            }
        }
        return nil
    }

    /// The lowercased lemmas of the content words of the phrase headed by `head`.
    static func contentLemmas(of head: Int, in sentence: SentenceAnalysis) -> Set<String> {
        Set(
            sentence.phrase(headedBy: head).filter { QuestionFrame.contentTags.contains(sentence.tags[$0]) }.map {
                sentence.lemmas[$0].lowercased()
            })
    }
}
