/// Finds people: capitalised chunks that read as names (given names, titles and role words before them,
/// initials), and common nouns for a person ("a local historian") as weak candidates.
enum PersonRecognizer {
    /// Appends the person spans of `view`.
    static func spans(_ view: SentenceView, chunks: [NameChunk], typings: [NameTyping], into spans: inout [TypedSpan]) {
        for (chunk, typing) in zip(chunks, typings) where typing.person > 0.1 {
            spans.append(TypedSpan(view: view, type: .person, words: chunk.words, strength: typing.person))
        }
        // "Jim Nantz and Phil Simms": two names joined by "and", for questions that ask for several people.
        for position in chunks.indices.dropLast() {
            let first = chunks[position]
            let second = chunks[position + 1]
            let strength = min(typings[position].person, typings[position + 1].person)
            guard strength >= 0.45, !first.possessive, view.term(first.words.upperBound) == "and",
                second.words.lowerBound == first.words.upperBound + 1, view.spaced(first.words.upperBound - 1)
            else { continue }
            spans.append(
                TypedSpan(
                    view: view, type: .person, words: first.words.lowerBound..<second.words.upperBound,
                    strength: strength))
        }
    }
}
