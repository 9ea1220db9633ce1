/// Writes sentences as CoNLL-U text.
package enum CoNLLUWriter {
    /// The CoNLL-U text of the sentences: each block's comments and token lines, then a blank line.
    package static func text(of sentences: [CoNLLUSentence]) -> String {
        var out = ""
        for sentence in sentences { out += sentence.block }
        return out
    }
}
