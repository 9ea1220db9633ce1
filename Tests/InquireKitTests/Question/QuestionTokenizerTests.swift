import Testing

@testable import InquireKit

/// Splitting questions into tokens.
struct QuestionTokenizerTests {
    @Test func splitsPossessivesAndContractionsAlike() {
        let curly = QuestionTokenizer.tokenize("What’s Pakistan’s capital?").tokens.map(\.lower)
        let straight = QuestionTokenizer.tokenize("What's Pakistan's capital?").tokens.map(\.lower)
        let pretokenized = QuestionTokenizer.tokenize("What 's Pakistan 's capital ?").tokens.map(\.lower)
        #expect(curly == ["what", "'s", "pakistan", "'s", "capital", "?"])
        #expect(straight == curly)
        #expect(pretokenized == curly)
    }

    @Test func keepsInitialismsNumbersAndCompounds() {
        let words = QuestionTokenizer.tokenize("Did the U.S. pay $1,200 for a nuclear-armed .com site in 3.5 days?")
            .tokens.map(\.lower)
        #expect(words.contains("u.s."))
        #expect(words.contains("1,200"))
        #expect(words.contains("nuclear-armed"))
        #expect(words.contains(".com"))
        #expect(words.contains("3.5"))
        #expect(words.last == "?")
    }

    @Test func keepsPeriodsOfCommonAbbreviations() {
        let words = QuestionTokenizer.tokenize("Where is Mt. Fuji and who is Dr. Smith of Acme Inc. now?").tokens
            .map(\.lower)
        #expect(words.contains("mt."))
        #expect(words.contains("dr."))
        #expect(words.contains("inc."))
    }

    @Test func marksCapitalsAcronymsAndQuotes() {
        let tokens = QuestionTokenizer.tokenize("What does \"NASA\" mean?").tokens
        let nasa = tokens.first { $0.lower == "nasa" }
        #expect(nasa?.isAllCaps == true)
        #expect(nasa?.isQuoted == true)
        #expect(tokens.first?.isCapitalized == true)
        #expect(tokens.first?.isAllCaps == false)
    }

    @Test func collectsQuotedPhrases() {
        let result = QuestionTokenizer.tokenize("Is “The Raven” longer than \" Annabel Lee \" ?")
        #expect(result.phrases == ["The Raven", "Annabel Lee"])
        #expect(QuestionTokenizer.tokenize("An \"unclosed quote").phrases.isEmpty)
    }
}
