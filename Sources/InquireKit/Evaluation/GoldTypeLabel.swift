/// The answer-type labels a gold file may give: the 6 coarse and 50 fine classes of the UIUC/TREC
/// question-classification taxonomy (Li & Roth 2002), written `COARSE:fine` (`HUM:ind`) or `COARSE` alone.
package enum GoldTypeLabel {
    /// The fine classes by coarse class.
    package static let fineByCoarse: [String: Set<String>] = [
        "ABBR": ["abb", "exp"],
        "DESC": ["def", "desc", "manner", "reason"],
        "ENTY": [
            "animal", "body", "color", "cremat", "currency", "dismed", "event", "food", "instru", "lang", "letter",
            "other", "plant", "product", "religion", "sport", "substance", "symbol", "techmeth", "termeq", "veh",
            "word",
        ],
        "HUM": ["gr", "ind", "title", "desc"],
        "LOC": ["city", "country", "mount", "other", "state"],
        "NUM": [
            "code", "count", "date", "dist", "money", "ord", "other", "period", "perc", "speed", "temp", "volsize",
            "weight",
        ],
    ]

    /// Whether `label` is a coarse class or a `COARSE:fine` class of the taxonomy (case-sensitive, as TREC data
    /// writes them).
    package static func isValid(_ label: String) -> Bool {
        let parts = label.split(separator: ":", maxSplits: 1, omittingEmptySubsequences: false)
        guard let fine = fineByCoarse[String(parts[0])] else { return false }
        return parts.count == 1 || fine.contains(String(parts[1]))
    }

    /// The coarse part of a label (`HUM` for `HUM:ind`).
    package static func coarse(of label: String) -> String {
        String(label.prefix { $0 != ":" })
    }

    /// Whether a label names a fine class (it has a `:`).
    package static func isFine(_ label: String) -> Bool {
        label.contains(":")
    }
}
