/// Reads documents from JSON Lines: one `{"id": …, "title": …, "text": …}` object a line (`id`, `title` optional).
enum JSONLinesCorpus {
    /// The documents of a JSON Lines file; a line that is not an object with a string `text` is an error.
    static func documents(_ text: String, path: String) throws(CorpusError) -> [Document] {
        var documents: [Document] = []
        var lineNumber = 0
        for line in TextLines.lines(of: text) {
            lineNumber += 1
            if let document = try document(line: line, number: lineNumber, path: path) { documents.append(document) }
        }
        return documents
    }

    /// The document on line `number` of the JSON Lines file at `path` (its text without the line break): nil for a
    /// line of white space, an error for a line that is not an object with a string `text`. The one reading of a
    /// line, for the whole file (`documents(_:path:)`) and for a file read in pieces (`JSONLinesPieceReader`).
    static func document(line: some StringProtocol, number lineNumber: Int, path: String) throws(CorpusError)
        -> Document?
    {
        if line.allSatisfy(\.isWhitespace) { return nil }
        guard let object = try? LocatedJSONParser.parse(line, firstLine: lineNumber), object.isObject else {
            throw .malformed(path: path, line: lineNumber, reason: "not a JSON object")
        }
        guard let body = object["text"]?.string else {
            throw .malformed(path: path, line: lineNumber, reason: "missing string field \"text\"")
        }
        return Document(
            id: object["id"]?.scalarText ?? "\(lineNumber)",
            title: object["title"]?.string,
            source: path,
            text: body,
            firstLine: lineNumber,
            textLinesAreSourceLines: false
        )
    }
}
