/// What a first tagging pass said about the other mentions of a word in the same document, as feature values for a
/// second pass (document-level consistency, after Krishnan and Manning 2006): a name written several times in a text
/// is mostly one kind of entity each time, and the clear mentions decide the unclear ones.
struct EntityDocumentMemory {
    /// For each sentence, one value per word (0 when the document says nothing about it): bits 0–2 the class most
    /// other capitalised mentions of the word took (1 outside, 2 + kind), bits 3–4 how many there were (1, 2, 3 or
    /// more), bit 5 whether they all agree, bit 6 whether the word is also written in lower case elsewhere; bits 8–13
    /// the same first three for the other first-pass entities written exactly as the word's own.
    let votes: [[UInt64]]

    /// The memory of a document: its sentences' word forms and the first pass's tags.
    init(forms: [[WordForm]], entities: [[EntityTag]]) {
        var words: [UInt64: [Int]] = [:]
        var lowercase: [UInt64: Int] = [:]
        var names: [UInt64: [Int]] = [:]
        var spans: [[(range: Range<Int>, key: UInt64, kind: EntityKind)]] = []
        for (sentence, tags) in zip(forms, entities) {
            for (form, tag) in zip(sentence, tags) {
                if form.isCapitalised {
                    words[form.lowerHash, default: [0, 0, 0, 0]][Self.slot(tag)] += 1
                } else if form.text.first?.isLetter ?? false {
                    lowercase[form.lowerHash, default: 0] += 1
                }
            }
            let found = Self.spans(sentence, tags)
            for span in found { names[span.key, default: [0, 0, 0]][Int(span.kind.rawValue)] += 1 }
            spans.append(found)
        }
        var votes: [[UInt64]] = []
        for (index, sentence) in forms.enumerated() {
            var values = [UInt64](repeating: 0, count: sentence.count)
            for (position, form) in sentence.enumerated() where form.isCapitalised {
                guard var counts = words[form.lowerHash] else { continue }
                counts[Self.slot(entities[index][position])] -= 1
                values[position] = Self.vote(counts) | ((lowercase[form.lowerHash] ?? 0) > 0 ? 64 : 0)
            }
            for span in spans[index] {
                guard var counts = names[span.key] else { continue }
                counts[Int(span.kind.rawValue)] -= 1
                let vote = Self.vote([0] + counts)
                for position in span.range { values[position] |= vote << 8 }
            }
            votes.append(values)
        }
        self.votes = votes
    }

    /// The slot of a tag in a word's counts: 0 outside, 1 + kind.
    private static func slot(_ tag: EntityTag) -> Int { tag.kind.map { 1 + Int($0.rawValue) } ?? 0 }

    /// The vote of counts per slot: the most frequent slot + 1, how many (capped at 3) and whether all agree.
    private static func vote(_ counts: [Int]) -> UInt64 {
        let total = counts.reduce(0, +)
        guard total > 0 else { return 0 }
        var best = 0
        for slot in counts.indices where counts[slot] > counts[best] { best = slot }
        return UInt64(best + 1) | UInt64(min(total, 3)) << 3 | (counts[best] == total ? 32 : 0)
    }

    /// The entity spans of a sentence's tags, each with a hash of its lower-case words.
    private static func spans(
        _ forms: [WordForm], _ tags: [EntityTag]
    ) -> [(range: Range<Int>, key: UInt64, kind: EntityKind)] {
        var result: [(range: Range<Int>, key: UInt64, kind: EntityKind)] = []
        var index = 0
        while index < tags.count {
            guard let kind = tags[index].kind else {
                index += 1
                continue
            }
            var end = index + 1
            while end < tags.count, tags[end] == .inside(kind) { end += 1 }
            var key: UInt64 = 0
            for position in index..<end { key = FeatureHash.mix(250, key, forms[position].lowerHash) }
            result.append((index..<end, key, kind))
            index = end
        }
        return result
    }
}
