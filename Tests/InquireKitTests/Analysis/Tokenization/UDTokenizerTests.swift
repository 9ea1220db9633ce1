import Testing

@testable import InquireKit

@Suite("UD tokenizer")
struct UDTokenizerTests {
    func texts(_ text: String) -> [String] { UDTokenizer.words(in: text).map(\.text) }

    @Test("punctuation stands apart; abbreviations, initials and acronyms keep their full stop")
    func punctuation() {
        #expect(
            texts("Dr. K. Smith left the U.S. on Friday.") == [
                "Dr.", "K.", "Smith", "left", "the", "U.S.", "on", "Friday", ".",
            ])
        #expect(texts("Wait... what?!") == ["Wait", "...", "what", "?!"])
        #expect(texts("(see p. 12)") == ["(", "see", "p.", "12", ")"])
        #expect(texts("I said no.") == ["I", "said", "no", "."])
    }

    @Test("clitics split as EWT splits them, sharing their written token")
    func clitics() {
        #expect(texts("Pakistan’s army didn't say") == ["Pakistan", "’s", "army", "did", "n't", "say"])
        #expect(texts("I can't, won't, cannot") == ["I", "ca", "n't", ",", "wo", "n't", ",", "can", "not"])
        #expect(texts("They're sure I'm gonna go") == ["They", "'re", "sure", "I", "'m", "gon", "na", "go"])
        let words = UDTokenizer.words(in: "didn't")
        #expect(words.map(\.token) == [0..<6, 0..<6])
        #expect(words.map(\.range) == [0..<3, 3..<6])
        #expect(texts("O’Brien's") == ["O’Brien", "'s"])
    }

    @Test("a clitic written apart after a space is one word; a quotation mark before a word is not a clitic")
    func detachedClitics() {
        #expect(texts("What 's the plan ?") == ["What", "'s", "the", "plan", "?"])
        #expect(texts("they ’re here and we 'll go") == ["they", "’re", "here", "and", "we", "'ll", "go"])
        #expect(texts("I\u{00A0}'m in") == ["I", "'m", "in"])
        #expect(texts("he said 'so' and 'sure") == ["he", "said", "'", "so", "'", "and", "'", "sure"])
        #expect(texts("'s alone") == ["'", "s", "alone"])
    }

    @Test("hyphenated compounds split at the hyphen except after attached prefixes")
    func hyphens() {
        #expect(texts("the 900-kilometer border") == ["the", "900", "-", "kilometer", "border"])
        #expect(texts("Abu Bakr al-Baghdadi") == ["Abu", "Bakr", "al", "-", "Baghdadi"])
        #expect(texts("non-stop e-mail co-workers") == ["non-stop", "e-mail", "co-workers"])
        #expect(texts("a -- b") == ["a", "--", "b"])
    }

    @Test("numbers keep separators and decimals; names keep & and e-mail addresses stay whole")
    func numbersAndNames() {
        #expect(
            texts("1,200 people and 3.5 million, 1,2,3") == [
                "1,200", "people", "and", "3.5", "million", ",", "1", ",", "2", ",", "3",
            ])
        #expect(texts("AT&T agreed to buy SBC.") == ["AT&T", "agreed", "to", "buy", "SBC", "."])
        #expect(texts("write to a.b@example.com now") == ["write", "to", "a.b@example.com", "now"])
        #expect(texts("$4.5bn, 40%") == ["$", "4.5bn", ",", "40", "%"])
    }

    @Test("ranges cover each word's bytes and space-after follows the text")
    func offsets() {
        let text = "Iran’s “drill”, said Ali."
        let words = UDTokenizer.words(in: text)
        let bytes = Array(text.utf8)
        for word in words {
            #expect(String(decoding: bytes[word.range], as: UTF8.self) == word.text)
        }
        #expect(words.map(\.spaceAfter) == [false, true, false, false, false, true, true, false, true])
    }

    @Test("non-breaking spaces separate words; an empty text has none")
    func spaces() {
        #expect(texts("a\u{00A0}b") == ["a", "b"])
        #expect(texts("").isEmpty)
        #expect(texts("  \n ").isEmpty)
    }
}
