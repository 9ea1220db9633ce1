import Testing

@testable import InquireKit

@Suite("Number reader")
struct NumberReaderTests {
    /// One case: a text whose number starts at the first token, and what must be read.
    struct Case: CustomStringConvertible, Sendable {
        let text: String
        let value: Double
        /// The text the reading covers, signs included.
        let span: String
        var qualifier: String?
        var unit: String?
        var isOrdinal = false
        var currency: String?
        var description: String { text }
    }

    static let cases: [Case] = [
        // Digits.
        Case(text: "1,200 people", value: 1_200, span: "1,200"),
        Case(text: "3.5 percent", value: 3.5, span: "3.5"),
        Case(text: "900 km", value: 900, span: "900"),
        Case(text: "1,234,567.5", value: 1_234_567.5, span: "1,234,567.5"),
        // Words.
        Case(text: "two children", value: 2, span: "two"),
        Case(text: "zero", value: 0, span: "zero"),
        Case(text: "ninety-one people", value: 91, span: "ninety-one"),
        Case(text: "twenty five", value: 25, span: "twenty five"),
        Case(text: "a hundred and twenty", value: 120, span: "a hundred and twenty"),
        Case(text: "two thousand three hundred and five", value: 2_305, span: "two thousand three hundred and five"),
        Case(text: "two hundred and forty-five", value: 245, span: "two hundred and forty-five"),
        Case(text: "a dozen eggs", value: 12, span: "a dozen"),
        Case(text: "two dozen", value: 24, span: "two dozen"),
        Case(text: "one two three", value: 1, span: "one"),
        Case(text: "a hundred and the rest", value: 100, span: "a hundred"),
        Case(text: "half a million", value: 500_000, span: "half a million"),
        Case(text: "two-thirds of voters", value: 2.0 / 3.0, span: "two-thirds"),
        // Scales.
        Case(text: "3.5 million", value: 3_500_000, span: "3.5 million"),
        Case(text: "2 billion", value: 2_000_000_000, span: "2 billion"),
        Case(text: "4.5 bn", value: 4_500_000_000, span: "4.5 bn"),
        Case(text: "two million three hundred thousand", value: 2_300_000, span: "two million three hundred thousand"),
        Case(text: "ninety-one thousand", value: 91_000, span: "ninety-one thousand"),
        Case(text: "a million thousand", value: 1_000_000, span: "a million"),
        // Ordinals.
        Case(text: "third", value: 3, span: "third", isOrdinal: true),
        Case(text: "21st century", value: 21, span: "21st", isOrdinal: true),
        Case(text: "2nd", value: 2, span: "2nd", isOrdinal: true),
        Case(text: "twenty-first", value: 21, span: "twenty-first", isOrdinal: true),
        Case(text: "twenty first", value: 21, span: "twenty first", isOrdinal: true),
        Case(text: "one hundredth", value: 100, span: "one hundredth", isOrdinal: true),
        Case(text: "21st-century warfare", value: 21, span: "21st-century", unit: "century", isOrdinal: true),
        // Qualifiers.
        Case(text: "over 90 people", value: 90, span: "over 90", qualifier: "over"),
        Case(text: "more than two decades", value: 2, span: "more than two", qualifier: "more than"),
        Case(text: "about 40", value: 40, span: "about 40", qualifier: "about"),
        Case(text: "at least 3", value: 3, span: "at least 3", qualifier: "at least"),
        Case(text: "no more than 5", value: 5, span: "no more than 5", qualifier: "no more than"),
        Case(text: "up to 3.5 million", value: 3_500_000, span: "up to 3.5 million", qualifier: "up to"),
        Case(text: "hundreds of people", value: 100, span: "hundreds of", qualifier: "hundreds of"),
        Case(
            text: "tens of thousands of people", value: 10_000, span: "tens of thousands of",
            qualifier: "tens of thousands of"),
        Case(text: "several hundred", value: 100, span: "several hundred", qualifier: "several"),
        Case(text: "a few thousand", value: 1_000, span: "a few thousand", qualifier: "a few"),
        Case(
            text: "more than hundreds of", value: 100, span: "more than hundreds of", qualifier: "more than hundreds of"
        ),
        // Units and signs glued to the number.
        Case(text: "900-kilometer border", value: 900, span: "900-kilometer", unit: "kilometer"),
        Case(text: "a 12-year-old boy", value: 12, span: "12-year-old", unit: "year-old"),
        Case(text: "two-day visit", value: 2, span: "two-day", unit: "day"),
        Case(text: "12km", value: 12, span: "12km", unit: "km"),
        Case(text: "100m race", value: 100, span: "100m", unit: "m"),
        Case(text: "40% of", value: 40, span: "40%", unit: "%"),
        Case(text: "about 40% of", value: 40, span: "about 40%", qualifier: "about", unit: "%"),
        Case(text: "$4.5bn", value: 4_500_000_000, span: "$4.5bn", currency: "$"),
        Case(text: "4.5bn people", value: 4_500_000_000, span: "4.5bn"),
        Case(text: "$3m", value: 3_000_000, span: "$3m", currency: "$"),
        Case(text: "$3.5 million", value: 3_500_000, span: "$3.5 million", currency: "$"),
        Case(text: "over $40", value: 40, span: "over $40", qualifier: "over", currency: "$"),
        Case(text: "£20", value: 20, span: "£20", currency: "£"),
        Case(text: "€1,200", value: 1_200, span: "€1,200", currency: "€"),
    ]

    @Test("reads", arguments: cases)
    func table(_ example: Case) throws {
        let tokens = Tokenizer.tokenize(example.text)
        let index = example.text.hasPrefix("a 12") ? 1 : 0
        let reading = try #require(NumberReader.read(tokens, at: index))
        #expect(abs(reading.value - example.value) < 1e-9)
        let bytes = Array(example.text.utf8)
        #expect(String(decoding: bytes[reading.range(in: tokens)], as: UTF8.self) == example.span)
        #expect(reading.qualifier == example.qualifier)
        #expect(reading.isApproximate == (example.qualifier != nil))
        #expect(reading.unit == example.unit)
        #expect(reading.isOrdinal == example.isOrdinal)
        #expect(reading.currency == example.currency)
    }

    @Test(
        "reads nothing where no number starts",
        arguments: [
            "people", "hundred people", "over the border", "1990s", "the", "F-16 jets", "1990-1995", "a",
            "a few people", "several people", "dozen", "and two", "some of them",
        ])
    func nothing(_ text: String) {
        #expect(NumberReader.read(Tokenizer.tokenize(text), at: 0) == nil)
    }

    @Test("reads the parts of a compound that is not one number")
    func parts() throws {
        let tokens = Tokenizer.tokenize("F-16 and 1990-1995")
        #expect(NumberReader.read(tokens, at: 2)?.value == 16)
        #expect(NumberReader.read(tokens, at: 5)?.value == 1990)
        #expect(NumberReader.read(tokens, at: 6)?.value == 1995)
    }

    @Test("every number of a sentence, read left to right")
    func sentence() {
        let text = "Three women and four children were killed, and over 90 people died in a 900-kilometer zone."
        let tokens = Tokenizer.tokenize(text)
        var found: [String] = []
        var index = 0
        while index < tokens.count {
            guard let reading = NumberReader.read(tokens, at: index) else {
                index += 1
                continue
            }
            found.append(String(decoding: Array(text.utf8)[reading.range(in: tokens)], as: UTF8.self))
            index = reading.end
        }
        #expect(found == ["Three", "four", "over 90", "900-kilometer"])
    }

    @Test(
        "the value of one term",
        arguments: [
            ("two", 2.0), ("ninety", 90), ("1,200", 1_200), ("3.5", 3.5), ("third", 3), ("21st", 21),
            ("million", 1_000_000), ("4.5bn", 4_500_000_000),
        ] as [(String, Double)])
    func value(_ term: String, _ expected: Double) {
        #expect(NumberReader.value(of: term) == expected)
    }

    @Test("terms that have no value of their own", arguments: ["12km", "bn", "people", "1990s", "3.5.2", ""])
    func noValue(_ term: String) {
        #expect(NumberReader.value(of: term) == nil)
    }

    @Test("out-of-range indices read nothing")
    func bounds() {
        let tokens = Tokenizer.tokenize("two")
        #expect(NumberReader.read(tokens, at: 1) == nil)
        #expect(NumberReader.read(tokens, at: -1) == nil)
        #expect(NumberReader.read([], at: 0) == nil)
    }
}
