import ArgumentParser
import Foundation
import InquireKit

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
        if FileKind.of(file) == .folder { return Array(try CorpusLoader.load(path: file).documents) }
        return try CorpusLoader.documentsInFile(file)
    }

    /// The input split into sentences as the engine splits it (or one sentence a line).
    func corpus(oneSentencePerLine: Bool) throws -> Corpus {
        Corpus(name: file ?? "stdin", documents: try documents(), oneSentencePerLine: oneSentencePerLine)
    }
}
