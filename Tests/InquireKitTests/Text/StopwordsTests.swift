import Testing

@testable import InquireKit

@Suite("Stopwords")
struct StopwordsTests {
    @Test("every listed word is a stopword, as a String and as bytes")
    func listed() {
        #expect(Stopwords.words.count > 174)
        for word in Stopwords.words {
            #expect(Stopwords.contains(word))
            #expect(Stopwords.contains(utf8: Array(word.utf8)))
        }
    }

    @Test(
        "content words, near misses and odd input are not stopwords",
        arguments: [
            "pakistan", "strikes", "th", "thee", "a\u{0}", "themselvesx", "", "ourselvesandmore",
            "the the", "The", "isn’t", "\u{0}",
        ])
    func notListed(_ word: String) {
        #expect(!Stopwords.contains(word))
        #expect(!Stopwords.contains(utf8: Array(word.utf8)))
    }

    @Test("apostrophe-less forms of contractions are stopwords too")
    func apostropheless() {
        #expect(Stopwords.contains("don't") && Stopwords.contains("dont"))
        #expect(Stopwords.contains("themselves") && Stopwords.contains("yourselves"))
    }
}
