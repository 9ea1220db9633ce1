/// Whether a text states a word outside names: "Who founded the trust?" over an article whose only word related to
/// *found* is the name "Kestrel Foundation" does not state a founding. A word counts as part of a name when it is
/// written with a capital and is not the first word of its sentence. Over a paragraph nothing changes: a question
/// written beside it restates its relation in other words, and a name holding a related word was one of them for 5
/// right answers of the SQuAD tuning half.
package enum StatedOutsideNames {
    /// The most sentences holding a stem that are read: a stem in more sentences counts as stated.
    static let sentencesRead = 64

    /// Whether one of the sentences `texts` holds the stem `stem` (a word, or a part of a compound, of that index
    /// term) outside a name.
    static func states(_ stem: String, in texts: [String]) -> Bool {
        texts.contains { states(stem, inSentence: $0) }
    }

    /// Whether the sentence `text` holds the stem `stem` outside a name.
    static func states(_ stem: String, inSentence text: String) -> Bool {
        let tokens = Tokenizer.tokenize(text)
        var word = -1
        for token in tokens {
            if token.kind != .part { word += 1 }
            guard Analyzer.term(for: token) == stem else { continue }
            if word == 0 || !token.isCapitalized { return true }
        }
        return false
    }

    /// Whether the index states the question's predicate (stem `predicate`) in no form: none of its forms and
    /// related words (`relations`) is in a sentence (texts `text`), or, over a text longer than a paragraph
    /// (`longText`), a related word of another stem stands only inside names in the (at most `sentencesRead`)
    /// sentences that hold it. The predicate's own stem and irregular forms count wherever they stand: a title
    /// ("Commissioner Ann Ro") or a name ("Said") written as the question writes its word.
    static func predicateUnknown(
        _ predicate: String, relations: RelationLexicon, index: SentenceIndex, longText: Bool,
        text: (Int) -> String
    ) -> Bool {
        let own = Set(IrregularVerbs.forms(ofStem: predicate)).union([predicate])
        return relations.alternatives(of: predicate).allSatisfy { stem in
            let frequency = index.documentFrequency(of: stem)
            if frequency == 0 { return true }
            if !longText || own.contains(stem) || frequency > sentencesRead { return false }
            let hits = index.search(terms: [stem], top: frequency)
            return !states(stem, in: hits.map { text($0.sentence) })
        }
    }
}
