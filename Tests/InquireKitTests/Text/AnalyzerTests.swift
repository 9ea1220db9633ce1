import Testing

@testable import InquireKit

@Suite("Analyzer")
struct AnalyzerTests {
    @Test("terms are tokens without stopwords, stemmed; compounds give the whole and the parts")
    func terms() {
        let terms = Analyzer.terms("The strikes on Pakistan’s 900-kilometer border were over.")
        #expect(!terms.contains("the") && !terms.contains("were") && !terms.contains("over"))
        #expect(terms.contains(SnowballStemmer.stem("strikes")))
        #expect(terms.contains("pakistan"))
        #expect(terms.contains(SnowballStemmer.stem("900-kilometer")))
        #expect(terms.contains("900"))
        #expect(terms.count == 6)  // strikes, pakistan, 900-kilometer, 900, kilometer, border
    }

    @Test("a sentence of stopwords has no terms")
    func stopwordsOnly() {
        #expect(Analyzer.terms("It was over, and they were there.").isEmpty)
    }

    @Test("the cached analyzer gives exactly the analyzer's terms, also past its capacity")
    func cached() throws {
        let text = try String(contentsOfFile: FixturePaths.defaultArticle, encoding: .utf8)
        var cached = CachedAnalyzer()
        var small = CachedAnalyzer(capacity: 8)
        for sentence in SentenceSplitter.split(text) {
            let expected = Analyzer.terms(sentence.text)
            #expect(cached.terms(sentence.text) == expected)
            #expect(small.terms(sentence.text) == expected)
        }
        #expect(cached.term(forWord: "the") == nil)
        #expect(cached.term(forWord: "nations") == Analyzer.term(forWord: "nations"))
    }
}
