import ArgumentParser
import Foundation
import InquireKit

/// `inquire text numbers`: the numbers the number reader finds in each sentence, one a line.
struct TextNumbersCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "numbers",
        abstract: "Print the numbers read in a file, one a line.",
        discussion: """
            Each line holds, separated by tabs: the number as written (with its qualifier and signs), its value, \
            and what else was read — qualifier=…, unit=…, currency=…, ordinal. Sentences are read left to right; \
            a number's tokens are not read again. With --source each line starts with the sentence's file:line.
            """
    )

    @OptionGroup var input: TextInput

    @Flag(name: .long, help: "Start each line with the sentence's file:line and a tab.")
    var source = false

    mutating func run() throws {
        let corpus = try input.corpus(oneSentencePerLine: false)
        var output = BufferedOutput()
        for (sentenceIndex, sentence) in corpus.sentences.enumerated() {
            let tokens = Tokenizer.tokenize(sentence.text)
            let bytes = Array(sentence.text.utf8)
            var index = 0
            while index < tokens.count {
                guard let reading = NumberReader.read(tokens, at: index, in: bytes) else {
                    index += 1
                    continue
                }
                var fields = String(decoding: bytes[reading.range(in: tokens)], as: UTF8.self).onOneLine
                fields += "\t" + Self.format(reading.value)
                var details: [String] = []
                if let qualifier = reading.qualifier { details.append("qualifier=" + qualifier) }
                if let unit = reading.unit { details.append("unit=" + unit) }
                if let currency = reading.currency { details.append("currency=" + currency) }
                if reading.isOrdinal { details.append("ordinal") }
                fields += "\t" + details.joined(separator: " ")
                output.line(source ? corpus.reference(of: sentenceIndex) + "\t" + fields : fields)
                index = reading.end
            }
        }
        output.flush()
    }

    /// A whole value below 10^15 as an integer ("1200"), any other with six significant digits ("0.666667").
    static func format(_ value: Double) -> String {
        if value == value.rounded(), abs(value) < 1e15 { return String(Int64(value)) }
        return String(format: "%.6g", value)
    }
}
