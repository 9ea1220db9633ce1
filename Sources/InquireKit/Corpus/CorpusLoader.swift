import Foundation

/// Reads corpora from disk: a text file, a folder of `.txt`/`.md` files, JSON Lines of
/// `{"id", "title", "text"}`, or the contexts of a SQuAD JSON file.
public enum CorpusLoader {
    /// The file extensions read from a folder.
    public static let textExtensions: Set<String> = ["txt", "md", "jsonl", "json"]

    /// Loads the corpus at `path` (file or folder); `oneSentencePerLine` takes each line as one sentence.
    public static func load(path: String, oneSentencePerLine: Bool = false) throws(CorpusError) -> Corpus {
        if let code = PathProblem.code(of: path) {
            if code == ENOENT { throw .notFound(path: path) }
            throw .unreadable(path: path, reason: PathProblem.reason(errno: code))
        }
        let documents: [Document]
        if FileKind.of(path) == .folder {
            // An unreadable folder lists as empty: say so rather than "no text files".
            guard access(path, R_OK | X_OK) == 0 else {
                throw .unreadable(path: path, reason: PathProblem.reason(errno: errno))
            }
            let files = try textFiles(in: path)
            guard !files.isEmpty else { throw .noTextFiles(path: path) }
            var all: [Document] = []
            for file in files { all += try documentsInFile(file) }
            documents = all
        } else {
            documents = try documentsInFile(path)
        }
        let name = URL(fileURLWithPath: path).lastPathComponent
        let corpus = Corpus(name: name, documents: documents, oneSentencePerLine: oneSentencePerLine)
        guard !corpus.sentences.isEmpty else { throw .empty(path: path) }
        return corpus
    }

    /// The documents of one file, chosen by content: a SQuAD JSON object, JSON Lines, or plain text.
    public static func documentsInFile(_ path: String) throws(CorpusError) -> [Document] {
        let text = try TextDecoding.decode(try readBytes(path), path: path)
        let head = text.utf8.drop { $0 == 0x20 || $0 == 0x0A || $0 == 0x0D || $0 == 0x09 }.first
        let ext = URL(fileURLWithPath: path).pathExtension.lowercased()
        if head == UInt8(ascii: "{") {
            if ext == "jsonl" || looksLikeJSONLines(text) { return try JSONLinesCorpus.documents(text, path: path) }
            return try SQuADCorpus.documents(text, path: path)
        }
        let id = URL(fileURLWithPath: path).lastPathComponent
        return [Document(id: id, source: path, text: text)]
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
        let descriptor = open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { throw .unreadable(path: path, reason: PathProblem.reason(errno: errno)) }
        defer { close(descriptor) }
        var bytes: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 1 << 16)
        while true {
            let count = chunk.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, $0.count) }
            if count < 0 {
                if errno == EINTR { continue }
                throw .unreadable(path: path, reason: PathProblem.reason(errno: errno))
            }
            if count == 0 { return bytes }
            bytes += chunk[..<count]
        }
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

    /// Whether the file is JSON Lines rather than one JSON document: its first non-blank line is a complete
    /// JSON object with a `text` field and no `data` array (a one-line SQuAD file is one document).
    static func looksLikeJSONLines(_ text: String) -> Bool {
        let lines = TextLines.lines(of: text).lazy.filter { !$0.isEmpty }.prefix(2).map { $0 }
        guard let first = lines.first,
            let object = try? JSONSerialization.jsonObject(with: Data(first.utf8)) as? [String: Any]
        else { return false }
        return object["data"] == nil && (object["text"] != nil || lines.count > 1)
    }
}
