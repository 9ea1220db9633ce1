import ArgumentParser
import InquireKit

/// The options of the text tools that print one line per sentence.
struct SentenceLineOptions: ParsableArguments {
    @Flag(name: .long, help: "Start each line with the sentence's file:line and a tab.")
    var source = false

    @Flag(name: .long, help: "Take each input line as one sentence (for text already split).")
    var oneSentencePerLine = false
}

extension TextInput {
    /// Prints one line per sentence of the input, `render(sentence text)`, prefixed by the sentence's `file:line`
    /// and a tab when `source` is set: the shape shared by `text sentences` and `text terms`.
    func printSentenceLines(source: Bool, oneSentencePerLine: Bool, _ render: (String) -> String) throws {
        let corpus = try corpus(oneSentencePerLine: oneSentencePerLine)
        var output = BufferedOutput()
        for (index, sentence) in corpus.sentences.enumerated() {
            let line = render(sentence.text)
            output.line(source ? corpus.reference(of: index) + "\t" + line : line)
        }
        output.flush()
    }
}
