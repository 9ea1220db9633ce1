/// A definite description that refers back to a name: "The agency said …" after "the Coastal Weather Agency
/// warned …". A candidate that is such a description ("agency", "the agency": common words only, after or with
/// "the") answers with the name an earlier sentence of the document gives it: the nearest run of capitalised
/// words ending in the description's head noun, capitalised ("Coastal Weather Agency", or with a possessive
/// before it, "Norway’s Coastal Agency").
enum DefiniteDescriptions {
    /// How many sentences back a name is looked for.
    static let reach = 3
    /// The most words a description has.
    static let maximumWords = 3

    /// The name for the person or group span `span` of `sentence` when it is a definite description that one of
    /// `earlier` (the sentences before it, nearest last) names; nil otherwise.
    static func name(for span: TypedSpan, in sentence: String, earlier: [String]) -> String? {
        guard span.type == .person || span.type == .group, !span.text.contains(where: \.isUppercase) else {
            return nil
        }
        let words = span.text.split(separator: " ")
        guard let head = words.last.map({ String($0.filter(\.isLetter)) }), head.count > 2,
            words.count <= maximumWords + 1
        else { return nil }
        let before = sentence.utf8.prefix(span.range.lowerBound)
        let previousWord = String(decoding: before, as: UTF8.self).split(separator: " ").last?.lowercased()
        guard previousWord == "the" || words.first == "the" else { return nil }
        for text in earlier.reversed().prefix(reach) {
            if let name = name(endingIn: head, in: text) { return name }
        }
        return nil
    }

    /// The last run of at least two capitalised words in `text` that ends in `head` capitalised, without a
    /// leading "The"; nil when there is none.
    static func name(endingIn head: String, in text: String) -> String? {
        let capitalised = head.prefix(1).uppercased() + head.dropFirst()
        let tokens = text.split(separator: " ").map { String($0) }
        var found: String?
        for (index, token) in tokens.enumerated() where token.filter({ $0.isLetter }) == capitalised {
            var start = index
            while start > 0, tokens[start - 1].first?.isUppercase == true,
                !tokens[start - 1].contains(where: { ",;:.–—".contains($0) })
            {
                start -= 1
            }
            if tokens[start] == "The" { start += 1 }
            guard index > start else { continue }
            var name = tokens[start...index].joined(separator: " ")
            while let last = name.last, !last.isLetter { name.removeLast() }
            found = name
        }
        return found
    }
}
