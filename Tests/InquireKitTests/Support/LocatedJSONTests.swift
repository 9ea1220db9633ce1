import Testing

@testable import InquireKit

@Suite("JSON with line numbers")
struct LocatedJSONTests {
    @Test("values remember the line they start on")
    func lines() throws {
        let json = try LocatedJSONParser.parse("{\n  \"a\": [\n    1,\n    {\"b\": \"x\"}\n  ]\n}")
        #expect(json.line == 1)
        let array = try #require(json["a"]?.array)
        #expect(array.map(\.line) == [3, 4])
        #expect(array[1]["b"]?.string == "x")
        #expect(array[1]["b"]?.line == 4)
    }

    @Test("strings: escapes, surrogate pairs, UTF-8 as is")
    func strings() throws {
        let json = try LocatedJSONParser.parse(#"["a\"b\\c\/d\n\t", "\u00e9\ud83d\ude00", "é😀", "\ud800x"]"#)
        let values = try #require(json.array).map(\.string)
        #expect(values == ["a\"b\\c/d\n\t", "é😀", "é😀", "\u{FFFD}x"])
    }

    @Test("numbers, literals and ids")
    func scalars() throws {
        let json = try LocatedJSONParser.parse(#"[0, -1.5e2, true, false, null, 12]"#)
        let values = try #require(json.array)
        #expect(values[1].scalarText == "-150")
        #expect(values[2].bool == true)
        #expect(values[5].scalarText == "12")
        if case .null = values[4].value {} else { Issue.record("null expected") }
    }

    @Test(
        "malformed JSON is refused with the line of the problem",
        arguments: [
            ("{\"a\": 1,\n}", 2), ("[1,\n2,\n]", 3), ("\"open", 1), ("[01]", 1), ("{\"a\" 1}", 1), ("[1] x", 1),
            ("\n\n", 3), ("[tru]", 1), ("\"a\nb\"", 1), ("[1.]", 1),
        ])
    func malformed(text: String, line: Int) {
        #expect {
            _ = try LocatedJSONParser.parse(text)
        } throws: { error in
            (error as? LocatedJSONError)?.line == line
        }
    }

    @Test("deep nesting is refused, not a stack overflow")
    func depth() {
        #expect(throws: LocatedJSONError.self) {
            _ = try LocatedJSONParser.parse(String(repeating: "[", count: 10_000))
        }
    }
}
