extension GazetteerTables {
    /// The file names of the three compiled tables in a gazetteer folder, made from `places.tsv`, `demonyms.tsv` and
    /// `names.tsv` by `compiledPlaces()`, `compiledDemonyms()` and `compiledNames()`.
    static let compiledNames = (
        places: "places.sorted.tsv", demonyms: "demonyms.sorted.tsv", names: "names.sorted.tsv"
    )

    /// The places as a `SortedLineTable`: name key → its entries in lookup order, `kind code population` separated
    /// by ";" ("georgia" → "country GE 3731000;region US 9919945;city US 0").
    func compiledPlaces() -> String {
        SortedLineTable.text(
            of: places.map { key, list in
                (
                    key,
                    list.entries.map { "\($0.kind.rawValue) \($0.countryCode) \($0.population)" }.joined(separator: ";")
                )
            },
            header: ["Place name keys and their entries, from places.tsv (written by `inquire-train resources`)."])
    }

    /// The demonyms as a `SortedLineTable`: demonym key → country name.
    func compiledDemonyms() -> String {
        SortedLineTable.text(
            of: demonyms.map { ($0.key, $0.value) },
            header: ["Demonym keys and their countries, from demonyms.tsv (written by `inquire-train resources`)."])
    }

    /// The names as a `SortedLineTable`: name key → `first last`, the shares of the population as written by
    /// `Double.description` (which reads back to the same value).
    func compiledNames() -> String {
        SortedLineTable.text(
            of: names.map { ($0.key, "\($0.value.first) \($0.value.last)") },
            header: ["Name keys and their first-name and surname shares, from names.tsv (`inquire-train resources`)."])
    }
}

/// The gazetteer's tables in their compiled form, searched in place (see `SortedLineTable`).
struct CompiledGazetteerTables: Sendable {
    /// Place name key → entries.
    let places: SortedLineTable
    /// Demonym key → country.
    let demonyms: SortedLineTable
    /// Name key → shares.
    let names: SortedLineTable
    /// The most words in any place key.
    let maxPlaceWords: Int

    /// The tables, with the longest place name counted.
    init(places: SortedLineTable, demonyms: SortedLineTable, names: SortedLineTable) {
        self.places = places
        self.demonyms = demonyms
        self.names = names
        var longest = 0
        for index in 0..<places.count {
            longest = max(longest, 1 + places.key(at: index).reduce(0) { $0 + ($1 == 0x20 ? 1 : 0) })
        }
        maxPlaceWords = longest
    }

    /// The tables made from the hashed ones (a gazetteer built from TSV text).
    init(_ tables: GazetteerTables) {
        func table(_ text: String) -> SortedLineTable {
            // `SortedLineTable.text` writes sorted, tab-separated lines (GazetteerKey turns tabs and line breaks into
            // spaces), so the text always reads back; the empty table only keeps this total.
            (try? SortedLineTable(bytes: Array(text.utf8))) ?? SortedLineTable()
        }
        self.init(
            places: table(tables.compiledPlaces()), demonyms: table(tables.compiledDemonyms()),
            names: table(tables.compiledNames()))
    }

    /// The entries stored under a place key.
    func places(key: some Collection<UInt8>) -> [PlaceEntry]? {
        places.value(for: key).map { value in
            value.split(separator: UInt8(ascii: ";")).compactMap { entry in
                let fields = entry.split(separator: 0x20)
                guard fields.count == 3, let kind = PlaceKind(rawValue: String(decoding: fields[0], as: UTF8.self))
                else { return nil }
                return PlaceEntry(
                    kind: kind, countryCode: String(decoding: fields[1], as: UTF8.self),
                    population: Int(String(decoding: fields[2], as: UTF8.self)) ?? 0)
            }
        }
    }

    /// The country stored under a demonym key.
    func country(key: String) -> String? {
        demonyms.value(for: key).map { String(decoding: $0, as: UTF8.self) }
    }

    /// The shares stored under a name key.
    func nameFrequency(key: String) -> NameFrequency? {
        guard let value = names.value(for: key) else { return nil }
        let fields = value.split(separator: 0x20)
        guard fields.count == 2, let first = Double(String(decoding: fields[0], as: UTF8.self)),
            let last = Double(String(decoding: fields[1], as: UTF8.self))
        else { return nil }
        return NameFrequency(first: first, last: last)
    }
}
