/// One syntactic word of a text, as Universal Dependencies English tokenises it: "Pakistan’s" is the two words
/// "Pakistan" and "’s", "don't" is "do" and "n't", and punctuation stands apart.
package struct UDWord: Sendable, Equatable {
    /// The word as written.
    package var text: String
    /// The word's UTF-8 byte range in the tokenised text.
    package var range: Range<Int>
    /// Whether white space (or the end of the text) follows the word; CoNLL-U's `SpaceAfter=No` is its negation.
    package var spaceAfter: Bool
    /// When the word is one of several split from one written token ("don't" → "do" + "n't"), the byte range of
    /// that token; CoNLL-U writes such a token as a multiword-token line ("1-2 don't"). Nil otherwise.
    package var token: Range<Int>?

    /// Creates a word.
    package init(text: String, range: Range<Int>, spaceAfter: Bool, token: Range<Int>? = nil) {
        self.text = text
        self.range = range
        self.spaceAfter = spaceAfter
        self.token = token
    }
}
