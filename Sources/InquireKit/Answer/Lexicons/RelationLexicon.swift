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
    static func stemmedText(ofWords tsv: String) -> String {
        var related: [String: Set<String>] = [:]
        for line in tsv.split(separator: "\n") where !line.hasPrefix("#") {
            let fields = line.split(separator: "\t", maxSplits: 1)
            guard fields.count == 2 else { continue }
            let stem = SnowballStemmer.stem(String(fields[0]))
            for word in fields[1].split(separator: " ") {
                let other = SnowballStemmer.stem(String(word))
                if other != stem {
                    related[stem, default: []].insert(other)
                    related[other, default: []].insert(stem)
                }
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
