/// Words that state the same relation in other terms, from WordNet 3.0 (`Resources/relation-lexicon.tsv`, built by
/// `scripts/build_relation_lexicon.py`): a verb's synonyms in its most frequent sense and the nouns derived from it
/// ("leads" / "leader", "commands" / "commander", "presides" / "president", "buy" / "purchase"). The relation
/// checks of the answer ranker use it so that a paraphrase still counts as stating the relation; irregular verb
/// forms are matched as well (`IrregularVerbs`).
struct RelationLexicon: Sendable {
    /// Stem → the stems of its related words (symmetric: each link is stored in both directions).
    let related: [String: Set<String>]

    /// The bundled table; a missing resource stops the process with its message (see `ResourceBundle`).
    static let shared = RelationLexicon(tsv: ResourceBundle.requiredText(of: "relation-lexicon.tsv"))

    /// Parses `word<TAB>related related …` lines (`#` lines are comments), stemming every word.
    init(tsv: String) {
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
        self.related = related
    }

    /// Whether two stems state the same relation: the same word, irregular forms of one verb, or related in the
    /// table (in either direction).
    func matches(_ a: String, _ b: String) -> Bool {
        IrregularVerbs.matches(a, b)
            || related[IrregularVerbs.base(ofStem: a)]?.contains(IrregularVerbs.base(ofStem: b)) == true
    }

    /// The stems that state what `stem` states: itself, its irregular forms and its related words.
    func alternatives(of stem: String) -> Set<String> {
        var stems = Set(IrregularVerbs.forms(ofStem: stem))
        stems.formUnion(related[IrregularVerbs.base(ofStem: stem)] ?? [])
        return stems
    }
}
