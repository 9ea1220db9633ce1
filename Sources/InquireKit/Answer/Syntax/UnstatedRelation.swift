/// Candidates ruled out when the corpus never states the question's relation: with no sentence holding the
/// question's predicate (nor an irregular form, synonym or derived word of it), a candidate the evidence puts in no
/// asked role is no answer when its entity kind contradicts the asked type — a place that does not act for *who*, a
/// person for *where* (`SyntaxEvidence.kindFactor` below 0.5) — or when the text is longer than a paragraph
/// (`longText`). "Who founded the Kestrel Trust?" over "… the trust's work in Arden province …" gives no answer
/// rather than "Arden"; over an article of forty sentences none of which states a founding, "Who founded the
/// trust?" gives no answer rather than the trust's director.
///
/// Either half alone is common in right answers over a paragraph (a paraphrased predicate; a tagger's wrong kind):
/// a question written with its paragraph in view often restates the relation in its own words (a quarter of the
/// right answers of the SQuAD tuning half have a predicate their paragraph never uses), so over a paragraph each
/// alone rules nothing out. A question over a whole article whose predicate no sentence of it uses mostly asks
/// what the article does not say: such best candidates in no asked role are 16 of `Corpus/gold.tsv`'s 32
/// unanswerable questions with a candidate against 2 of its 63 right answers, and 4 of the news set's 19 against 1
/// of its 45.
package enum UnstatedRelation {
    /// The kind factor below which an entity kind contradicts the asked type.
    static let contradictingKind = 0.5
    /// The most sentences a paragraph holds, about: a text of more sentences is long enough for a predicate none of
    /// them states to mean the relation is not stated (SQuAD's paragraphs hold 2 to 8 sentences nine times in ten).
    package static let paragraphSentences = 15

    /// The syntax evidence of each candidate (of span type `types`), `nil` for a candidate ruled out; nothing is
    /// ruled out when the corpus states the predicate (`predicateUnknown` false) with the question's other
    /// arguments (`statedApart` false, `rulesOutApart`). `longText` tells that the candidates' sentence stands in a
    /// document longer than a paragraph (`isLong(documentOf:in:)`).
    package static func applied(
        to syntaxes: [SyntaxEvidence?], types: [SpanType], predicateUnknown: Bool, longText long: Bool = false,
        statedApart: Bool = false
    ) -> [SyntaxEvidence?] {
        guard predicateUnknown || statedApart else { return syntaxes }
        return zip(syntaxes, types).map { syntax, type in
            guard let syntax else { return nil }
            if !predicateUnknown { return rulesOutApart(syntax, longText: long) ? nil : syntax }
            return rulesOut(syntax, type: type, longText: long) ? nil : syntax
        }
    }

    /// Whether a candidate with evidence `syntax`, in a text that states the question's predicate only apart from
    /// its other arguments (`RelationApart`), is no answer: over a text longer than a paragraph (`longText`), it
    /// fills no asked role in a sentence that does not state the predicate.
    static func rulesOutApart(_ syntax: SyntaxEvidence, longText: Bool) -> Bool {
        longText && syntax.alignment.role == 0 && !syntax.alignment.predicateFound
    }

    /// The question's predicate as a person reads it: the lemma of the question word whose stem is `stem` (the
    /// predicate `QuestionShape` found and the corpus was searched for: "pay" for the stem of "paid"), else that
    /// word as written, else the stem itself.
    package static func predicateName(stem: String, in question: SentenceAnalysis?, words: [String]) -> String {
        func matches(_ word: String) -> Bool { SnowballStemmer.stem(word.lowercased()) == stem }
        if let question, let index = question.words.indices.first(where: { matches(question.words[$0].text) }) {
            return question.lemmas[index].lowercased()
        }
        return words.first(where: matches)?.lowercased() ?? stem
    }

    /// Whether a text of `sentences` sentences is longer than a paragraph.
    package static func isLong(sentences: Int) -> Bool { sentences > paragraphSentences }

    /// Whether the document holding sentence `sentence` of `corpus` is longer than a paragraph: the one notion of a
    /// long text of the relation checks (`UnstatedRelation`, `RelationApart`, `OtherParticipants`, names stating
    /// no relation, `StatedOutsideNames`). A document, not the corpus: over a corpus of paragraphs none is long.
    package static func isLong(documentOf sentence: Int, in corpus: Corpus) -> Bool {
        isLong(sentences: corpus.documentSentenceCount(of: sentence))
    }

    /// Whether a candidate of span type `type` with evidence `syntax` fills no asked role and either is of a kind
    /// that contradicts the asked type or stands in a text longer than a paragraph (`longText`).
    static func rulesOut(_ syntax: SyntaxEvidence, type: SpanType, longText: Bool = false) -> Bool {
        syntax.alignment.role == 0 && (longText || syntax.kindFactor(for: type) < contradictingKind)
    }
}
