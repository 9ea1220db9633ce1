/// What a text that may be JSON holds, told by content the one same way for corpora and gold files: not JSON at all,
/// JSON Lines (one object a line), or one JSON document (a SQuAD file).
package enum JSONShape: Sendable, Equatable {
    /// The text does not open with `{` (after white space): plain text, or TSV.
    case notJSON
    /// One JSON object a line.
    case lines
    /// One JSON document over the whole text.
    case document

    /// The shape of `text`: a first line that is a complete JSON object makes JSON Lines, unless it has SQuAD's
    /// `data` or `version` and neither `question` nor `text` (a SQuAD file on one line); a first line that is not a
    /// complete object makes JSON Lines for a `.jsonl` name (with a broken first line, which its reader reports) and
    /// one document otherwise.
    package static func of(_ text: String, path: String) -> JSONShape {
        let body = text.drop { $0.isWhitespace }
        guard body.first == "{" else { return .notJSON }
        let firstLine = body.prefix { $0 != "\n" && $0 != "\r\n" && $0 != "\r" }
        if let object = try? LocatedJSONParser.parse(firstLine), object.isObject {
            let documentKeys = object["data"] != nil || object["version"] != nil
            return documentKeys && object["question"] == nil && object["text"] == nil ? .document : .lines
        }
        return path.lowercased().hasSuffix(".jsonl") ? .lines : .document
    }
}
