import Testing

@testable import InquireKit

@Suite("CoNLL-U reader and writer")
struct CoNLLUReaderTests {
    let sample = """
        # sent_id = s1
        # text = I don't know.
        1\tI\tI\tPRON\tPRP\t_\t4\tnsubj\t4:nsubj\t_
        2-3\tdon't\t_\t_\t_\t_\t_\t_\t_\t_
        2\tdo\tdo\tAUX\tVBP\t_\t4\taux\t4:aux\t_
        3\tn't\tnot\tPART\tRB\t_\t4\tadvmod\t4:advmod\t_
        4\tknow\tknow\tVERB\tVB\t_\t0\troot\t0:root\tSpaceAfter=No
        4.1\tknows\t_\t_\t_\t_\t_\t_\t4:conj\t_
        5\t.\t.\tPUNCT\t.\t_\t4\tpunct\t4:punct\t_

        # sent_id = s2
        1\tYes\tyes\tINTJ\tUH\t_\t0\troot\t0:root\t_


        """

    @Test("reads comments, words, multiword tokens and empty nodes, and writes them back byte for byte")
    func roundTrip() throws {
        let sentences = try CoNLLUReader.parse(sample)
        #expect(sentences.count == 2)
        #expect(sentences[0].sentenceID == "s1")
        #expect(sentences[0].text == "I don't know.")
        #expect(sentences[0].words.map(\.form) == ["I", "do", "n't", "know", "."])
        #expect(sentences[0].words.map(\.head) == [4, 4, 4, 0, 4])
        #expect(sentences[0].words[3].spaceAfter == false)
        #expect(sentences[0].lines.count == 7)
        #expect(sentences[1].lineNumber == 11)
        #expect(CoNLLUWriter.text(of: sentences) == sample)
    }

    @Test("setting MISC keeps other attributes")
    func misc() {
        var word = CoNLLUWord(id: 1, form: "x")
        word.setMisc("NER", "O")
        #expect(word.misc == "NER=O")
        word.misc = "SpaceAfter=No"
        word.setMisc("NER", "B-PER")
        word.setMisc("NER", "I-PER")
        #expect(word.misc == "SpaceAfter=No|NER=I-PER")
    }

    @Test("malformed input names the file and line")
    func errors() {
        #expect(throws: CoNLLUError(file: "f", line: 2, message: "expected 10 tab-separated columns, found 3")) {
            try CoNLLUReader.parse("1\ta\t_\t_\t_\t_\t0\troot\t_\t_\n2\tb\tc\n", file: "f")
        }
        #expect(throws: CoNLLUError(file: "f", line: 1, message: "expected word id 1, found \"2\"")) {
            try CoNLLUReader.parse("2\ta\t_\t_\t_\t_\t0\troot\t_\t_\n", file: "f")
        }
        #expect(throws: CoNLLUError.self) { try CoNLLUReader.parse("1\ta\t_\t_\t_\t_\tx\troot\t_\t_\n") }
        #expect(throws: CoNLLUError.self) {
            try CoNLLUReader.parse("1-3\tab\t_\t_\t_\t_\t_\t_\t_\t_\n1\ta\t_\t_\t_\t_\t0\troot\t_\t_\n\n")
        }
        #expect(throws: CoNLLUError.self) { try CoNLLUReader.parse("1\ta\t_\t_\t_\t_\t5\troot\t_\t_\n") }
    }
}
