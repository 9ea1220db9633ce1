import Foundation
import Testing

@testable import InquireKit

@Suite("Word forms")
struct WordFormTests {
    /// The values the taggers read, as one comparable list.
    static func values(_ form: WordForm) -> [String] {
        [
            form.text, form.lower, "\(form.textHash)", "\(form.normal)", "\(form.lowerHash)", "\(form.prefixes)",
            "\(form.suffixes)",
            "\(form.shape)", "\(form.isCapitalised)", "\(form.isAllCaps)", "\(form.hasDigit)", "\(form.hasHyphen)",
        ]
    }

    @Test(
        "the byte-level path for ASCII words gives the character-level path's values",
        arguments: [
            "", "a", "I", "of", "The", "U.S.", "USA", "n't", "'s", "don't", "Dr.", "3.5", "1,200", "1999", "19999",
            "2024a", "900-kilometer", "-", "--", "-START-", "e-mail", "X-ray", "AT&T", "McDonald", "iPhone",
            "ABC123", "...", "?!", "(", "a-", "-a", "aaaa", "AAAA", "Aaaa", "www.example.com", "x@y.org", "$", "%",
            "Velayat", "Baluchestan", "1402", "0", "00", "12:30", "\t", "a b",
        ])
    func asciiMatchesCharacterwise(word: String) {
        #expect(Self.values(WordForm(word)) == Self.values(WordForm.characterwise(word)))
    }

    @Test("every word of the vendored treebank sample gets the same values by either path")
    func treebankWords() throws {
        let url = URL(fileURLWithPath: FixturePaths.fixture("treebank/en_ewt-ud-test-sample.conllu"))
        let words = try CoNLLUReader.read(contentsOf: url).flatMap { $0.words.map(\.form) }
        #expect(words.count > 100)
        for word in words {
            #expect(Self.values(WordForm(word)) == Self.values(WordForm.characterwise(word)), "\(word)")
        }
    }

    @Test("words beyond ASCII take the character-level path")
    func beyondASCII() {
        let form = WordForm("Iran’s")
        #expect(Self.values(form) == Self.values(WordForm.characterwise("Iran’s")))
        #expect(WordForm("Ébola").isCapitalised && WordForm("Ébola").lower == "ébola")
        #expect(WordForm("line\r\n").lower == "line\r\n")
    }

    @Test("shapes collapse runs of a class to two")
    func shapes() {
        #expect(WordForm("Washington").shapeText == "Xxx")
        #expect(WordForm("1,200").shapeText == "d,dd")
        #expect(WordForm("AT&T").shapeText == "XX&X")
        #expect(WordForm("Iran’s").shapeText == "Xxx’x")
        #expect(WordForm("aa").shape == FeatureHash.value("xx"))
    }
}
