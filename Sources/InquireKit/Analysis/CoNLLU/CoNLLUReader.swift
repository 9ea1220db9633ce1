import Foundation

/// Reads CoNLL-U text into sentences, checking the structure the tools rely on.
///
/// Each sentence block is comment lines, then token lines of ten tab-separated columns, ended by a blank line (or the
/// end of the file). Word ids must run 1, 2, 3 …; a multiword token's range must start at the next word; an empty
/// node ("3.1") is kept but not counted as a word; HEAD must be an integer or "_". Anything else is an error naming
/// the file and line.
package enum CoNLLUReader {
    /// The sentences of a CoNLL-U file.
    package static func read(contentsOf url: URL) throws -> [CoNLLUSentence] {
        let data = try Data(contentsOf: url)
        guard let text = String(data: data, encoding: .utf8) else {
            throw CoNLLUError(file: url.path, line: 1, message: "not UTF-8 text")
        }
        return try parse(text, file: url.path)
    }

    /// The sentences of CoNLL-U text; `file` names it in errors.
    package static func parse(_ text: String, file: String = "-") throws -> [CoNLLUSentence] {
        var sentences: [CoNLLUSentence] = []
        var comments: [String] = []
        var lines: [CoNLLUSentence.Line] = []
        var start = 0
        var nextWord = 1
        var multiwordEnd = 0
        func finish() {
            if !lines.isEmpty || !comments.isEmpty {
                sentences.append(CoNLLUSentence(comments: comments, lines: lines, lineNumber: start))
            }
            comments = []
            lines = []
            nextWord = 1
            multiwordEnd = 0
        }
        var number = 0
        for rawLine in text.split(separator: "\n", omittingEmptySubsequences: false) {
            number += 1
            let line = rawLine.last == "\r" ? rawLine.dropLast() : rawLine
            func fail(_ message: String) -> CoNLLUError { CoNLLUError(file: file, line: number, message: message) }
            if line.allSatisfy({ $0 == " " || $0 == "\t" }) {
                if multiwordEnd >= nextWord { throw fail("multiword token range runs past the last word") }
                if !lines.isEmpty {
                    finish()
                } else if !comments.isEmpty {
                    throw fail("blank line after comments with no token lines")
                }
                continue
            }
            if lines.isEmpty && comments.isEmpty { start = number }
            if line.hasPrefix("#") {
                guard lines.isEmpty else { throw fail("comment line among token lines") }
                comments.append(String(line))
                continue
            }
            let columns = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            guard columns.count == 10 else {
                throw fail("expected 10 tab-separated columns, found \(columns.count)")
            }
            let id = columns[0]
            if let dash = id.firstIndex(of: "-") {
                guard let first = Int(id[..<dash]), let last = Int(id[id.index(after: dash)...]),
                    first == nextWord, last > first
                else { throw fail("bad multiword token range \"\(id)\" (next word is \(nextWord))") }
                multiwordEnd = last
                lines.append(.multiword(first: first, last: last, columns: columns))
            } else if id.contains(".") {
                let parts = id.split(separator: ".", omittingEmptySubsequences: false)
                guard parts.count == 2, let whole = Int(parts[0]), Int(parts[1]) != nil, whole == nextWord - 1 else {
                    throw fail("bad empty node id \"\(id)\"")
                }
                lines.append(.empty(columns: columns))
            } else {
                guard let index = Int(id), index == nextWord else {
                    throw fail("expected word id \(nextWord), found \"\(id)\"")
                }
                var head: Int?
                if columns[6] != "_" {
                    guard let value = Int(columns[6]), value >= 0 else {
                        throw fail("HEAD \"\(columns[6])\" is neither a word id nor \"_\"")
                    }
                    head = value
                }
                guard !columns[1].isEmpty else { throw fail("empty FORM") }
                nextWord += 1
                lines.append(
                    .word(
                        CoNLLUWord(
                            id: index, form: columns[1], lemma: columns[2], upos: columns[3], xpos: columns[4],
                            feats: columns[5], head: head, deprel: columns[7], deps: columns[8], misc: columns[9])))
            }
        }
        if multiwordEnd >= nextWord {
            throw CoNLLUError(file: file, line: number, message: "multiword token range runs past the last word")
        }
        finish()
        for sentence in sentences {
            let count = sentence.words.count
            for word in sentence.words where (word.head ?? 0) > count {
                throw CoNLLUError(
                    file: file, line: sentence.lineNumber,
                    message: "word \(word.id) has HEAD \(word.head ?? 0) beyond the sentence's \(count) words")
            }
        }
        return sentences
    }
}
