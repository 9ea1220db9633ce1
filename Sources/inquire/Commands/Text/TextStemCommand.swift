import ArgumentParser
import Foundation
import InquireKit

/// `inquire text stem`: the English Snowball stem of each word given, one a line.
struct TextStemCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "stem",
        abstract: "Print the Snowball stem of each word, one a line.",
        discussion: """
            Reads the words given as arguments or, without any, the words on standard input (separated by white \
            space). Each is lowercased, with curly apostrophes straightened, before it is stemmed.
            """
    )

    @Argument(help: "Words to stem; without any, the words on standard input.")
    var words: [String] = []

    mutating func run() throws {
        var output = BufferedOutput()
        if words.isEmpty {
            let bytes = try StandardInput.readAll()
            let text = try TextDecoding.decode(bytes, path: "stdin")
            for word in text.split(whereSeparator: \.isWhitespace) { output.line(Self.stem(String(word))) }
        } else {
            for word in words { output.line(Self.stem(word)) }
        }
        output.flush()
    }

    /// The stem of one word as the analyzer would stem it.
    static func stem(_ word: String) -> String {
        SnowballStemmer.stem(word.lowercased().replacing("\u{2019}", with: "'"))
    }
}
