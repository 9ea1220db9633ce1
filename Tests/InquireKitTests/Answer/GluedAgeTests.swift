import Testing

@testable import InquireKit

/// *How old is she?* over "a 12-year-old girl": an age glued to its number answers as the number; on made-up
/// sentences.
@Suite("Answers: ages written as a number glued to year-old")
struct GluedAgeTests {
    @Test("the glued units of an age are known; other units are not")
    func units() {
        #expect(GluedAges.isAge("year-old"))
        #expect(GluedAges.isAge("Month-Old"))
        #expect(!GluedAges.isAge("kilometer"))
        #expect(!GluedAges.isAge("year"))
        #expect(!GluedAges.isAge(nil))
    }

    @Test("through the whole answer stage")
    func answers() {
        let engine = AnswerRankingTests.engine([
            "Lena Doss, a 12-year-old girl from Varn, built a small telescope.",
            "The telescope was shown at the town fair in May.",
        ])
        #expect(engine.answer("How old is Lena Doss?").text == "12")
    }

    @Test("a number after 'aged' or 'at age' is an age; one after another word is not")
    func ageWords() {
        let recognizer = SpanRecognizer(gazetteer: Engine.Resources.forTests.gazetteer)
        func ages(_ sentence: String) -> [String] {
            recognizer.spans(in: sentence).filter { $0.type == .duration }.map(\.text)
        }
        #expect(ages("Orla Penn retired at age 41 after a long career.") == ["41"])
        #expect(ages("The children, aged 9, planted trees.") == ["9"])
        #expect(ages("She won her first race at the age of 17.") == ["17"])
        #expect(ages("She won 17 races in the valley.").isEmpty)
    }
}
