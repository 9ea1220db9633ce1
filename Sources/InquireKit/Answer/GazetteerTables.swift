/// How often a name occurs as a first name and as a surname, as fractions of the population (0 when it is not
/// one); from the US Census 1990 name lists.
struct NameFrequency: Sendable, Equatable {
    /// Fraction of people with this first name (the larger of the male and female shares).
    var first: Double
    /// Fraction of people with this surname.
    var last: Double
}

/// The gazetteer's lookup tables, keyed by `GazetteerKey`, parsed straight from the resource files' bytes.
struct GazetteerTables: Sendable {
    /// Place entries by name key, each list ordered by `PlaceEntry.precedes`.
    var places: [String: PlaceList] = [:]
    /// Country names by demonym key (singular and plural).
    var demonyms: [String: String] = [:]
    /// Name frequencies by name key.
    var names: [String: NameFrequency] = [:]
    /// The most words in any place key.
    var maxPlaceWords = 0

    /// Parses `places.tsv` rows: name, kind (country|region|city), country code, population. Rows with an unknown
    /// kind are skipped; entries whose names fold to one key are merged per kind and country (largest population).
    mutating func addPlaces(tsv bytes: UnsafeBufferPointer<UInt8>) {
        var key: [UInt8] = []
        places.reserveCapacity(places.count + GazetteerTSV(bytes: bytes).lineCount)
        GazetteerTSV(bytes: bytes).forEachRow { fields in
            guard fields.count >= 3, let kind = Self.placeKind(fields[1]) else { return }
            key.removeAll(keepingCapacity: true)
            GazetteerKey.append(fields[0], to: &key)
            guard !key.isEmpty else { return }
            let entry = PlaceEntry(
                kind: kind,
                countryCode: String(decoding: fields[2], as: UTF8.self),
                population: fields.count > 3 ? GazetteerTSV.integer(fields[3]) : 0)
            let name = String(decoding: key, as: UTF8.self)
            if let list = places[name] {
                var entries = list.entries
                entries.insertMerging(entry)
                places[name] = PlaceList(entries)
            } else {
                places[name] = PlaceList(entry)
            }
            maxPlaceWords = max(maxPlaceWords, 1 + key.reduce(0) { $0 + ($1 == 0x20 ? 1 : 0) })
        }
    }

    /// Parses `demonyms.tsv` rows: demonym, country name. The first row for a demonym wins.
    mutating func addDemonyms(tsv bytes: UnsafeBufferPointer<UInt8>) {
        GazetteerTSV(bytes: bytes).forEachRow { fields in
            guard fields.count >= 2, !fields[1].isEmpty else { return }
            let key = String(decoding: GazetteerKey.normalize(fields[0]), as: UTF8.self)
            guard !key.isEmpty, demonyms[key] == nil else { return }
            demonyms[key] = String(decoding: fields[1], as: UTF8.self)
        }
    }

    /// Parses `names.tsv` rows: name, percent as a first name, percent as a surname.
    mutating func addNames(tsv bytes: UnsafeBufferPointer<UInt8>) {
        names.reserveCapacity(names.count + GazetteerTSV(bytes: bytes).lineCount)
        GazetteerTSV(bytes: bytes).forEachRow { fields in
            guard fields.count >= 3 else { return }
            let key = String(decoding: GazetteerKey.normalize(fields[0]), as: UTF8.self)
            guard !key.isEmpty else { return }
            let frequency = NameFrequency(
                first: GazetteerTSV.decimal(fields[1]) / 100, last: GazetteerTSV.decimal(fields[2]) / 100)
            names[key, default: NameFrequency(first: 0, last: 0)].merge(frequency)
        }
    }

    private static func placeKind(_ field: UnsafeBufferPointer<UInt8>.SubSequence) -> PlaceKind? {
        if field.elementsEqual("city".utf8) { return .city }
        if field.elementsEqual("region".utf8) { return .region }
        if field.elementsEqual("country".utf8) { return .country }
        return nil
    }
}

extension NameFrequency {
    /// Keeps the larger of each share, so a name listed twice counts once.
    fileprivate mutating func merge(_ other: NameFrequency) {
        first = max(first, other.first)
        last = max(last, other.last)
    }
}
