import Testing

@testable import InquireKit

@Suite("Date recogniser")
struct DateRecognizerTests {
    @Test(
        "days, full dates, years, decades, centuries and relative dates",
        arguments: [
            ("On Thursday, a deputy governor confirmed the figures.", "Thursday"),
            ("The league announced on October 16, 2012, that two finalists remained.", "October 16, 2012"),
            ("He was drafted in 1998 by the Colts.", "1998"),
            ("The show was popular in the 1990s.", "1990s"),
            ("Goldbach wrote in the 18th century.", "18th century"),
            ("It followed an attack earlier in the week.", "earlier in the week"),
            ("Caesar crossed the river in 49 BC.", "49 BC"),
            ("The plague reached the port in the summer of 1347.", "summer of 1347"),
        ])
    func dates(sentence: String, date: String) {
        #expect(SpanTestSupport.spans(.date, in: sentence).map(\.text).contains(date))
    }

    @Test("'may' is a month only before a day number")
    func mayIsAVerb() {
        #expect(SpanTestSupport.spans(.date, in: "It May rain tomorrow.").isEmpty)
        #expect(SpanTestSupport.spans(.date, in: "It opened on May 1, 1953.").map(\.text) == ["May 1, 1953"])
    }

    @Test("a month's abbreviation is a month only before a number")
    func abbreviations() {
        #expect(SpanTestSupport.spans(.date, in: "Jan Smith wrote the report.").isEmpty)
        #expect(SpanTestSupport.spans(.date, in: "It closed on Mar 3, 2001.").map(\.text) == ["Mar 3, 2001"])
    }

    @Test("a four-digit number counting a plural noun is no year")
    func countIsNoYear() {
        #expect(SpanTestSupport.spans(.date, in: "The clinic treated 1450 patients last winter.").isEmpty)
        #expect(SpanTestSupport.spans(.date, in: "The clinic treated 1450 people.").isEmpty)
        #expect(SpanTestSupport.spans(.date, in: "In 1998 engineers rebuilt the dam.").map(\.text) == ["1998"])
        #expect(SpanTestSupport.spans(.date, in: "The 2012 floods ruined the crop.").map(\.text) == ["2012"])
    }

    @Test("two dates joined after \"between\" or \"from\" are also one date range")
    func ranges() {
        let between = SpanTestSupport.spans(.date, in: "The road was rebuilt between May 1990 and June 1992 by hand.")
        #expect(between.map(\.text).contains("between May 1990 and June 1992"))
        #expect(between.map(\.text).contains("May 1990"))
        let from = SpanTestSupport.spans(.date, in: "She led the choir from 1971 to 1985.")
        #expect(from.map(\.text).contains("from 1971 to 1985"))
        #expect(
            !SpanTestSupport.spans(.date, in: "Rates rose in 1990, and 1991 was worse.").map(\.text).contains {
                $0.contains("and")
            })
    }
}
