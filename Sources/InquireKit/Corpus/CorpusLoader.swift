import Foundation

/// Reads corpora from disk: a text file, a folder of `.txt`/`.md` files, JSON Lines of
/// `{"id", "title", "text"}`, or the contexts of a SQuAD JSON file.
public enum CorpusLoader {
    /// The file extensions read from a folder.
    public static let textExtensions: Set<String> = ["txt", "md", "jsonl", "json"]

    /// Loads the corpus at `path` (file or folder); `oneSentencePerLine` takes each line as one sentence.
    ///
    /// With `strictEncoding` off, a text file that is not valid UTF-8 is read as Windows-1252, and inside a folder
    /// a binary file (NUL bytes, mostly control characters) is left out; each is listed in the corpus's
    /// `warnings`. With it on (the default), either stops the load with `CorpusError.notText`.
    public static func load(
        path: String, oneSentencePerLine: Bool = false, strictEncoding: Bool = true
    ) throws(CorpusError) -> Corpus {
        if let code = PathProblem.code(of: path) {
            if code == ENOENT { throw .notFound(path: path) }
            throw .unreadable(path: path, reason: PathProblem.reason(errno: code))
        }
        var documents: [Document] = []
        var warnings: [CorpusWarning] = []
        if FileKind.of(path) == .folder {
            // An unreadable folder lists as empty: say so rather than "no text files".
            guard access(path, R_OK | X_OK) == 0 else {
                throw .unreadable(path: path, reason: PathProblem.reason(errno: errno))
            }
            let files = try textFiles(in: path)
            guard !files.isEmpty else { throw .noTextFiles(path: path) }
            for file in files {
                do throws(CorpusError) {
                    let read = try self.documents(inFile: file, strictEncoding: strictEncoding)
                    documents += read.documents
                    if read.encoding == .windows1252 {
                        warnings.append(CorpusWarning(path: file, kind: .readAsWindows1252))
                    }
                } catch {
                    guard !strictEncoding, case .notText = error else { throw error }
                    warnings.append(CorpusWarning(path: file, kind: .skipped(error)))
                }
            }
        } else {
            let read = try self.documents(inFile: path, strictEncoding: strictEncoding)
            documents = read.documents
            if read.encoding == .windows1252 { warnings.append(CorpusWarning(path: path, kind: .readAsWindows1252)) }
        }
        let name = URL(fileURLWithPath: path).lastPathComponent
        var corpus = Corpus(name: name, documents: documents, oneSentencePerLine: oneSentencePerLine)
        corpus.warnings = warnings
        guard !corpus.sentences.isEmpty else { throw .empty(path: path) }
        return corpus
    }

    /// The documents of one file, chosen by content: a SQuAD JSON object, JSON Lines, or plain text. The file must
    /// be UTF-8.
    public static func documentsInFile(_ path: String) throws(CorpusError) -> [Document] {
        try documents(inFile: path, strictEncoding: true).documents
    }

    /// The documents of one file and the encoding it was read in (Windows-1252 only without `strictEncoding`).
    static func documents(inFile path: String, strictEncoding: Bool) throws(CorpusError) -> (
        documents: [Document], encoding: TextDecoding.Encoding
    ) {
        try documents(inBytes: try readBytes(path), path: path, strictEncoding: strictEncoding)
    }

    /// The documents of one file whose bytes were read, and the encoding they were read in, as
    /// `documents(inFile:strictEncoding:)` gives them.
    static func documents(inBytes bytes: [UInt8], path: String, strictEncoding: Bool) throws(CorpusError) -> (
        documents: [Document], encoding: TextDecoding.Encoding
    ) {
        let (text, encoding) = try TextDecoding.decode(bytes, path: path, fallback: !strictEncoding)
        switch JSONShape.of(text, path: path) {
        case .lines: return (try JSONLinesCorpus.documents(text, path: path), encoding)
        case .document: return (try SQuADCorpus.documents(text, path: path), encoding)
        case .notJSON: break
        }
        let id = URL(fileURLWithPath: path).lastPathComponent
        return ([Document(id: id, source: path, text: text)], encoding)
    }

    /// Reads a whole file (a regular file or a pipe); a missing path, a folder, a device, a symbolic link loop or
    /// a denied permission is a `CorpusError` that says which.
    public static func readBytes(_ path: String) throws(CorpusError) -> [UInt8] {
        switch FileKind.of(path) {
        case nil:
            let code = PathProblem.code(of: path) ?? EIO
            if code == ENOENT { throw .notFound(path: path) }
            throw .unreadable(path: path, reason: PathProblem.reason(errno: code))
        case .folder: throw .unreadable(path: path, reason: "is a folder, not a file")
        case .device, .other: throw .unreadable(path: path, reason: "a device, not a file")
        case .regular, .pipe: break
        }
        let file = try InputFile(path: path)
        defer { file.close() }
        return try file.readAll()
    }

    /// The text files below a folder, recursively, sorted by path so the corpus order is stable.
    static func textFiles(in folder: String) throws(CorpusError) -> [String] {
        guard let walker = FileManager.default.enumerator(atPath: folder) else {
            throw .unreadable(path: folder, reason: "cannot list the folder")
        }
        var files: [String] = []
        while let relative = walker.nextObject() as? String {
            let ext = URL(fileURLWithPath: relative).pathExtension.lowercased()
            guard textExtensions.contains(ext), !relative.split(separator: "/").contains(where: { $0.hasPrefix(".") })
            else { continue }
            let full = (folder as NSString).appendingPathComponent(relative)
            if FileKind.of(full) == .regular { files.append(full) }
        }
        return files.sorted()
    }
}
