/// "Did you mean …?" for misspelled commands: the known name closest to what was typed, by edit distance.
enum Suggestion {
    /// The name of `names` nearest to `typed` (at most two edits away, and fewer than half its letters), or nil.
    static func closest(to typed: String, among names: [String]) -> String? {
        let limit = min(2, max(1, typed.count / 2))
        let scored = names.map { (name: $0, distance: distance(typed, $0)) }
        guard let best = scored.min(by: { $0.distance < $1.distance }), best.distance <= limit else { return nil }
        return best.name
    }

    /// The Levenshtein distance between `a` and `b` (insertions, deletions, substitutions; an adjacent swap counts
    /// as one edit, as in Damerau's variant, since "aks" for "ask" is the commonest slip).
    static func distance(_ a: String, _ b: String) -> Int {
        let a = Array(a)
        let b = Array(b)
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        var table = Array(repeating: Array(repeating: 0, count: b.count + 1), count: a.count + 1)
        for i in 0...a.count { table[i][0] = i }
        for j in 0...b.count { table[0][j] = j }
        for i in 1...a.count {
            for j in 1...b.count {
                let cost = a[i - 1] == b[j - 1] ? 0 : 1
                var best = min(table[i - 1][j] + 1, table[i][j - 1] + 1, table[i - 1][j - 1] + cost)
                if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] {
                    best = min(best, table[i - 2][j - 2] + 1)
                }
                table[i][j] = best
            }
        }
        return table[a.count][b.count]
    }
}
