import Testing

@testable import InquireKit

/// A candidate in no asked role whose kind contradicts the asked type is no answer when the corpus never states the
/// question's predicate; on made-up evidence values.
@Suite("Answers from syntax: an unstated relation and a contradicting kind")
struct UnstatedRelationTests {
    /// Evidence of a candidate tagged `kind`, filling the asked role at `role`, acting (subject of an active verb)
    /// or not.
    func evidence(_ kind: EntityKind?, role: Double = 0, acts: Bool = false) -> SyntaxEvidence {
        SyntaxEvidence(
            alignment: FrameAlignment(predicateFound: role > 0, role: role, arguments: 0), entityKind: kind,
            acts: acts)
    }

    @Test("a place that does not act for who, or a person for where, in no asked role, is ruled out")
    func contradictingKinds() {
        #expect(UnstatedRelation.rulesOut(evidence(.place), type: .person))
        #expect(UnstatedRelation.rulesOut(evidence(.place), type: .group))
        #expect(UnstatedRelation.rulesOut(evidence(.person), type: .location))
    }

    @Test("a kind that fits, a place that acts, or a candidate in the asked role stays")
    func kept() {
        #expect(!UnstatedRelation.rulesOut(evidence(.person), type: .person))
        #expect(!UnstatedRelation.rulesOut(evidence(nil), type: .person))
        #expect(!UnstatedRelation.rulesOut(evidence(.place, acts: true), type: .group))
        #expect(!UnstatedRelation.rulesOut(evidence(.place, role: 0.5), type: .person))
        #expect(!UnstatedRelation.rulesOut(evidence(.organization), type: .location))
    }

    @Test("nothing is ruled out when the corpus states the predicate; ruled-out candidates become nil")
    func applied() {
        let syntaxes: [SyntaxEvidence?] = [evidence(.place), evidence(.person), nil]
        let types: [SpanType] = [.person, .person, .person]
        #expect(UnstatedRelation.applied(to: syntaxes, types: types, predicateUnknown: false) == syntaxes)
        #expect(
            UnstatedRelation.applied(to: syntaxes, types: types, predicateUnknown: true) == [
                nil, evidence(.person), nil,
            ])
    }

    @Test("in a text longer than a paragraph, a candidate in no asked role is ruled out whatever its kind")
    func longText() {
        #expect(UnstatedRelation.rulesOut(evidence(.person), type: .person, longText: true))
        #expect(UnstatedRelation.rulesOut(evidence(nil), type: .group, longText: true))
        #expect(!UnstatedRelation.rulesOut(evidence(.person, role: 0.5), type: .person, longText: true))
        #expect(!UnstatedRelation.rulesOut(evidence(.person), type: .person, longText: false))
    }

    @Test("the text is long once it holds more sentences than a paragraph; the predicate must still be unknown")
    func appliedByLength() {
        let syntaxes: [SyntaxEvidence?] = [evidence(.person), evidence(.person, role: 1)]
        let types: [SpanType] = [.person, .person]
        let paragraph = UnstatedRelation.paragraphSentences
        #expect(!UnstatedRelation.isLong(sentences: paragraph))
        #expect(UnstatedRelation.isLong(sentences: paragraph + 1))
        #expect(
            UnstatedRelation.applied(to: syntaxes, types: types, predicateUnknown: true, longText: false) == syntaxes)
        #expect(
            UnstatedRelation.applied(to: syntaxes, types: types, predicateUnknown: true, longText: true)
                == [nil, evidence(.person, role: 1)])
        #expect(
            UnstatedRelation.applied(to: syntaxes, types: types, predicateUnknown: false, longText: true) == syntaxes)
    }

    @Test("a long text is the sentence's document, not the corpus: a corpus of paragraphs holds no long text")
    func longDocument() {
        let paragraph = "The mill stood by the river. It was old. Its wheel was red."
        let article = [String](repeating: "The trust restored a mill.", count: UnstatedRelation.paragraphSentences + 1)
        let corpus = Corpus(
            name: "made up",
            documents: (1...6).map { Document(id: "p\($0)", source: "p\($0).txt", text: paragraph) }
                + [Document(id: "a", source: "a.txt", text: article.joined(separator: " "))])
        #expect(corpus.sentences.count > UnstatedRelation.paragraphSentences)
        #expect(!UnstatedRelation.isLong(documentOf: 0, in: corpus))
        #expect(UnstatedRelation.isLong(documentOf: corpus.sentences.count - 1, in: corpus))
    }

    /// A candidate named `text`, with no score parts of note.
    func candidate(_ text: String) -> Candidate {
        Candidate(
            text: text, type: .person, score: 0.5,
            evidence: Evidence(sentence: 0, text: text + " was there.", source: "made-up.txt:1", range: nil),
            parts: ScoreParts())
    }

    @Test("the record of what was ruled out names the predicate, the ground, the count and the best candidate")
    func ruledOutRecord() throws {
        #expect(RuledOutCandidates(predicate: "pay", longText: true, candidates: []) == nil)
        let long = try #require(
            RuledOutCandidates(predicate: "pay", longText: true, candidates: [candidate("Ann Ro"), candidate("Bo")]))
        #expect(long.ground == .noAskedRole && long.count == 2 && long.best.text == "Ann Ro")
        #expect(
            long.summary
                == "no sentence states \u{201C}pay\u{201D} (nor a form or synonym of it); 2 candidates in no asked "
                + "role ruled out, the best \u{201C}Ann Ro\u{201D}")
        let paragraph = try #require(
            RuledOutCandidates(predicate: "found", longText: false, candidates: [candidate("Arden")]))
        #expect(paragraph.ground == .contradictingKind)
        #expect(paragraph.summary.contains("1 candidate in no asked role and of a kind the question does not ask for"))
    }

    @Test("the predicate is named by the question word the corpus was searched for, without a parse as written")
    func predicateName() {
        let stem = SnowballStemmer.stem("consulted")
        #expect(
            UnstatedRelation.predicateName(stem: stem, in: nil, words: ["Whom", "did", "they", "Consulted"])
                == "consulted")
        #expect(UnstatedRelation.predicateName(stem: stem, in: nil, words: ["Whom", "did", "they", "ask"]) == stem)
    }

    /// A made-up article longer than a paragraph that names a director but states no paying.
    static let article =
        ["Its director, Mara Quillon, has led the Kestrel Trust for ten years."]
        + (0...UnstatedRelation.paragraphSentences).map { "The trust restored mill number \($0) last year." }

    @Test("an answer whose every candidate was ruled out says so; one stated, or over a paragraph, does not")
    func answerCarriesRecord() throws {
        let answer = AnswerRankingTests.engine(Self.article).answer("Who paid for the Kestrel Trust?")
        #expect(answer.kind == .none && answer.candidates.isEmpty)
        let ruledOut = try #require(answer.ruledOut)
        #expect(ruledOut.predicate == "pay" && ruledOut.ground == .noAskedRole && ruledOut.count >= 1)
        #expect(ruledOut.best.text.hasSuffix("Mara Quillon"))
        // The question whose relation is stated is answered, and carries no record.
        let led = AnswerRankingTests.engine(Self.article).answer("Who led the Kestrel Trust?")
        #expect(led.text?.hasSuffix("Mara Quillon") == true && led.ruledOut == nil)
        // Over a paragraph a person in no asked role stays a candidate: nothing is ruled out.
        let short = AnswerRankingTests.engine(Array(Self.article.prefix(3))).answer("Who paid for the Kestrel Trust?")
        #expect(short.ruledOut == nil && !short.candidates.isEmpty)
    }
}
