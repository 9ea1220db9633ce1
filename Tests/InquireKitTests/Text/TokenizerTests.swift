import Testing

@testable import InquireKit

/// The tokens of `text` as "term" strings, compound parts marked with a leading "+".
private func terms(_ text: String) -> [String] {
    Tokenizer.tokenize(text).map { $0.kind == .part ? "+" + $0.term : $0.term }
}

/// The surface text a token's byte range covers.
private func surface(_ token: Token, in text: String) -> String {
    String(decoding: Array(text.utf8)[token.range], as: UTF8.self)
}

@Suite("Tokenizer")
struct TokenizerTests {
    /// One case: input and the expected terms (compound parts prefixed with "+").
    struct Case: CustomStringConvertible, Sendable {
        let text: String
        let terms: [String]
        var description: String { text }
    }

    static let cases: [Case] = [
        // Lowercasing and plain words.
        Case(text: "The Strikes took place", terms: ["the", "strikes", "took", "place"]),
        // Possessives: straight and curly apostrophes alike, the "'s" split off.
        Case(text: "Pakistan’s air force", terms: ["pakistan", "air", "force"]),
        Case(text: "Pakistan's air force", terms: ["pakistan", "air", "force"]),
        Case(text: "IRAN'S militaries", terms: ["iran", "militaries"]),
        Case(text: "both countries’ militaries", terms: ["both", "countries", "militaries"]),
        Case(text: "the 1990's boom", terms: ["the", "1990", "boom"]),
        // Contractions keep their apostrophe, straightened.
        Case(text: "don’t won't", terms: ["don't", "won't"]),
        Case(text: "O’Brien", terms: ["o'brien"]),
        Case(text: "‘quoted’ words", terms: ["quoted", "words"]),
        Case(text: "'tis", terms: ["tis"]),
        // Hyphenated compounds: whole, then parts.
        Case(text: "a 900-kilometer border", terms: ["a", "900-kilometer", "+900", "+kilometer", "border"]),
        Case(text: "nuclear-armed Pakistan", terms: ["nuclear-armed", "+nuclear", "+armed", "pakistan"]),
        Case(text: "Jaish al-Adl’s fighters", terms: ["jaish", "al-adl", "+al", "+adl", "fighters"]),
        Case(text: "mother-in-law", terms: ["mother-in-law", "+mother", "+in", "+law"]),
        Case(text: "ninety‐one", terms: ["ninety‐one", "+ninety", "+one"]),
        Case(text: "pre- and post-war", terms: ["pre", "and", "post-war", "+post", "+war"]),
        Case(text: "well--known", terms: ["well", "known"]),
        // Dashes separate words.
        Case(text: "Islamabad, Pakistan – Pakistan", terms: ["islamabad", "pakistan", "pakistan"]),
        Case(text: "1990–1995 and Iran—Pakistan", terms: ["1990", "1995", "and", "iran", "pakistan"]),
        // Numbers keep separators and decimals.
        Case(text: "It cost 1,200 or 3.5 units", terms: ["it", "cost", "1,200", "or", "3.5", "units"]),
        Case(text: "1,234,567.89 people", terms: ["1,234,567.89", "people"]),
        Case(text: "lists 1,2,3 and 1999,2000", terms: ["lists", "1", "2", "3", "and", "1999", "2000"]),
        Case(text: "in 2019.", terms: ["in", "2019"]),
        Case(text: "version v2.0 of 3.5.2", terms: ["version", "v2.0", "of", "3.5.2"]),
        Case(text: "12km and 21st and $4.5bn", terms: ["12km", "and", "21st", "and", "4.5bn"]),
        // Acronyms keep their dots.
        Case(text: "the U.S. and U.K.", terms: ["the", "u.s.", "and", "u.k."]),
        Case(text: "U.S.A. e.g. Ph.D. a.m.", terms: ["u.s.a.", "e.g.", "ph.d.", "a.m."]),
        Case(text: "U.S.-led forces", terms: ["u.s.-led", "+u.s.", "+led", "forces"]),
        Case(text: "J. R. R. Tolkien", terms: ["j", "r", "r", "tolkien"]),
        Case(text: "ended.The next", terms: ["ended", "the", "next"]),
        // Unicode letters.
        Case(text: "Sīstān and Nourmands", terms: ["sīstān", "and", "nourmands"]),
        Case(text: "ÉCOLE Straße", terms: ["école", "straße"]),
        Case(text: "Hawaiʻi", terms: ["hawaiʻi"]),
        Case(text: "naïve café", terms: ["naïve", "café"]),
        // Punctuation and symbols are not tokens.
        Case(text: "“Quoted,” (bracketed) [1] & AT&T!", terms: ["quoted", "bracketed", "1", "at", "t"]),
        Case(text: "", terms: []),
        Case(text: " \n\t ", terms: []),
    ]

    @Test("terms", arguments: cases)
    func table(_ example: Case) {
        #expect(terms(example.text) == example.terms)
    }

    @Test("ranges cut the surface form from the text, without a possessive")
    func ranges() {
        let text = "Islamabad, Pakistan – Pakistan’s 900-kilometer border, Sīstān’s 1,200 U.S. troops."
        let tokens = Tokenizer.tokenize(text)
        #expect(
            tokens.map { surface($0, in: text) } == [
                "Islamabad", "Pakistan", "Pakistan", "900-kilometer", "900", "kilometer", "border", "Sīstān",
                "1,200", "U.S.", "troops",
            ])
    }

    @Test("kinds: word, number, compound and part")
    func kinds() {
        let tokens = Tokenizer.tokenize("Some 1,200 900-kilometer 12km")
        #expect(tokens.map(\.kind) == [.word, .number, .compound, .part, .part, .word])
    }

    @Test("capitalisation is noted, for ASCII and other scripts")
    func capitalisation() {
        let tokens = Tokenizer.tokenize("Pakistan and Éire and the al-Adl group")
        #expect(tokens.map(\.isCapitalized) == [true, false, true, false, false, false, false, true, false])
    }

    @Test("currency and per-cent signs are noted on the number, not tokenised")
    func signs() {
        let tokens = Tokenizer.tokenize("$4.5bn, £20, €3, ¥100, 40% and 7 %")
        #expect(tokens.map(\.term) == ["4.5bn", "20", "3", "100", "40", "and", "7"])
        #expect(tokens.map(\.currencySign) == ["$", "£", "€", "¥", nil, nil, nil])
        #expect(tokens.map(\.hasPercentSign) == [false, false, false, false, true, false, false])
    }

    @Test("code-point offsets are derived from byte ranges")
    func scalarOffsets() {
        let text = "Sīstān’s port, Chabahar"
        let tokens = Tokenizer.tokenize(text)
        #expect(tokens.map { $0.scalarRange(in: text) } == [0..<6, 9..<13, 15..<23])
        #expect(TextOffsets.byteOffset(ofScalar: 15, in: text) == tokens[2].range.lowerBound)
    }

    @Test("malformed UTF-8 is skipped, not trapped on")
    func malformed() {
        let bytes: [UInt8] = [0x61, 0xFF, 0x62, 0xE2, 0x80, 0x20, 0x63, 0xC3]
        let tokens = bytes.withUnsafeBufferPointer { Tokenizer.tokenize(utf8: $0) }
        #expect(tokens.map(\.term) == ["a", "b", "c"])
    }
}
