import Testing

@testable import InquireKit

@Suite("Question openings")
struct QuestionOpeningTests {
    @Test(
        "the first word, or the second after a preposition",
        arguments: [
            ("Who designed the lighthouse?", QuestionOpening.who),
            ("whom did she marry?", .who),
            ("Whose lamp is it?", .who),
            ("Who's the keeper?", .who),
            ("To whom was the letter sent?", .who),
            ("Where does it stand?", .where),
            ("From where was he sent?", .where),
            ("When was it lit?", .when),
            ("In what year was it lit?", .what),
            ("Which engineer designed it?", .which),
            ("Why was it automated?", .why),
            ("How many keepers lived there?", .howMany),
            ("About how many ships passed?", .howMany),
            ("How much did it cost?", .howMuch),
            ("How tall is the tower?", .how),
            ("The trust looks after what?", .other),
            ("Name the engineer.", .other),
            ("In the end, who paid?", .other),
            ("", .other),
        ])
    func opening(question: String, expected: QuestionOpening) {
        #expect(QuestionOpening(question: question) == expected)
    }

    @Test("buckets sort in report order")
    func order() {
        #expect([QuestionOpening.other, .howMany, .who].sorted() == [.who, .howMany, .other])
    }
}
