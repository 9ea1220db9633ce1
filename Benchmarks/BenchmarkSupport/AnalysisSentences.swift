import Foundation
import InquireKit

/// The sentences the analysis benchmark annotates: those of the default corpus article (`Corpus/` of the
/// repository, found above this file), or of the file named by `$INQUIRE_ANALYSIS_TEXT` — the `# text` lines of a
/// CoNLL-U file (such as `../shared/data/treebanks/ud-english-ewt/en_ewt-ud-dev.conllu`), or the sentences of any
/// other text file.
public struct AnalysisSentences: Sendable {
    /// The sentences, in file order.
    public let texts: [String]
    /// Where they come from.
    public let source: String

    /// The default corpus article, relative to the repository.
    public static let defaultFile = "Corpus/pakistan-iran-airstrikes.txt"

    /// Reads the sentences (see the type's description); prints why to standard error and returns nil when it
    /// cannot.
    public static func load(near source: String = #filePath) -> AnalysisSentences? {
        guard let path = BenchmarkInput.path(variable: "INQUIRE_ANALYSIS_TEXT", relative: defaultFile, near: source)
        else { return nil }
        guard let data = FileManager.default.contents(atPath: path), let text = String(data: data, encoding: .utf8)
        else {
            FileHandle.standardError.write(Data("benchmarks: \(path): cannot be read as UTF-8 text\n".utf8))
            return nil
        }
        let texts: [String]
        if path.hasSuffix(".conllu") {
            texts = text.split(separator: "\n").compactMap { line in
                line.hasPrefix("# text = ") ? String(line.dropFirst("# text = ".count)) : nil
            }
        } else {
            texts = SentenceSplitter.split(text).map(\.text)
        }
        return AnalysisSentences(texts: texts, source: path)
    }
}
