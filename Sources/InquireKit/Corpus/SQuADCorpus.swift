import Foundation

/// Reads the contexts of a SQuAD v1.1/v2.0 JSON file as documents, one per paragraph.
enum SQuADCorpus {
    /// The paragraphs of a SQuAD file; ids are `title#n`, the paragraph's position within its article.
    static func documents(_ text: String, path: String) throws(CorpusError) -> [Document] {
        guard let root = try? JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any] else {
            throw .malformed(path: path, line: 1, reason: "not a JSON object")
        }
        guard let articles = root["data"] as? [[String: Any]] else {
            throw .malformed(path: path, line: 1, reason: "missing array \"data\" (expected a SQuAD file)")
        }
        var documents: [Document] = []
        for (articleIndex, article) in articles.enumerated() {
            let title = (article["title"] as? String) ?? "article \(articleIndex + 1)"
            guard let paragraphs = article["paragraphs"] as? [[String: Any]] else {
                throw .malformed(path: path, line: 1, reason: "article \"\(title)\" has no \"paragraphs\" array")
            }
            for (index, paragraph) in paragraphs.enumerated() {
                guard let context = paragraph["context"] as? String else {
                    throw .malformed(path: path, line: 1, reason: "\"\(title)\" paragraph \(index + 1) has no context")
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
