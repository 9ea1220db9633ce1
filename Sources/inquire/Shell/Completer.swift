import InquireKit

/// Decides what Tab completes: colon commands at the start of a line, file names after `:load`, and otherwise the
/// words of the corpus (proper nouns first). The vocabulary is collected on the first Tab, not at start-up.
final class Completer {
    /// What to offer for the word under the cursor.
    enum Completions: Equatable {
        /// These words, in this order.
        case words([String])
        /// File names (readline's own file-name completion).
        case files
    }

    /// The corpus whose words are offered.
    private let corpus: Corpus
    /// The vocabulary, once collected.
    private var vocabulary: Vocabulary?

    /// A completer over the words of `corpus`.
    init(corpus: Corpus) {
        self.corpus = corpus
    }

    /// The completions of `word`, the text before it on the line being `before`.
    func complete(word: String, before: String) -> Completions {
        let lead = before.drop { $0 == " " || $0 == "\t" }
        if lead.isEmpty, word.hasPrefix(":") {
            return .words(ShellCommand.names.filter { $0.hasPrefix(word) })
        }
        if lead.hasPrefix(":") {
            let command = lead.prefix { $0 != " " && $0 != "\t" }
            return command == ":load" ? .files : .words([])
        }
        if vocabulary == nil { vocabulary = Vocabulary(corpus: corpus) }
        return .words(vocabulary?.completions(of: word) ?? [])
    }
}
