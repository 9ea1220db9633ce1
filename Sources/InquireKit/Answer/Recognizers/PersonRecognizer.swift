/// Finds people: capitalised chunks that read as names (given names, titles and role words before them,
/// initials), and common nouns for a person ("a professional fundraiser") as weak candidates.
enum PersonRecognizer {
    /// Appends the person spans of `view`.
    static func spans(_ view: SentenceView, chunks: [NameChunk], typings: [NameTyping], into spans: inout [TypedSpan]) {
        for (chunk, typing) in zip(chunks, typings) where typing.person > 0.1 {
            spans.append(TypedSpan(view: view, type: .person, words: chunk.words, strength: typing.person))
        }
    }
}
