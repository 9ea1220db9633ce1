import Foundation

/// Reads corpora from disk: a text file, a folder of `.txt`/`.md` files, JSON Lines of
/// `{"id", "title", "text"}`, or the contexts of a SQuAD JSON file.
public enum CorpusLoader {
    /// The file extensions read from a folder.
    public static let textExtensions: Set<String> = ["txt", "md", "jsonl", "json"]

    /// Loads the corpus at `path` (file or folder); `oneSentencePerLine` takes each line as one sentence.
    public static func load(path: String, oneSentencePerLine: Bool = false) throws(CorpusError) -> Corpus {
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isFolder) else {
            throw .notFound(path: path)
        }
        let documents: [Document]
        if isFolder.boolValue {
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

    /// Reads a whole file, turning Foundation errors into `CorpusError`.
    public static func readBytes(_ path: String) throws(CorpusError) -> [UInt8] {
        guard let handle = FileHandle(forReadingAtPath: path) else {
            throw .unreadable(path: path, reason: "permission denied or not a regular file")
        }
        defer { try? handle.close() }
        do {
            return [UInt8](try handle.readToEnd() ?? Data())
        } catch {
            throw .unreadable(path: path, reason: "\(error.localizedDescription)")
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
            var isFolder: ObjCBool = false
            if FileManager.default.fileExists(atPath: full, isDirectory: &isFolder), !isFolder.boolValue {
                files.append(full)
            }
        }
        return files.sorted()
    }

    /// Whether the file is JSON Lines rather than one JSON document: its first non-blank line is a complete
    /// JSON object with a `text` field and no `data` array (a one-line SQuAD file is one document).
    static func looksLikeJSONLines(_ text: String) -> Bool {
        let lines = text.split(separator: "\n", maxSplits: 2, omittingEmptySubsequences: true)
        guard let first = lines.first,
            let object = try? JSONSerialization.jsonObject(with: Data(first.utf8)) as? [String: Any]
        else { return false }
        return object["data"] == nil && (object["text"] != nil || lines.count > 1)
    }
}
