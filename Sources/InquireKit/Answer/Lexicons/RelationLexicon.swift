/// Words that state the same relation in other terms, from WordNet 3.0 (`Resources/relation-lexicon.tsv`, built by
/// `scripts/build_relation_lexicon.py`): a verb's synonyms in its most frequent sense and the nouns derived from it
/// ("leads" / "leader", "commands" / "commander", "presides" / "president", "buy" / "purchase"), and a noun's
/// synonyms in its three most frequent senses ("drill" / "exercise", "suspicion" / "distrust"). The relation
/// checks of the answer ranker use it so that a paraphrase still counts as stating the relation; irregular verb
/// forms are matched as well (`IrregularVerbs`).
///
/// The engine reads the table already stemmed (`Resources/relation-lexicon.stems.tsv`, a `SortedLineTable` of
/// `stem<TAB>stem stem …` made from the word list by `stemmedText(ofWords:)`; `inquire-train resources` writes it),
/// so loading is reading the file and nothing is stemmed or hashed at start-up.
package struct RelationLexicon: Sendable {
    /// Stem → the stems of its related words, ascending and separated by spaces (symmetric: each link is stored
    /// in both directions).
    private let table: SortedLineTable

    /// The file the engine reads, relative to the resource folder.
    static let resourceName = "relation-lexicon.stems.tsv"
    /// The word list it is made from, relative to the resource folder.
    static let sourceName = "relation-lexicon.tsv"

    /// The lexicon of a stemmed table (`stemmedText(ofWords:)`).
    init(stemmedTable table: SortedLineTable) {
        self.table = table
    }

    /// Stems `word<TAB>related related …` lines (`#` lines are comments) into the table the engine reads.
    ///
    /// Words that share a stem share a row, so a link is kept only when each of its words speaks for its stem
    /// (`Stems.speaksForStem`): the largest group of the stem's words that the table relates to one another (a
    /// word and its derivations, "meet" / "meeting"). A word that only shares the stem — the noun "bearing" (*aim*,
    /// *heading*) beside the verb "bear" — would otherwise merge its synonyms into the verb's row.
    static func stemmedText(ofWords tsv: String) -> String {
        var links: [(String, String)] = []
        for line in tsv.split(separator: "\n") where !line.hasPrefix("#") {
            let fields = line.split(separator: "\t", maxSplits: 1)
            guard fields.count == 2 else { continue }
            for word in fields[1].split(separator: " ") { links.append((String(fields[0]), String(word))) }
        }
        let stems = Stems(links: links)
        var related: [String: Set<String>] = [:]
        for (word, otherWord) in links where stems.speaksForStem(word) && stems.speaksForStem(otherWord) {
            let stem = stems.stem(of: word)
            let other = stems.stem(of: otherWord)
            if other != stem {
                related[stem, default: []].insert(other)
                related[other, default: []].insert(stem)
            }
        }
        let header = [
            "Stems of \(sourceName), each with the stems related to it (written by `inquire-train resources`;",
            "do not edit). WordNet 3.0 Copyright 2006 by Princeton University, under the WordNet 3.0 licence.",
        ]
        return SortedLineTable.text(
            of: related.map { (key: $0.key, value: $0.value.sorted().joined(separator: " ")) }, header: header)
    }

    /// Whether two stems state the same relation: the same word, irregular forms of one verb, or related in the
    /// table (in either direction).
    func matches(_ a: String, _ b: String) -> Bool {
        if IrregularVerbs.matches(a, b) { return true }
        guard let related = table.value(for: IrregularVerbs.base(ofStem: a)) else { return false }
        let other = Array(IrregularVerbs.base(ofStem: b).utf8)
        return related.split(separator: 0x20).contains { $0.elementsEqual(other) }
    }

    /// The stems that state what `stem` states: itself, its irregular forms and its related words.
    func alternatives(of stem: String) -> Set<String> {
        var stems = Set(IrregularVerbs.forms(ofStem: stem))
        if let related = table.value(for: IrregularVerbs.base(ofStem: stem)) {
            for word in related.split(separator: 0x20) { stems.insert(String(decoding: word, as: UTF8.self)) }
        }
        return stems
    }
}

extension RelationLexicon {
    /// The stems of a word list's words and, for each stem, the words that speak for it: the words sharing the stem
    /// fall into groups the list relates to one another (a word and its derivations: "meet", "meeting"), and the
    /// largest group speaks for the stem (of groups as large, the one related to the most other stems, then the one
    /// holding the shortest word).
    struct Stems {
        /// Word → its stem.
        private var stems: [String: String] = [:]
        /// The words that do not speak for their stem.
        private var silent: Set<String> = []

        /// The stems of the words of `links` (pairs of related words).
        init(links: [(String, String)]) {
            var neighbours: [String: Set<String>] = [:]
            for (word, other) in links {
                neighbours[word, default: []].insert(other)
                neighbours[other, default: []].insert(word)
            }
            var words: [String: [String]] = [:]
            for word in neighbours.keys {
                let stem = SnowballStemmer.stem(word)
                stems[word] = stem
                words[stem, default: []].append(word)
            }
            for (stem, sharing) in words where sharing.count > 1 {
                let groups = Self.groups(of: sharing, neighbours: neighbours, stems: stems, stem: stem)
                let ranked = groups.map { group in
                    (
                        group: group,
                        links: Set(group.flatMap { neighbours[$0] ?? [] }.filter { stems[$0] != stem }).count
                    )
                }
                let speaking = ranked.min { Self.precedes($0, $1) }?.group ?? []
                for group in groups where group != speaking { silent.formUnion(group) }
            }
        }

        /// The words `sharing` (of stem `stem`) in groups: two words are in one group when the list relates them,
        /// directly or through other words of the stem.
        private static func groups(
            of sharing: [String], neighbours: [String: Set<String>], stems: [String: String], stem: String
        ) -> [[String]] {
            var seen: Set<String> = []
            var groups: [[String]] = []
            for word in sharing.sorted() where !seen.contains(word) {
                var group: [String] = []
                var pending = [word]
                seen.insert(word)
                while let next = pending.popLast() {
                    group.append(next)
                    for other in neighbours[next] ?? [] where stems[other] == stem && !seen.contains(other) {
                        seen.insert(other)
                        pending.append(other)
                    }
                }
                groups.append(group.sorted())
            }
            return groups
        }

        /// Whether group `a` speaks for the stem before group `b`: it is larger; or as large, with more words
        /// outside the stem related to it (`links`); or those equal too, with a shorter word (or the same shortest
        /// length and a word first in alphabetical order).
        private static func precedes(_ a: (group: [String], links: Int), _ b: (group: [String], links: Int)) -> Bool {
            if a.group.count != b.group.count { return a.group.count > b.group.count }
            if a.links != b.links { return a.links > b.links }
            func key(_ group: [String]) -> (Int, String) {
                group.map { ($0.count, $0) }.min { $0 < $1 } ?? (0, "")
            }
            return key(a.group) < key(b.group)
        }

        /// The stem of a word of the list.
        func stem(of word: String) -> String { stems[word] ?? SnowballStemmer.stem(word) }

        /// Whether `word`'s links belong in its stem's row: it is in the group that speaks for the stem.
        func speaksForStem(_ word: String) -> Bool { !silent.contains(word) }
    }
}
