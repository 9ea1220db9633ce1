/// One sentence block of a CoNLL-U file: its comment lines, then its token lines in order.
package struct CoNLLUSentence: Sendable, Equatable {
    /// A token line: a word, a multiword-token range ("1-2"), or an empty node ("1.1").
    package enum Line: Sendable, Equatable {
        /// A syntactic word with an integer id.
        case word(CoNLLUWord)
        /// A multiword token spanning words `first...last`, with its ten columns as written.
        case multiword(first: Int, last: Int, columns: [String])
        /// An empty node of the enhanced graph ("1.1"), with its ten columns as written.
        case empty(columns: [String])

        /// The line as written in a CoNLL-U file.
        package var text: String {
            switch self {
            case .word(let word): word.line
            case .multiword(_, _, let columns), .empty(let columns): columns.joined(separator: "\t")
            }
        }
    }

    /// The comment lines, with their leading "#" (for example "# text = Hello .").
    package var comments: [String]
    /// The token lines in file order.
    package var lines: [Line]
    /// The 1-based line number of the block's first line in its file (0 when built in memory).
    package var lineNumber: Int

    /// A sentence from its comments and token lines.
    package init(comments: [String] = [], lines: [Line], lineNumber: Int = 0) {
        self.comments = comments
        self.lines = lines
        self.lineNumber = lineNumber
    }

    /// The syntactic words (integer ids) in order; multiword tokens and empty nodes left out.
    package var words: [CoNLLUWord] {
        get {
            lines.compactMap { line in
                if case .word(let word) = line { return word }
                return nil
            }
        }
        set {
            var next = newValue.makeIterator()
            for index in lines.indices {
                if case .word = lines[index], let word = next.next() { lines[index] = .word(word) }
            }
        }
    }

    /// The value of a `# key = value` comment, or `nil`.
    package func comment(_ key: String) -> String? {
        for comment in comments {
            guard comment.hasPrefix("#") else { continue }
            let body = comment.dropFirst().drop { $0 == " " }
            guard body.hasPrefix(key) else { continue }
            let rest = body.dropFirst(key.count).drop { $0 == " " }
            if rest.first == "=" { return String(rest.dropFirst().drop { $0 == " " }) }
        }
        return nil
    }

    /// The sentence id (`# sent_id = …`), or `nil`.
    package var sentenceID: String? { comment("sent_id") }

    /// The sentence text (`# text = …`), or `nil`.
    package var text: String? { comment("text") }

    /// The block as written in a CoNLL-U file, each line ended by a newline, then the blank line ending the block.
    package var block: String {
        var out = ""
        for comment in comments {
            out += comment
            out += "\n"
        }
        for line in lines {
            out += line.text
            out += "\n"
        }
        return out + "\n"
    }
}
