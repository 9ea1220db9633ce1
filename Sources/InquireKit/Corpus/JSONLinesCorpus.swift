/// Reads documents from JSON Lines: one `{"id": …, "title": …, "text": …}` object a line (`id`, `title` optional).
enum JSONLinesCorpus {
    /// The documents of a JSON Lines file; a line that is not an object with a string `text` is an error.
    static func documents(_ text: String, path: String) throws(CorpusError) -> [Document] {
        var documents: [Document] = []
        var lineNumber = 0
        for line in TextLines.lines(of: text) {
            lineNumber += 1
            if line.allSatisfy(\.isWhitespace) { continue }
            guard let object = try? LocatedJSONParser.parse(line, firstLine: lineNumber), object.isObject else {
                throw .malformed(path: path, line: lineNumber, reason: "not a JSON object")
            }
            guard let body = object["text"]?.string else {
                throw .malformed(path: path, line: lineNumber, reason: "missing string field \"text\"")
            }
            documents.append(
                Document(
                    id: object["id"]?.scalarText ?? "\(lineNumber)",
                    title: object["title"]?.string,
                    source: path,
                    text: body,
                    firstLine: lineNumber,
                    textLinesAreSourceLines: false
                )
            )
        }
        return documents
    }
}
