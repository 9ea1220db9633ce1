/// Phrases read off the dependency tree: the noun phrase a word heads, whole names, and every noun phrase.
extension SentenceAnalysis {
    /// Relations whose dependents a noun phrase leaves out: clauses, appositions and loosely attached material.
    static let clausalRelations: Set<Substring> = [
        "acl", "advcl", "appos", "parataxis", "dep", "punct", "discourse", "vocative", "reparandum", "list",
        "dislocated", "orphan", "cop", "aux", "mark", "csubj", "ccomp", "xcomp", "nsubj", "obj", "iobj", "advmod",
    ]

    /// The noun phrase headed by `head`: the head with its determiners, modifiers, compounds, flat name parts,
    /// possessors, prepositional modifiers and conjuncts, without clauses, appositions and edge punctuation;
    /// the contiguous run of those words around the head. With `conjuncts: false` a coordination is cut to its
    /// first member ("Norway" of "Norway and Sweden").
    package func phrase(headedBy head: Int, conjuncts: Bool = true) -> Range<Int> {
        let kept = Set(
            descendants(of: head) { child in
                let relation = baseRelation(child)
                if Self.clausalRelations.contains(relation) { return true }
                if !conjuncts, heads[child] == head, relation == "conj" || relation == "cc" { return true }
                return false
            })
        var start = head
        var end = head + 1
        while start > 0, kept.contains(start - 1) { start -= 1 }
        while end < count, kept.contains(end) { end += 1 }
        // Trim what cannot open or close a phrase: punctuation, a conjunction, a case marker.
        while start < head, tags[start] == .punct || tags[start] == .cconj || baseRelation(start) == "case" {
            start += 1
        }
        while end - 1 > head, tags[end - 1] == .punct || tags[end - 1] == .cconj || tags[end - 1] == .adp {
            end -= 1
        }
        return start..<end
    }

    /// The whole name around word `index`: the entity holding it, widened by the flat and compound parts the
    /// tree attaches to its head ("Abu Bakr al-Baghdadi" when the entity tagger stopped at "Abu Bakr"); nil when
    /// the word is not in a name (no entity and not a proper noun).
    package func name(around index: Int) -> Range<Int>? {
        var range: Range<Int>
        if let entity = entity(containing: index) {
            range = entity.words
        } else if tags[index] == .propn {
            range = index..<(index + 1)
        } else {
            return nil
        }
        // The head of the name: the word of the range whose head lies outside it.
        let head = range.first { !range.contains(heads[$0]) } ?? index
        let parts = descendants(of: head) { child in
            !["flat", "compound", "goeswith"].contains(baseRelation(child))
                && !(tags[child] == .punct && baseRelation(child) == "punct" && child > range.lowerBound
                    && child < range.upperBound)
        }
        for part in parts where tags[part] == .propn || baseRelation(part) == "flat" || range.contains(part) {
            range = min(range.lowerBound, part)..<max(range.upperBound, part + 1)
        }
        // A hyphen inside a name ("al - Baghdadi") belongs to it when its words do.
        while range.upperBound + 1 < count, tags[range.upperBound] == .punct, !words[range.upperBound - 1].spaceAfter,
            !words[range.upperBound].spaceAfter,
            heads[range.upperBound + 1] == head || heads[range.upperBound + 1] == range.upperBound - 1,
            tags[range.upperBound + 1] == .propn
        {
            range = range.lowerBound..<(range.upperBound + 2)
        }
        // A name starts and ends with a name word, never with a preposition, a determiner or punctuation that an
        // entity tag or a loose attachment let in.
        let nameTags: Set<UniversalTag> = [.propn, .noun, .num, .adj, .x]
        while range.count > 1, !nameTags.contains(tags[range.lowerBound]) {
            range = (range.lowerBound + 1)..<range.upperBound
        }
        while range.count > 1, !nameTags.contains(tags[range.upperBound - 1]) {
            range = range.lowerBound..<(range.upperBound - 1)
        }
        return range
    }

    /// The heads of the sentence's noun phrases (nominal words that are not part of a name headed elsewhere),
    /// in text order.
    package var nounPhraseHeads: [Int] {
        (0..<count).filter { index in
            guard isNominal(index) else { return false }
            let relation = baseRelation(index)
            return relation != "flat" && relation != "compound" && relation != "goeswith"
        }
    }

    /// The tags of the words of a plain noun phrase read by position, without the tree: determiners, adjectives,
    /// nouns, names, numbers and a possessive 's.
    package static let nounPhraseTags: Set<UniversalTag> = [.det, .adj, .noun, .propn, .num, .part]

    /// Whether the words from `start` on are `sequence` (lowercased words: ["according", "to"]), as written.
    package func hasWords(_ sequence: [String], at start: Int) -> Bool {
        start >= 0 && start + sequence.count <= count
            && sequence.indices.allSatisfy { words[start + $0].text.lowercased() == sequence[$0] }
    }
}
