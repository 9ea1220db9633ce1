/// Reads the contexts of a SQuAD v1.1/v2.0 JSON file as documents, one per paragraph.
enum SQuADCorpus {
    /// The paragraphs of a SQuAD file; ids are `title#n`, the paragraph's position within its article. Errors name
    /// the line of the value at fault.
    static func documents(_ text: String, path: String) throws(CorpusError) -> [Document] {
        let root: LocatedJSON
        do {
            root = try LocatedJSONParser.parse(text)
        } catch {
            throw .malformed(path: path, line: error.line, reason: "not a JSON object")
        }
        guard root.isObject else { throw .malformed(path: path, line: root.line, reason: "not a JSON object") }
        guard let articles = root["data"]?.array else {
            throw .malformed(path: path, line: root.line, reason: "missing array \"data\" (expected a SQuAD file)")
        }
        var documents: [Document] = []
        for (articleIndex, article) in articles.enumerated() {
            let title = article["title"]?.string ?? "article \(articleIndex + 1)"
            guard let paragraphs = article["paragraphs"]?.array else {
                throw .malformed(
                    path: path, line: article.line, reason: "article \"\(title)\" has no \"paragraphs\" array")
            }
            for (index, paragraph) in paragraphs.enumerated() {
                guard let context = paragraph["context"]?.string else {
                    throw .malformed(
                        path: path, line: paragraph.line, reason: "\"\(title)\" paragraph \(index + 1) has no context")
                }
                documents.append(
                    Document(
                        id: "\(title)#\(index + 1)",
                        title: title,
                        source: "\(path)#\(title)/\(index + 1)",
                        text: context,
                        firstLine: 1,
                        textLinesAreSourceLines: false
                    )
                )
            }
        }
        return documents
    }
}
