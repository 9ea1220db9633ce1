import Foundation

/// The benchmark input shared by the suites: every context of a SQuAD v1.1 file, and their size in UTF-8 bytes.
public struct SQuADContexts: Sendable {
    /// The contexts, in file order.
    public let texts: [String]
    /// Their total size in UTF-8 bytes.
    public let bytes: Int

    /// The file read by default, relative to a folder above the repository.
    public static let defaultFile = "shared/data/squad/squad-v1.1-dev-even.json"

    /// Reads the contexts of `$INQUIRE_SQUAD`, or of `defaultFile` in the nearest folder above `source` that has
    /// it (the repository sits beside `shared/`); prints why to standard error and returns nil when it cannot.
    public static func load(near source: String = #filePath) -> SQuADContexts? {
        guard let path = BenchmarkInput.path(variable: "INQUIRE_SQUAD", relative: defaultFile, near: source) else {
            return nil
        }
        do {
            let file = try JSONDecoder().decode(SQuADFile.self, from: Data(contentsOf: URL(fileURLWithPath: path)))
            let texts = file.data.flatMap { $0.paragraphs.map(\.context) }
            return SQuADContexts(texts: texts, bytes: texts.reduce(0) { $0 + $1.utf8.count })
        } catch {
            FileHandle.standardError.write(Data("benchmarks: \(path): \(error)\n".utf8))
            return nil
        }
    }
}

/// The part of a SQuAD v1.1 file the benchmarks read: the paragraphs' contexts.
private struct SQuADFile: Decodable {
    struct Article: Decodable { let paragraphs: [Paragraph] }
    struct Paragraph: Decodable { let context: String }
    let data: [Article]
}
