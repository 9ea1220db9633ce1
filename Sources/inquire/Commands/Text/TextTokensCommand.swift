import ArgumentParser
import InquireKit

/// `inquire text tokens`: the tokens of a file, one a line, with their terms, kinds and byte offsets.
struct TextTokensCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "tokens",
        abstract: "Print the tokens of a file, one a line.",
        discussion: """
            Each line holds, separated by tabs: the token as written, its term (lowercased, apostrophes \
            straightened, a possessive 's removed), its kind (word, number, compound, or part of the compound \
            above), and its start and end as UTF-8 byte offsets into the document's text (for a plain file, into \
            the file). A currency sign before a number and a per-cent sign after it are shown after the kind \
            (number$, number%). With --source each line starts with the token's file:line and a tab.
            """
    )

    @OptionGroup var input: TextInput

    @Flag(name: .long, help: "Start each line with the token's file:line and a tab.")
    var source = false

    mutating func run() throws {
        var output = BufferedOutput()
        for document in try input.documents() {
            let bytes = Array(document.text.utf8)
            var line = document.firstLine
            var counted = 0
            for token in Tokenizer.tokenize(document.text) {
                var fields = String(decoding: bytes[token.range], as: UTF8.self).onOneLine + "\t" + token.term
                fields += "\t" + Self.kind(of: token) + "\t\(token.range.lowerBound)\t\(token.range.upperBound)"
                if source {
                    if document.textLinesAreSourceLines {
                        for byte in bytes[counted..<token.range.lowerBound] where byte == 0x0A { line += 1 }
                        counted = token.range.lowerBound
                    }
                    fields = "\(document.source):\(line)\t" + fields
                }
                output.line(fields)
            }
        }
        output.flush()
    }

    /// The kind column: word, number, compound or part, with the currency or per-cent sign noted.
    static func kind(of token: Token) -> String {
        var kind: String
        switch token.kind {
        case .word: kind = "word"
        case .number: kind = "number"
        case .compound: kind = "compound"
        case .part: kind = "part"
        }
        if let sign = token.currencySign { kind.unicodeScalars.append(sign) }
        if token.hasPercentSign { kind += "%" }
        return kind
    }
}
