import ArgumentParser
import Foundation
import InquireKit

/// `inquire text`: the text-analysis debugging tools — how a file splits into sentences, tokens and index terms,
/// and what a word stems to. What a user reaches for when an answer surprises them.
struct TextCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "text",
        abstract: "Show how text is split into sentences, tokens, index terms and stems, and how it parses.",
        discussion: """
            Each tool reads a FILE (a text file, a folder of .txt/.md files, JSON Lines or SQuAD JSON, as --corpus \
            does) or, with - or no FILE, standard input as plain text, and prints one item a line.
            """,
        subcommands: [
            TextSentencesCommand.self, TextTokensCommand.self, TextTermsCommand.self, TextNumbersCommand.self,
            TextStemCommand.self, TextParseCommand.self,
        ]
    )
}

/// The input of a text tool: a file or folder, or standard input.
///
/// A note on `--one-sentence-per-line`: the root command has a flag of that name (in `CorpusOptions`), and the
/// argument parser gives a flag to the first command in the path that defines it, so the tools that offer it
/// declare it for their help and also read the root's value through `@ParentCommand`.
struct TextInput: ParsableArguments {
    @Argument(help: ArgumentHelp("The file to read; - or nothing reads standard input.", valueName: "file"))
    var file: String?

    /// The documents of the input: those of the file or folder (as the engine loads them), or standard input
    /// as one plain-text document named "stdin".
    func documents() throws -> [Document] {
        guard let file, file != "-" else {
            let bytes = try StandardInput.readAll()
            return [Document(id: "stdin", source: "stdin", text: try TextDecoding.decode(bytes, path: "stdin"))]
        }
        if FileKind.of(file) == .folder { return try CorpusLoader.load(path: file).documents }
        return try CorpusLoader.documentsInFile(file)
    }

    /// The input split into sentences as the engine splits it (or one sentence a line).
    func corpus(oneSentencePerLine: Bool) throws -> Corpus {
        Corpus(name: file ?? "stdin", documents: try documents(), oneSentencePerLine: oneSentencePerLine)
    }
}

/// Standard output written in large blocks: the text tools can print millions of lines.
struct BufferedOutput {
    private var buffer: [UInt8] = []

    init() { buffer.reserveCapacity(1 << 16) }

    /// Appends `text` and a line break.
    mutating func line(_ text: String) {
        buffer.append(contentsOf: text.utf8)
        buffer.append(0x0A)
        if buffer.count >= 1 << 16 { flush() }
    }

    /// Writes what is buffered.
    mutating func flush() {
        guard !buffer.isEmpty else { return }
        StandardOutput.write(String(decoding: buffer, as: UTF8.self))
        buffer.removeAll(keepingCapacity: true)
    }
}

extension String {
    /// The text on one line: each run of white space that holds a line break becomes one space.
    var onOneLine: String {
        guard utf8.contains(where: { $0 == 0x0A || $0 == 0x0D }) else { return self }
        var out = ""
        out.reserveCapacity(utf8.count)
        var pendingSpace = false
        var run = ""
        for character in self {
            if character.isWhitespace {
                run.append(character)
                if character.isNewline { pendingSpace = true }
                continue
            }
            out += pendingSpace ? " " : run
            run = ""
            pendingSpace = false
            out.append(character)
        }
        return out
    }
}
