import InquireKit
import Testing

@Suite("GazetteerKey")
struct GazetteerKeyTests {
    @Test(
        "folds case, Latin diacritics, apostrophes and white space",
        arguments: [
            ("SARAVAN", "saravan"),
            ("Sīstān va Balūchestān", "sistan va baluchestan"),
            ("Eşfahān", "esfahan"),
            ("A\u{304}z\u{304}a\u{304}rba\u{304}yja\u{304}n-e Sha\u{304}rqi\u{304}", "azarbayjan-e sharqi"),
            ("Khorāsān-e Raẕavī", "khorasan-e razavi"),
            ("Chahār Maḩāl", "chahar mahal"),
            ("ÁÀÂÄÃÅĀ áàâäãåā", "aaaaaaa aaaaaaa"),
            ("ÉÈÊËĒ ÍÌÎÏĪ ÓÒÔÖÕŌ ÚÙÛÜŪ ÇÑÝ", "eeeee iiiii oooooo uuuuu cny"),
            ("éèêëē íìîïī óòôöõō úùûüū çñý", "eeeee iiiii oooooo uuuuu cny"),
            ("Straße ẞ Æbeltoft Œuvre Þórshöfn", "strasse ss aebeltoft oeuvre thorshofn"),
            ("Łódź İzmir Diyarbakır Timișoara", "lodz izmir diyarbakir timisoara"),
            ("Cần Thơ", "can tho"),
            ("Xi’an", "xi'an"),
            ("Pakistan‘s", "pakistan's"),
            ("  São \t  Paulo\n", "sao paulo"),
            ("Saint\u{A0}John's", "saint john's"),
            ("", ""),
        ])
    func folds(_ input: String, _ expected: String) {
        #expect(GazetteerKey.normalize(input) == expected)
    }

    @Test("keeps other scripts, symbols and punctuation as they are")
    func keepsOtherCharacters() {
        #expect(GazetteerKey.normalize("Москва") == "Москва")
        #expect(GazetteerKey.normalize("東京 Tokyo") == "東京 tokyo")
        #expect(GazetteerKey.normalize("3×4 ÷ 2 — Ōsaka") == "3×4 ÷ 2 — osaka")
        #expect(GazetteerKey.normalize("Guinea-Bissau, St. Kitts") == "guinea-bissau, st. kitts")
    }

    @Test("copies malformed UTF-8 unchanged instead of failing")
    func malformedBytes() {
        #expect(GazetteerKey.normalize([0x41, 0xC3]) == [0x61, 0xC3])
        #expect(GazetteerKey.normalize([0xE2, 0x80]) == [0xE2, 0x80])
        #expect(GazetteerKey.normalize([0xC3, 0x41]) == [0xC3, 0x61])
        #expect(GazetteerKey.normalize([0xFF, 0x5A]) == [0xFF, 0x7A])
    }

    @Test("is idempotent")
    func idempotent() {
        for name in ["Sīstān va Balūchestān", "Straße", "Xi’an", "  A  B  ", "Ǆemal Ǉubljana"] {
            let once = GazetteerKey.normalize(name)
            #expect(GazetteerKey.normalize(once) == once)
        }
    }

    @Test("builds a multi-word key word by word, from any collection of bytes")
    func appendWords() {
        var key: [UInt8] = []
        for (index, word) in ["SĪSTĀN", "and", "Balūchestān"].enumerated() {
            if index > 0 { key.append(0x20) }
            GazetteerKey.append(word.utf8.lazy.map { $0 }, to: &key)  // not contiguous: the copying path
        }
        #expect(key == Array("sistan and baluchestan".utf8))
        let sentence = "Quake hits Sīstān today"
        let words = sentence.split(separator: " ")
        #expect(GazetteerKey.normalize(words[2].utf8) == Array("sistan".utf8))
    }
}
