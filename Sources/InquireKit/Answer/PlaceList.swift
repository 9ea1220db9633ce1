/// The entries of one place name. Most names denote one place, so the first entry is stored inline and only
/// the others in an array: loading then allocates no array for most of the 36,000 names.
struct PlaceList: Sendable {
    /// The first entry.
    let first: PlaceEntry
    /// The entries after the first, usually none.
    let rest: [PlaceEntry]

    /// A list of one entry.
    init(_ entry: PlaceEntry) {
        first = entry
        rest = []
    }

    /// A list of entries; `entries` must not be empty.
    init(_ entries: [PlaceEntry]) {
        first = entries[0]
        rest = Array(entries.dropFirst())
    }

    /// All entries, in order.
    var entries: [PlaceEntry] { rest.isEmpty ? [first] : [first] + rest }
}

extension [PlaceEntry] {
    /// Inserts `entry` in `precedes` order; an entry of the same kind and country is merged with it instead,
    /// keeping the larger population.
    mutating func insertMerging(_ entry: PlaceEntry) {
        if let same = firstIndex(where: { $0.kind == entry.kind && $0.countryCode == entry.countryCode }) {
            guard entry.population > self[same].population else { return }
            remove(at: same)
        }
        insert(entry, at: firstIndex(where: { entry.precedes($0) }) ?? endIndex)
    }
}
