/// Naming questions — *What is X called?*, *What is the name of X?*, *What name does X go by?* — answer with a
/// name: the complement of a naming verb ("The festival, called Lumen Nights, …"), or the proper noun that
/// names the asked-about noun as its compound ("the Kestrel port" for *the name of the port*). Such a question
/// has no span type of its own when it asks about a thing (a drill, a festival): any name answers it. A name
/// whose kind contradicts the asked-about noun (a place for *the name of the governor*) does not.
enum NamingAnswers {
    /// The span types that may answer a naming question asking about a thing, best first.
    static let nameTypes: [SpanType] = [.group, .location, .person]

    /// The span types expected: `expected` itself, or when it is empty (no recogniser applies) and the question
    /// asks for a name, `nameTypes`.
    static func expected(_ expected: [SpanType], frame: QuestionFrame?) -> [SpanType] {
        guard expected.isEmpty, frame?.role == .name else { return expected }
        return nameTypes
    }

    /// The lowercased lemma of the noun a naming frame asks the name of (its patient argument), if any.
    static func namedNoun(of frame: QuestionFrame) -> String? {
        guard frame.role == .name else { return nil }
        return frame.arguments.first { $0.role == .patient }?.head
    }

    /// Spans of type `type` over the complements of naming verbs in `analysis` ("called Velayat Nine", "known as
    /// the Old Mill"): the phrase headed by the object or predicative complement of *call*, *name*, *dub* …, or
    /// the noun after *as* of *known as*; only phrases that hold a capitalised word or a number.
    static func complements(in analysis: SentenceAnalysis, view: SentenceView, type: SpanType) -> [TypedSpan] {
        var spans: [TypedSpan] = []
        for word in 0..<analysis.count {
            let head = analysis.heads[word]
            guard head >= 0, analysis.tags[head] == .verb,
                SentenceAnalysis.namingVerbs.contains(analysis.lemmas[head].lowercased())
            else { continue }
            let relation = analysis.baseRelation(word)
            let complement =
                relation == "xcomp"
                || (relation == "obj" && analysis.isPassive(head) == false && isNamed(word, analysis))
                || (relation == "obl" && analysis.preposition(of: word) == "as")
            guard complement else { continue }
            let phrase = quoted(around: analysis.phrase(headedBy: word, conjuncts: false), in: analysis)
            guard phrase.contains(where: { isNamed($0, analysis) }),
                let words = SyntaxSpans.viewWords(analysis.byteRange(of: phrase), in: view)
            else { continue }
            spans.append(TypedSpan(view: view, type: type, words: words, strength: 0.8))
        }
        return spans
    }

    /// Quotation marks that open or close a quoted title.
    static let quoteMarks: Set<String> = ["\"", "\u{201C}", "\u{201D}", "''", "``"]

    /// `phrase`, or the whole quotation it opens ("called \"Cowboys and Indians\"": the title runs to the closing
    /// mark, conjunctions and all), when a quotation mark is right before it and another closes it within 12 words.
    static func quoted(around phrase: Range<Int>, in analysis: SentenceAnalysis) -> Range<Int> {
        guard phrase.lowerBound > 0, quoteMarks.contains(analysis.words[phrase.lowerBound - 1].text) else {
            return phrase
        }
        let limit = min(analysis.count, phrase.lowerBound + 12)
        guard let closing = (phrase.lowerBound..<limit).first(where: { quoteMarks.contains(analysis.words[$0].text) }),
            closing > phrase.lowerBound
        else { return phrase }
        return phrase.lowerBound..<closing
    }

    /// The marks that open a quotation in running text, as bytes (a straight or a left double quotation mark).
    static let openingMarks: [[UInt8]] = [Array("\"".utf8), Array("\u{201C}".utf8)]
    /// The marks that close one (a straight or a right double quotation mark).
    static let closingMarks: [[UInt8]] = [Array("\"".utf8), Array("\u{201D}".utf8)]

    /// Whether `span` is all of a quotation: a quotation mark right before it and one right after it ("\"Cowboys
    /// and Indians\""): a title, whose "and" coordinates nothing.
    static func isWholeQuotation(_ span: TypedSpan, in view: SentenceView) -> Bool {
        let bytes = view.bytes
        let before = openingMarks.contains { mark in
            span.range.lowerBound >= mark.count
                && Array(bytes[(span.range.lowerBound - mark.count)..<span.range.lowerBound]) == mark
        }
        let after = closingMarks.contains { mark in
            span.range.upperBound + mark.count <= bytes.count
                && Array(bytes[span.range.upperBound..<(span.range.upperBound + mark.count)]) == mark
        }
        return before && after
    }

    /// Whether word `index` is a proper noun, a capitalised word or a number.
    static func isNamed(_ index: Int, _ analysis: SentenceAnalysis) -> Bool {
        analysis.tags[index] == .propn || analysis.tags[index] == .num
            || analysis.words[index].text.first?.isUppercase == true
    }

    /// Whether the span headed by `head` names a noun whose lemma is `noun`: the noun itself with a proper noun
    /// as its compound ("the Kestrel port"), or a proper noun that is a compound of it.
    static func namesNoun(_ noun: String, head: Int, in analysis: SentenceAnalysis) -> Bool {
        if analysis.lemmas[head].lowercased() == noun {
            return analysis.children[head].contains {
                analysis.baseRelation($0) == "compound" && analysis.tags[$0] == .propn && $0 < head
            }
        }
        let above = analysis.heads[head]
        return above >= 0 && analysis.tags[head] == .propn && analysis.baseRelation(head) == "compound"
            && analysis.lemmas[above].lowercased() == noun
    }

    /// Whether a noun names a person's role or title (*governor*, *coach*): the name asked is a person's.
    static func isPersonNoun(_ noun: String) -> Bool {
        NameLexicon.titles.contains(noun) || NameLexicon.roles.contains(noun)
    }

    /// `syntaxes` (one per span) for a naming `frame`: a span naming the asked-about noun as its compound fills
    /// the asked role; nil for a span that is no candidate: one without a capitalised word or a number (a common
    /// noun is no name), or whose kind contradicts that noun (a place named for a person's role).
    static func applied(
        to syntaxes: [SyntaxEvidence], spans: [TypedSpan], heads: [Int?], frame: QuestionFrame,
        in analysis: SentenceAnalysis
    ) -> [SyntaxEvidence?] {
        guard let noun = namedNoun(of: frame) else { return syntaxes }
        let person = isPersonNoun(noun)
        return zip(spans, zip(syntaxes, heads)).map { span, pair in
            var (syntax, head) = pair
            if person, span.type == .location || syntax.entityKind == .place { return nil }
            // A name holds a capitalised word or a number: "the deputy governor" is the asked noun, not its name.
            guard span.text.contains(where: { $0.isUppercase || $0.isNumber }) else { return nil }
            if let head, namesNoun(noun, head: head, in: analysis) {
                syntax.alignment.predicateFound = true
                syntax.alignment.role = 1
                syntax.alignment.arguments = 1
            }
            return syntax
        }
    }
}
