/// The entity type a common noun names, learnt from GUM's entity annotation (`Resources/noun-kinds.tsv`, written by
/// `inquire-train nouns` from GUM CC BY train, CC BY 4.0): every mention there, named or not, carries a type, so the
/// head nouns of the mentions say which nouns name people ("sister", "passenger", "volunteer"), groups
/// ("government", "team") or places ("city", "village").
///
/// The file is a `SortedLineTable` of `noun<TAB>type:count type:count …` (lower-cased lemmas seen heading at least
/// two mentions, types by count), searched where it lies. A noun has a type when one type holds at least
/// ``minimumShare`` of its mentions; the count cut-off and the share were chosen on GUM dev (see the README's
/// "Models").
package struct NounLexicon: Sendable {
    /// The table.
    private let table: SortedLineTable

    /// The file the engine reads, relative to the resource folder.
    static let resourceName = "noun-kinds.tsv"
    /// The least share of a noun's mentions its type must hold.
    package static let minimumShare = 2.0 / 3.0
    /// The entity types that stand for people: a person (or people: "the farmers"), or an organisation.
    package static let peopleTypes = ["person", "organization"]

    /// The lexicon of a table read from a file.
    init(table: SortedLineTable) {
        self.table = table
    }

    /// The lexicon of the text of a file (`NounKindCounts.text(minimum:header:)`).
    ///
    /// - Throws: `SortedLineTable.Malformed` when the text is no sorted table.
    package init(text: String) throws {
        table = try SortedLineTable(bytes: Array(text.utf8))
    }

    /// An empty lexicon: no noun has a type.
    package init() {
        table = SortedLineTable()
    }

    /// The number of nouns listed.
    package var count: Int { table.count }

    /// The type counts of `noun` (a lower-cased lemma), the most frequent first; empty when it is not listed (or
    /// its line holds no well-formed `type:count`).
    package func counts(of noun: String) -> [(type: String, count: Int)] {
        guard let value = table.value(for: noun) else { return [] }
        return value.split(separator: 0x20).compactMap { field in
            guard let colon = field.lastIndex(of: 0x3A),
                let count = Int(String(decoding: field[(colon + 1)...], as: UTF8.self)), count > 0
            else { return nil }
            return (String(decoding: field[..<colon], as: UTF8.self), count)
        }
    }

    /// The type of `noun` (a lower-cased lemma) with the share of its mentions that type holds, when one type holds
    /// at least ``minimumShare`` of them; nil otherwise or when it is not listed.
    package func kind(of noun: String) -> (type: String, share: Double)? {
        let counts = counts(of: noun)
        let total = counts.reduce(0) { $0 + $1.count }
        guard let first = counts.max(by: { $0.count < $1.count }), total > 0 else { return nil }
        let share = Double(first.count) / Double(total)
        return share >= Self.minimumShare ? (first.type, share) : nil
    }

    /// Whether `noun` (a lower-cased lemma) names people: persons and organisations (``peopleTypes``) together hold
    /// at least ``minimumShare`` of its mentions ("family": 29 person, 7 organisation).
    package func namesPeople(_ noun: String) -> Bool {
        let counts = counts(of: noun)
        let total = counts.reduce(0) { $0 + $1.count }
        let people = counts.reduce(0) { $0 + (Self.peopleTypes.contains($1.type) ? $1.count : 0) }
        return total > 0 && Double(people) / Double(total) >= Self.minimumShare
    }

    /// Whether `noun` (a lower-cased lemma) names an organisation: its mentions are tagged organisation more than
    /// never and at least as often as person or place ("newspaper", "magazine"; not "artist", "city").
    package func namesOrganisation(_ noun: String) -> Bool {
        let counts = counts(of: noun)
        func count(_ type: String) -> Int { counts.first { $0.type == type }?.count ?? 0 }
        let organisation = count("organization")
        return organisation > 0 && organisation >= count("person") && organisation >= count("place")
    }

    /// Whether `noun` (a lower-cased lemma) names a thing: it has a type (``kind(of:)``) and that is no person,
    /// organisation or place ("document": object, "thesis": abstract, "ceremony": event).
    package func namesThing(_ noun: String) -> Bool {
        guard let kind = kind(of: noun) else { return false }
        return !Self.peopleTypes.contains(kind.type) && kind.type != "place"
    }
}
