import Testing

@testable import InquireKit

/// A *who* question's predicate stated in a long text only apart from the question's other arguments rules out
/// candidates in no asked role whose sentence does not state it; on hand-parsed questions and made-up sentences.
@Suite("Answers from syntax: a relation stated only apart from its arguments")
struct RelationApartTests {
    let relations = Engine.Resources.forTests.relations

    let whoDropped = """
        Who PRON 2 nsubj
        dropped/drop VERB 0 root
        the DET 4 det
        parcel NOUN 2 obj
        on ADP 7 case
        the DET 7 det
        street NOUN 2 obl
        ? PUNCT 2 punct
        """

    let whereDropped = """
        Where ADV 3 advmod
        did/do AUX 3 aux
        Kell PROPN 3 nsubj
        drop VERB 0 root
        the DET 5 det
        parcel NOUN 3 obj
        ? PUNCT 3 punct
        """

    @Test("a who question's relation: the predicate's stems and each other argument's word stems")
    func relation() throws {
        let relation = try #require(
            RelationApart.relation(of: QuestionFrame(HandParsed.analysis(whoDropped)), relations: relations))
        #expect(relation.predicateName == "drop")
        #expect(relation.predicate.contains("drop"))
        #expect(relation.argumentNames == ["parcel", "street"])
        #expect(relation.arguments.count == 2)
        #expect(relation.arguments[0].contains("parcel"))
    }

    @Test("only who questions are tested: a where question has no relation to test")
    func whoOnly() {
        #expect(
            RelationApart.relation(of: QuestionFrame(HandParsed.analysis(whereDropped)), relations: relations) == nil)
    }

    @Test("apart when some sentence states the predicate and none with a word of an argument")
    func apart() throws {
        let relation = try #require(
            RelationApart.relation(of: QuestionFrame(HandParsed.analysis(whoDropped)), relations: relations))
        let elsewhere = ["Prices dropped sharply in March.", "A parcel was found on the street by Ann Ro."]
        #expect(RelationApart.isApart(relation, in: elsewhere))
        let together = elsewhere + ["Bo Lind dropped the parcel near the gate."]
        #expect(!RelationApart.isApart(relation, in: together))
        // A predicate no sentence states is `UnstatedRelation`'s case, not this one.
        #expect(!RelationApart.isApart(relation, in: ["A parcel was found on the street."]))
    }

    /// Evidence in the asked role at `role`, in a sentence that states the predicate or not.
    func evidence(role: Double = 0, predicateFound: Bool = false) -> SyntaxEvidence {
        .made(role: role, kind: .person, predicateFound: predicateFound)
    }

    @Test("over a long text, a candidate in no asked role in a sentence without the predicate is ruled out")
    func rulesOut() {
        #expect(UnstatedRelation.rulesOutApart(evidence(), longText: true))
        #expect(!UnstatedRelation.rulesOutApart(evidence(), longText: false))
        #expect(!UnstatedRelation.rulesOutApart(evidence(predicateFound: true), longText: true))
        #expect(!UnstatedRelation.rulesOutApart(evidence(role: 1, predicateFound: true), longText: true))
        let syntaxes: [SyntaxEvidence?] = [
            evidence(), evidence(predicateFound: true), evidence(role: 1, predicateFound: true),
        ]
        #expect(
            UnstatedRelation.applied(
                to: syntaxes, types: [.person, .person, .person], predicateUnknown: false, longText: true,
                statedApart: true) == [nil, evidence(predicateFound: true), evidence(role: 1, predicateFound: true)])
        #expect(
            UnstatedRelation.applied(
                to: syntaxes, types: [.person, .person, .person], predicateUnknown: false, longText: true)
                == syntaxes)
    }

    @Test("the reason names the predicate and the arguments it is never stated with")
    func summary() throws {
        let candidate = Candidate(
            text: "Ann Ro", type: .person, score: 0.5,
            evidence: Evidence(sentence: 0, text: "Ann Ro was there.", source: "made-up.txt:1", range: nil),
            parts: ScoreParts())
        let record = try #require(
            RuledOutCandidates(
                predicate: "drop", longText: true, candidates: [candidate], apartFrom: ["parcel", "street"]))
        #expect(record.ground == .apartFromArguments)
        #expect(
            record.summary
                == "no retrieved sentence states \u{201C}drop\u{201D} with \u{201C}parcel\u{201D}, \u{201C}street\u{201D}; "
                + "1 candidate in no asked role ruled out, the best \u{201C}Ann Ro\u{201D}")
    }
}

@Suite("Answers from syntax: a relation stated apart anywhere in the article")
struct RelationApartInArticleTests {
    let relations = Engine.Resources.forTests.relations

    /// "Who dropped the parcel?"
    var relation: RelationApart.Relation? {
        let question = """
            Who PRON 2 nsubj
            dropped/drop VERB 0 root
            the DET 4 det
            parcel NOUN 2 obj
            ? PUNCT 2 punct
            """
        return RelationApart.relation(of: QuestionFrame(HandParsed.analysis(question)), relations: relations)
    }

    let hits = ["Ann Ro carried the parcel to the gate."]

    @Test("a sentence no question word retrieved, stating the predicate by a verb, states it apart")
    func unretrievedVerb() throws {
        let relation = try #require(relation)
        #expect(RelationApart.isApart(relation, hits: hits, others: [("Prices dropped sharply in March.", true)]))
        // Without it, the retrieved sentences do not state the predicate: nothing is apart.
        #expect(!RelationApart.isApart(relation, hits: hits, others: []))
    }

    @Test("a noun of the predicate outside the retrieved sentences states nothing")
    func unretrievedNoun() throws {
        let relation = try #require(relation)
        #expect(!RelationApart.isApart(relation, hits: hits, others: [("The drop in prices was sharp.", false)]))
    }

    @Test("any sentence of the article that holds the predicate with an argument's word counts as stating both")
    func unretrievedTogether() throws {
        let relation = try #require(relation)
        let others = [("Prices dropped sharply in March.", true), ("The parcel's drop was filmed.", false)]
        #expect(!RelationApart.isApart(relation, hits: hits, others: others))
    }

    @Test("the article's sentences holding the predicate, besides the retrieved ones, in the best hit's document")
    func articleSentences() throws {
        let relation = try #require(relation)
        let sentences = [
            "Ann Ro carried the parcel to the gate.", "Prices dropped sharply in March.", "The gate was green.",
            "Rain dropped on the hills.",
        ]
        let index = try SentenceIndex(termsPerSentence: sentences.map { Analyzer.terms($0) })
        let found = RelationApart.sentences(
            stating: relation, in: 0, besides: [0], index: index, documentOf: { $0 < 3 ? 0 : 1 })
        #expect(found == [1])
    }
}
