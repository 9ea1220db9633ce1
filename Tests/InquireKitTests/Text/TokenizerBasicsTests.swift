import Testing

@testable import InquireKit

@Suite("Tokenizer basics")
struct TokenizerBasicsTests {
    @Test("curly and straight possessives both drop the 's")
    func possessives() {
        #expect(Tokenizer.tokenize("Pakistan’s air force").map(\.term) == ["pakistan", "air", "force"])
        #expect(Tokenizer.tokenize("Pakistan's air force").map(\.term) == ["pakistan", "air", "force"])
    }

    @Test("hyphenated compounds are kept and split into parts")
    func compounds() {
        let tokens = Tokenizer.tokenize("a 900-kilometer border")
        #expect(tokens.map(\.term) == ["a", "900-kilometer", "900", "kilometer", "border"])
        #expect(tokens[1].kind == .compound)
        #expect(tokens[2].kind == .part)
    }

    @Test("numbers keep separators and decimals; ranges point into the text")
    func numbers() {
        let text = "It cost 1,200 or 3.5 units."
        let tokens = Tokenizer.tokenize(text)
        #expect(tokens.map(\.term) == ["it", "cost", "1,200", "or", "3.5", "units"])
        let bytes = Array(text.utf8)
        #expect(String(decoding: bytes[tokens[2].range], as: UTF8.self) == "1,200")
        #expect(tokens[2].kind == .number)
    }
}
