import Testing

@testable import InquireKit

/// A sentence naming other years than the question's states another instance of the event; on made-up sentences.
@Suite("Answers from syntax: a sentence of another year")
struct ConflictingYearsTests {
    @Test("years are numbers of four digits standing alone, not decades, counts or parts of longer numbers")
    func years() {
        #expect(ConflictingYears.years(in: "The mill burned in 1466 and again in 1502.") == [1466, 1502])
        #expect(ConflictingYears.years(in: "In the 1920s and the 1950's, 1,426 workers earned $1500 each.") == [])
        #expect(ConflictingYears.years(in: "The bridge (1628–31) cost 20000 florins.") == [1628])
        #expect(ConflictingYears.years(in: "About 3000 people came.") == [])
    }

    @Test("another year, and no span holding the question's, is another instance")
    func conflict() {
        #expect(ConflictingYears.conflict(question: [1471], sentence: [1466]))
        #expect(ConflictingYears.conflict(question: [1620], sentence: [1628]))
    }

    @Test("the question's year, a span holding it, no year in the sentence or none in the question say nothing")
    func noConflict() {
        #expect(!ConflictingYears.conflict(question: [1471], sentence: [1471, 1480]))
        #expect(!ConflictingYears.conflict(question: [1471], sentence: [1460, 1490]))
        #expect(!ConflictingYears.conflict(question: [1471], sentence: []))
        #expect(!ConflictingYears.conflict(question: [], sentence: [1466]))
    }
}

/// The sentence's document is read for the question's year; on made-up sentences.
@Suite("Answers from syntax: a sentence of another year, its document")
struct ConflictingYearsDocumentTests {
    @Test("another year in the sentence and none of the question's in its document: another instance")
    func otherInstance() {
        let document = ["The mill burned in 1466.", "It was rebuilt by the guild."]
        #expect(
            ConflictingYears.conflict(
                asked: [1471], sentence: document[0], document: { document }))
    }

    @Test("the question's year in a sentence beside it: the document may tell of the same instance")
    func sameInstance() {
        let document = ["In 1471 the guild met.", "The mill burned in 1466 and was rebuilt."]
        #expect(
            !ConflictingYears.conflict(
                asked: [1471], sentence: document[1], document: { document }))
        #expect(
            !ConflictingYears.conflict(
                asked: [], sentence: document[1], document: { document }))
    }
}

/// Why there is no answer when every candidate stood in a sentence of other years; through the engine on a made-up
/// text.
@Suite("Answers from syntax: a sentence of another year, the reason given")
struct ConflictingYearsReasonTests {
    @Test("the reason names the question's years and the best candidate ruled out")
    func summary() throws {
        let candidate = Candidate(
            text: "the guild", type: .group, score: 0.5,
            evidence: Evidence(
                sentence: 0, text: "The guild rebuilt the mill in 1466.", source: "made-up.txt:1", range: nil),
            parts: ScoreParts())
        let record = try #require(
            RuledOutCandidates(predicate: "rebuild", longText: false, candidates: [candidate], otherYears: [1471]))
        #expect(record.ground == .otherYears)
        #expect(
            record.summary
                == "the retrieved sentences name other years than \u{201C}1471\u{201D}; 1 candidate ruled out, the "
                + "best \u{201C}the guild\u{201D}")
    }

    @Test("a question of a year no sentence names is declined with that reason")
    func declined() throws {
        let text = "The mill burned down in 1466. The weavers' guild of Millbrook rebuilt it in 1468.\n"
        let corpus = Corpus(name: "mill", documents: [Document(id: "mill", source: "mill.txt", text: text)])
        let engine = try Engine(corpus: corpus)
        let answer = engine.answer("Who rebuilt the mill in 1471?")
        #expect(answer.text == nil)
        let ruledOut = try #require(answer.ruledOut)
        #expect(ruledOut.ground == .otherYears)
        #expect(ruledOut.arguments == ["1471"])
    }
}
