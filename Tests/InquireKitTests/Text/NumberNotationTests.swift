import Testing

@testable import InquireKit

@Suite("Number notations read from tokens and the bytes between them")
struct NumberNotationTests {
    /// One case: a text whose number starts at the first token, what must be read, and the text it covers.
    struct Case: CustomStringConvertible, Sendable {
        let text: String
        let value: Double
        let span: String
        var unit: String?
        var qualifier: String?
        var currency: String?
        var description: String { text }
    }

    static let cases: [Case] = [
        // A thousands separator before a glued unit (the tokenizer gives "5" and "000m").
        Case(text: "5,000m final", value: 5_000, span: "5,000m", unit: "m"),
        Case(text: "1,500m.", value: 1_500, span: "1,500m", unit: "m"),
        Case(text: "12,500,000km away", value: 12_500_000, span: "12,500,000km", unit: "km"),
        Case(text: "$5,000m budget", value: 5_000_000_000, span: "$5,000m", currency: "$"),
        Case(text: "about 5,000m", value: 5_000, span: "about 5,000m", unit: "m", qualifier: "about"),
        // A times sign: relays and sizes.
        Case(text: "4x100m relay", value: 400, span: "4x100m", unit: "m"),
        Case(text: "4X400m relay", value: 1_600, span: "4X400m", unit: "m"),
        Case(text: "4×100m relay", value: 400, span: "4×100m", unit: "m"),
        Case(text: "3 × 2 grid", value: 6, span: "3 × 2"),
        // Clock and race times.
        Case(text: "14:39.29 seconds", value: 14 * 60 + 39.29, span: "14:39.29", unit: NumberReading.clockUnit),
        Case(text: "2:03:59 to win", value: 2 * 3_600 + 3 * 60 + 59, span: "2:03:59", unit: NumberReading.clockUnit),
        Case(text: "3:43 flat", value: 223, span: "3:43", unit: NumberReading.clockUnit),
        // A scale word after decimals (read by the plain reader).
        Case(text: "2.2 million people", value: 2_200_000, span: "2.2 million"),
    ]

    @Test("reads as one number", arguments: cases)
    func table(_ example: Case) throws {
        let tokens = Tokenizer.tokenize(example.text)
        let bytes = Array(example.text.utf8)
        let reading = try #require(NumberReader.read(tokens, at: 0, in: bytes))
        #expect(abs(reading.value - example.value) < 1e-9)
        #expect(String(decoding: bytes[reading.range(in: tokens)], as: UTF8.self) == example.span)
        #expect(reading.unit == example.unit)
        #expect(reading.qualifier == example.qualifier)
        #expect(reading.currency == example.currency)
    }

    @Test(
        "leaves alone what is not one of these notations",
        arguments: [
            ("1,2,3 and more", "1"),  // a list: the comma is not a thousands separator
            ("5, 000m", "5"),  // a space after the comma
            ("5,00m", "5"),  // two digits after the comma
            ("at 7:5 then", nil),  // one digit after the colon
            ("ratio 3:75", nil),  // 75 is not below 60
            ("page 12,345", "12,345"),  // a plain number, read as before
        ] as [(String, String?)])
    func notOne(text: String, span: String?) {
        let tokens = Tokenizer.tokenize(text)
        let bytes = Array(text.utf8)
        let start = tokens.firstIndex { $0.term.utf8.first.map(UTF8Classes.isDigit) == true } ?? 0
        let reading = NumberReader.read(tokens, at: start, in: bytes)
        if let span {
            #expect(reading.map { String(decoding: bytes[$0.range(in: tokens)], as: UTF8.self) } == span)
        } else {
            #expect(reading?.unit != NumberReading.clockUnit)
        }
    }

    @Test("the index terms of these texts are unchanged: the reader, not the tokenizer, joins them")
    func termsUnchanged() {
        let terms = Tokenizer.tokenize("won the 5,000m in 14:39.29").map(\.term)
        #expect(terms == ["won", "the", "5", "000m", "in", "14", "39.29"])
    }
}
