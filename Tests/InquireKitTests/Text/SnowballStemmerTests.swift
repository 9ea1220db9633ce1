import Foundation
import InquireKit
import Testing

/// The English Snowball (Porter2) stemmer against the reference vocabulary, per-step cases and odd input.
struct SnowballStemmerTests {
    /// The vendored snowball-data fixtures (BSD-3-Clause, `COPYING` beside them), found from this file's path.
    static let fixtures = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent()
        .deletingLastPathComponent()
        .appendingPathComponent("Fixtures/snowball/english")

    /// Reads a fixture as its lines of bytes (the file ends with a newline).
    static func lines(of name: String) throws -> [ArraySlice<UInt8>] {
        let bytes = [UInt8](try Data(contentsOf: fixtures.appendingPathComponent(name)))
        var lines = bytes.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false)
        if lines.last?.isEmpty == true { lines.removeLast() }
        return lines
    }

    /// Bytes shown as text in failure messages.
    static func text(_ bytes: some Collection<UInt8>) -> String { String(decoding: bytes, as: UTF8.self) }

    @Test func reproducesTheReferenceOutputForEveryWord() throws {
        let words = try Self.lines(of: "voc.txt")
        let stems = try Self.lines(of: "output.txt")
        #expect(words.count == 42_649)
        try #require(words.count == stems.count)
        var matched = 0
        var mismatches: [String] = []
        for (word, expected) in zip(words, stems) {
            let stem = SnowballStemmer.stem(utf8: word)
            if stem.elementsEqual(expected) {
                matched += 1
            } else if mismatches.count < 20 {
                mismatches.append("\(Self.text(word)) → \(Self.text(stem)) (expected \(Self.text(expected)))")
            }
        }
        #expect(
            matched == words.count,
            "\(matched)/\(words.count) match; first mismatches: \(mismatches.joined(separator: ", "))"
        )
    }

    @Test(arguments: [
        // Special words, invariant or irregular.
        ("skies", "sky"), ("sky", "sky"), ("skis", "ski"), ("news", "news"), ("atlas", "atlas"), ("bias", "bias"),
        ("cosmos", "cosmos"), ("andes", "andes"), ("howe", "howe"), ("early", "earli"), ("gently", "gentl"),
        ("idly", "idl"), ("only", "onli"), ("singly", "singl"), ("ugly", "ugli"),
        // Apostrophes: a leading one is dropped, then the possessive endings.
        ("'s", "'s"), ("'s'", "s"), ("'as", "as"), ("'as'", "as"), ("there's", "there"), ("there's'", "there"),
        ("'''", "'"), ("a'", "a'"),
        // Y-marking: initial y and y after a vowel are consonants.
        ("youth", "youth"), ("sayings", "say"), ("boyish", "boyish"), ("royalty", "royalti"), ("enjoying", "enjoy"),
        // R1 with the exceptional prefixes.
        ("generate", "generat"), ("generation", "generat"), ("generality", "general"), ("communism", "communism"),
        ("arsenal", "arsenal"), ("university", "universiti"), ("later", "later"), ("organization", "organiz"),
        ("emergency", "emergenc"), ("past", "past"), ("pasted", "paste"), ("general", "general"),
        // Step 1a.
        ("caresses", "caress"), ("ties", "tie"), ("cries", "cri"), ("gas", "gas"), ("gaps", "gap"),
        ("abyss", "abyss"), ("keys", "key"),
        // Step 1b.
        ("consign", "consign"), ("consigned", "consign"), ("bleed", "bleed"), ("agreed", "agre"),
        ("proceed", "proceed"), ("proceeded", "proceed"), ("exceed", "exceed"), ("succeeding", "succeed"),
        ("dying", "die"), ("lying", "lie"), ("tying", "tie"), ("flying", "fli"), ("inning", "inning"),
        ("innings", "inning"), ("outing", "outing"), ("canning", "canning"), ("herring", "herring"),
        ("earring", "earring"), ("evening", "evening"), ("hopping", "hop"), ("hoped", "hope"), ("filing", "file"),
        ("added", "add"), ("eggs", "egg"), ("yelling", "yell"),
        // Step 1c.
        ("cry", "cri"), ("crying", "cri"), ("by", "by"), ("say", "say"), ("happy", "happi"),
        // Step 2.
        ("generously", "generous"), ("conditional", "condit"), ("differently", "differ"), ("operator", "oper"),
        ("hopefulness", "hope"), ("callousness", "callous"), ("formality", "formal"), ("sensibility", "sensibl"),
        ("geology", "geolog"), ("geologist", "geolog"), ("archaeology", "archaeolog"), ("easily", "easili"),
        // Step 3.
        ("electricity", "electr"), ("electrical", "electr"), ("hopeful", "hope"), ("goodness", "good"),
        ("sensational", "sensat"), ("alternative", "altern"), ("attentive", "attent"),
        // Step 4.
        ("adjustment", "adjust"), ("adoption", "adopt"), ("revision", "revis"), ("allowance", "allow"),
        ("motion", "motion"), ("statement", "statement"), ("commission", "commiss"),
        // Step 5.
        ("controll", "control"), ("roll", "roll"), ("generous", "generous"), ("united", "unit"),
    ])
    func stemsRepresentativeWords(word: String, expected: String) {
        #expect(SnowballStemmer.stem(word) == expected)
        #expect(SnowballStemmer.stem(utf8: Array(word.utf8)) == Array(expected.utf8))
    }

    /// Non-ASCII characters are single non-vowels, counted as one character each (as the reference does).
    @Test(arguments: [
        ("café", "café"), ("cafés", "café"), ("résumés", "résumé"), ("naïvely", "naïv"), ("jalapeños", "jalapeño"),
        ("zoölogy", "zoölog"), ("über", "über"), ("hé", "hé"), ("hés", "hés"), ("éies", "éie"), ("ées", "ées"),
        ("ßying", "ßie"), ("xéy", "xéi"),
    ])
    func treatsNonASCIICharactersAsOneConsonant(word: String, expected: String) {
        #expect(SnowballStemmer.stem(word) == expected)
    }

    @Test func leavesEmptyAndShortWordsUnchanged() {
        #expect(SnowballStemmer.stem(utf8: [UInt8]()) == [])
        #expect(SnowballStemmer.stem("") == "")
        for word in ["a", "s", "y", "'", "é", "as", "ys", "is", "'s", "''"] {
            #expect(SnowballStemmer.stem(word) == word)
        }
    }

    @Test func survivesArbitraryBytes() {
        // Biased towards bytes the algorithm inspects, plus continuation, lead and invalid bytes.
        let alphabet: [UInt8] = Array("aeiouyYsltnedgbpr'x".utf8) + [0x00, 0x80, 0xBF, 0xC3, 0xA9, 0xE2, 0xF0, 0xFF]
        var generator = SplitMix64(seed: 0x5EED)
        var validInputs = 0
        for _ in 0..<50_000 {
            let length = Int(generator.next() % 16)
            let word = (0..<length).map { _ in
                generator.next() % 4 == 0
                    ? UInt8(truncatingIfNeeded: generator.next())
                    : alphabet[Int(generator.next() % UInt64(alphabet.count))]
            }
            let stem = SnowballStemmer.stem(utf8: word)
            #expect(stem.count <= word.count)
            if String(validating: word, as: UTF8.self) != nil {
                validInputs += 1
                #expect(String(validating: stem, as: UTF8.self) != nil, "stem of valid UTF-8 \(word) is invalid")
            }
        }
        #expect(validInputs > 1_000)
    }
}

/// A small deterministic pseudo-random generator, so the robustness test is reproducible.
private struct SplitMix64 {
    private var state: UInt64

    init(seed: UInt64) { state = seed }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var value = state
        value = (value ^ (value >> 30)) &* 0xBF58_476D_1CE4_E5B9
        value = (value ^ (value >> 27)) &* 0x94D0_49BB_1331_11EB
        return value ^ (value >> 31)
    }
}
