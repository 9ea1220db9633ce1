import Testing

@testable import InquireKit

/// Headlines: a title-cased line's capitalised runs are names only when their last word is not one the rest of the
/// document writes in lower case; on made-up lines.
@Suite("Answers: title-cased lines read by the case of the rest of the document")
struct TitleCaseLineTests {
    static let headline = "Storm Floods Hit Bergen, Closing Mountain Roads"
    static let body = [
        "The storm closed roads across the mountains on Monday.",
        "Towns near Bergen flooded after two days of rain.",
    ]

    @Test("a line is title-cased when most of its longer words start with a capital")
    func titleCased() {
        #expect(TitleCaseLines.isTitleCased(Self.headline))
        #expect(!TitleCaseLines.isTitleCased(Self.body[0]))
        #expect(!TitleCaseLines.isTitleCased("Bergen Flooded"))
        #expect(!TitleCaseLines.isTitleCased("The Norwegian Coastal Agency warned of floods near Bergen on Monday."))
    }

    @Test("the document's lower-case words are read by their stems, possessive endings left out")
    func commonStems() {
        let stems = TitleCaseLines.commonStems(in: Self.body + ["Bergen’s mayor spoke."])
        #expect(stems.contains(SnowballStemmer.stem("closing")))
        #expect(stems.contains(SnowballStemmer.stem("roads")))
        #expect(!stems.contains("bergen"))
        #expect(!stems.contains("s"))
    }

    @Test("capitalised runs ending in a common word are dropped, names kept")
    func names() {
        let view = SentenceView(Self.headline)
        let place = TypedSpan(view: view, type: .location, words: 3..<4, strength: 0.8)
        let junk = TypedSpan(view: view, type: .group, words: 4..<7, strength: 0.4)
        #expect(place.text == "Bergen")
        #expect(junk.text == "Closing Mountain Roads")
        let kept = TitleCaseLines.names(among: [place, junk], commonStems: TitleCaseLines.commonStems(in: Self.body))
        #expect(kept == [place])
    }
}
