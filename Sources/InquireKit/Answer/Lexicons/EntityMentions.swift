/// One entity mention of a CoNLL-U sentence as GUM annotates it: the words it spans and its entity type.
package struct EntityMention: Sendable, Equatable {
    /// The 0-based positions, among the sentence's syntactic words, of its first and last word.
    package var words: ClosedRange<Int>
    /// The entity type ("person", "place", "organization", "abstract" …).
    package var type: String

    /// A mention of `type` over `words`.
    package init(words: ClosedRange<Int>, type: String) {
        self.words = words
        self.type = type
    }
}

/// Reads the entity mentions GUM brackets in the MISC column (`Entity=(12-person-…)`, the CoNLL 2012 bracketing of
/// the CorefUD format): an opening bracket "(ID-TYPE-…" on a mention's first word, a closing "ID)" on its last, both
/// on one word for a one-word mention; mentions nest. Every mention is annotated, named or not ("his sister",
/// "the city", "Gloria"), so the head of each is a word of a known entity type.
package enum EntityMentions {
    /// The mentions of `sentence`, in the order they close.
    ///
    /// - Throws: `CoNLLUError` naming `file` and the line of a closing bracket with no mention open under its id, an
    ///   opening bracket without a type, or a mention still open at the end of the sentence.
    package static func mentions(in sentence: CoNLLUSentence, file: String = "-") throws(CoNLLUError)
        -> [EntityMention]
    {
        var open: [Substring: [(start: Int, type: String)]] = [:]
        var found: [EntityMention] = []
        var word = -1
        var lineNumber = sentence.lineNumber + sentence.comments.count - 1
        func fail(_ message: String) -> CoNLLUError { CoNLLUError(file: file, line: lineNumber, message: message) }
        for line in sentence.lines {
            lineNumber += 1
            guard case .word(let token) = line else { continue }
            word += 1
            guard let value = token.miscAttributes.first(where: { $0.key == "Entity" })?.value else { continue }
            var rest = Substring(value)
            while let first = rest.first {
                if first == "(" {
                    let body = rest.dropFirst().prefix { $0 != "(" && $0 != ")" }
                    rest = rest.dropFirst(body.count + 1)
                    let fields = body.split(separator: "-", maxSplits: 2, omittingEmptySubsequences: false)
                    guard fields.count >= 2, !fields[0].isEmpty, !fields[1].isEmpty else {
                        throw fail("entity mention \"(\(body)\" has no id and type")
                    }
                    if rest.first == ")" {
                        rest = rest.dropFirst()
                        found.append(EntityMention(words: word...word, type: String(fields[1])))
                    } else {
                        open[fields[0], default: []].append((word, String(fields[1])))
                    }
                } else {
                    let id = rest.prefix { $0 != ")" && $0 != "(" }
                    rest = rest.dropFirst(id.count)
                    guard rest.first == ")", let opened = open[id]?.popLast() else {
                        throw fail("entity mention \(id) closes but is not open")
                    }
                    rest = rest.dropFirst()
                    found.append(EntityMention(words: opened.start...word, type: opened.type))
                }
            }
        }
        if let unclosed = open.first(where: { !$0.value.isEmpty }) {
            throw fail("entity mention \(unclosed.key) is still open at the end of the sentence")
        }
        return found
    }

    /// The head of `mention` in the tree of `words` (the sentence's syntactic words): its first word whose head lies
    /// outside the mention (or is the root); nil when every word's head lies inside (a malformed tree).
    package static func head(of mention: EntityMention, in words: [CoNLLUWord]) -> Int? {
        mention.words.first { index in
            guard let head = words[index].head, head > 0 else { return true }
            return !mention.words.contains(head - 1)
        }
    }
}
