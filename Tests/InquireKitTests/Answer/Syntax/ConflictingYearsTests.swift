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
                question: "Who rebuilt the mill in 1471?", sentence: document[0], document: { document }))
    }

    @Test("the question's year in a sentence beside it: the document may tell of the same instance")
    func sameInstance() {
        let document = ["In 1471 the guild met.", "The mill burned in 1466 and was rebuilt."]
        #expect(
            !ConflictingYears.conflict(
                question: "Who rebuilt the mill in 1471?", sentence: document[1], document: { document }))
        #expect(
            !ConflictingYears.conflict(
                question: "Who rebuilt the mill?", sentence: document[1], document: { document }))
    }
}
