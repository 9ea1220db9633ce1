/// One word line of a CoNLL-U file (an integer id), its ten columns kept as written.
package struct CoNLLUWord: Sendable, Equatable {
    /// The 1-based word index within the sentence.
    package var id: Int
    /// FORM: the word as written.
    package var form: String
    /// LEMMA, or "_".
    package var lemma: String
    /// UPOS, or "_".
    package var upos: String
    /// XPOS, or "_".
    package var xpos: String
    /// FEATS, or "_".
    package var feats: String
    /// HEAD: the head's id (0 for the root), or `nil` when the column is "_".
    package var head: Int?
    /// DEPREL, or "_".
    package var deprel: String
    /// DEPS, or "_".
    package var deps: String
    /// MISC, or "_".
    package var misc: String

    /// A word with every column but the id and form empty ("_").
    package init(id: Int, form: String) {
        self.init(
            id: id, form: form, lemma: "_", upos: "_", xpos: "_", feats: "_", head: nil, deprel: "_", deps: "_",
            misc: "_")
    }

    /// A word with all ten columns.
    package init(
        id: Int, form: String, lemma: String, upos: String, xpos: String, feats: String, head: Int?,
        deprel: String, deps: String, misc: String
    ) {
        self.id = id
        self.form = form
        self.lemma = lemma
        self.upos = upos
        self.xpos = xpos
        self.feats = feats
        self.head = head
        self.deprel = deprel
        self.deps = deps
        self.misc = misc
    }

    /// The MISC attributes as (key, value) pairs in order ("SpaceAfter=No|NER=O" → two pairs).
    package var miscAttributes: [(key: String, value: String)] {
        guard misc != "_" else { return [] }
        return misc.split(separator: "|").map { item in
            guard let equals = item.firstIndex(of: "=") else { return (String(item), "") }
            return (String(item[..<equals]), String(item[item.index(after: equals)...]))
        }
    }

    /// Whether MISC says no space follows the word (`SpaceAfter=No`).
    package var spaceAfter: Bool {
        !misc.split(separator: "|").contains("SpaceAfter=No")
    }

    /// Sets a MISC attribute, replacing an earlier value of the same key and keeping the others in order.
    package mutating func setMisc(_ key: String, _ value: String) {
        var items = misc == "_" ? [] : misc.split(separator: "|").map(String.init)
        let entry = key + "=" + value
        if let index = items.firstIndex(where: { $0.hasPrefix(key + "=") }) {
            items[index] = entry
        } else {
            items.append(entry)
        }
        misc = items.joined(separator: "|")
    }

    /// The line as written in a CoNLL-U file (ten tab-separated columns).
    package var line: String {
        [String(id), form, lemma, upos, xpos, feats, head.map(String.init) ?? "_", deprel, deps, misc]
            .joined(separator: "\t")
    }
}
