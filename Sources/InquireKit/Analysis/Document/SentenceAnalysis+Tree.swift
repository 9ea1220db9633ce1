/// Walks over the dependency tree of an analysis.
extension SentenceAnalysis {
    /// The root word (the one whose head is -1), if the tree has one.
    package var root: Int? { heads.firstIndex(of: -1) }

    /// The dependents of `index` whose relation is `relation` (a base relation matches every subtype: "nsubj"
    /// matches "nsubj:pass"; a subtyped one only itself).
    package func dependents(of index: Int, _ relation: String) -> [Int] {
        children[index].filter { child in
            relation.contains(":") ? relations[child] == relation : baseRelation(child) == relation
        }
    }

    /// Whether `ancestor` dominates `index` (a word does not dominate itself). Stops on a cycle.
    package func dominates(_ ancestor: Int, _ index: Int) -> Bool {
        var current = heads[index]
        var steps = 0
        while current >= 0, steps <= count {
            if current == ancestor { return true }
            current = heads[current]
            steps += 1
        }
        return false
    }

    /// The words from `index` up to the root, `index` first. Stops on a cycle.
    package func ancestors(of index: Int) -> [Int] {
        var chain = [index]
        var current = heads[index]
        while current >= 0, chain.count <= count {
            chain.append(current)
            current = heads[current]
        }
        return chain
    }

    /// The words on the tree path from `start` to `end`, both included, through their lowest common ancestor;
    /// empty when they are not connected.
    package func path(from start: Int, to end: Int) -> [Int] {
        let up = ancestors(of: start)
        let down = ancestors(of: end)
        guard let meeting = up.first(where: { down.contains($0) }),
            let upIndex = up.firstIndex(of: meeting), let downIndex = down.firstIndex(of: meeting)
        else { return [] }
        return Array(up[...upIndex]) + down[..<downIndex].reversed()
    }

    /// The number of arcs on the path between two words (`Int.max` when they are not connected).
    package func treeDistance(_ start: Int, _ end: Int) -> Int {
        let path = path(from: start, to: end)
        return path.isEmpty ? Int.max : path.count - 1
    }

    /// Every word `index` dominates, and `index` itself, in text order.
    package func descendants(of index: Int, excluding excluded: (Int) -> Bool = { _ in false }) -> [Int] {
        var result = [index]
        var stack = children[index].filter { !excluded($0) }
        while let next = stack.popLast(), result.count <= count {
            result.append(next)
            stack += children[next].filter { !excluded($0) }
        }
        return result.sorted()
    }

    /// The smallest range of words holding `index` and everything it dominates.
    package func subtree(of index: Int) -> Range<Int> {
        let words = descendants(of: index)
        return words[0]..<(words[words.count - 1] + 1)
    }

    /// Whether word `index` is a noun, proper noun or pronoun (or a number standing as one).
    package func isNominal(_ index: Int) -> Bool {
        switch tags[index] {
        case .noun, .propn, .pron: true
        case .num: ["nsubj", "obj", "obl", "nmod", "conj", "appos"].contains(baseRelation(index))
        default: false
        }
    }

    /// The first conjunct of the coordination a word stands in ("A and B beat C": A for B), the word itself when it
    /// is no conjunct.
    package func firstConjunct(of index: Int) -> Int {
        var current = index
        var steps = 0
        while baseRelation(current) == "conj", heads[current] >= 0, steps <= count {
            current = heads[current]
            steps += 1
        }
        return current
    }

    /// The predicate a word is an argument of: its head, or for a word in a coordination the head of the first
    /// conjunct ("A and B beat C": B's predicate is "beat").
    package func governor(of index: Int) -> Int? {
        let first = firstConjunct(of: index)
        return heads[first] >= 0 ? heads[first] : nil
    }

    /// The relation a word holds to its predicate, looking through coordination (see `governor(of:)`).
    package func role(of index: Int) -> String {
        relations[firstConjunct(of: index)]
    }
}
