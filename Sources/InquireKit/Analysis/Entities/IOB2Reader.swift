import Foundation

/// Reads entity-annotated sentences in the IOB2 layout of Universal NER and GUM (`# newdoc id` and `# sent_id`
/// comments; lines of id, word, BIO tag, …; a blank line between sentences).
package enum IOB2Reader {
    /// One sentence: its id (when given), words, entity tags and the document it belongs to.
    package typealias Sentence = (id: String?, words: [String], entities: [EntityTag], document: String)

    /// The sentences of a file; an unknown tag is an error naming the file and line. A sentence's document is the
    /// last `# newdoc id` before it, or, in a file without them (GUM's), its id without the final `-N`.
    package static func read(contentsOf url: URL) throws -> [Sentence] {
        let text = try String(contentsOf: url, encoding: .utf8)
        var sentences: [Sentence] = []
        var id: String?
        var newdoc: String?
        var words: [String] = []
        var entities: [EntityTag] = []
        var number = 0
        func finish() {
            if !words.isEmpty { sentences.append((id, words, entities, newdoc ?? document(ofSentence: id))) }
            id = nil
            words = []
            entities = []
        }
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            number += 1
            if line.isEmpty {
                finish()
                continue
            }
            if line.hasPrefix("#") {
                if let equals = line.firstIndex(of: "=") {
                    let value = line[line.index(after: equals)...].trimmingCharacters(in: .whitespaces)
                    if line.hasPrefix("# sent_id") { id = value }
                    if line.hasPrefix("# newdoc id") { newdoc = value }
                }
                continue
            }
            let columns = line.split(separator: "\t", omittingEmptySubsequences: false)
            guard columns.count >= 3, Int(columns[0]) != nil else { continue }
            guard let tag = EntityTag(label: columns[2]) else {
                throw CoNLLUError(file: url.path, line: number, message: "unknown entity tag \"\(columns[2])\"")
            }
            words.append(String(columns[1]))
            entities.append(tag)
        }
        finish()
        return sentences
    }

    /// The document of a sentence id such as `GUM_bio_byron-12`: the id without its final `-N` (empty without one).
    package static func document(ofSentence id: String?) -> String {
        guard let id, let dash = id.lastIndex(of: "-") else { return "" }
        return String(id[..<dash])
    }
}
