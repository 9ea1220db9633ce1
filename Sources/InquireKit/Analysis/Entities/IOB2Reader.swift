import Foundation

/// Reads entity-annotated sentences in the IOB2 layout of Universal NER and GUM (`# sent_id` comments; lines of
/// id, word, BIO tag, …; a blank line between sentences).
package enum IOB2Reader {
    /// One sentence: its id (when given), words and entity tags.
    package typealias Sentence = (id: String?, words: [String], entities: [EntityTag])

    /// The sentences of a file; an unknown tag is an error naming the file and line.
    package static func read(contentsOf url: URL) throws -> [Sentence] {
        let text = try String(contentsOf: url, encoding: .utf8)
        var sentences: [Sentence] = []
        var id: String?
        var words: [String] = []
        var entities: [EntityTag] = []
        var number = 0
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            number += 1
            if line.isEmpty {
                if !words.isEmpty { sentences.append((id, words, entities)) }
                id = nil
                words = []
                entities = []
                continue
            }
            if line.hasPrefix("#") {
                if line.hasPrefix("# sent_id"), let equals = line.firstIndex(of: "=") {
                    id = line[line.index(after: equals)...].trimmingCharacters(in: .whitespaces)
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
        if !words.isEmpty { sentences.append((id, words, entities)) }
        return sentences
    }
}
