import Foundation

/// Lookup tables for places, demonyms and personal names: the package's (`Engine.Resources.bundled().gazetteer`), or
/// a program's own, built from tables of the same form and handed to an engine through `Engine.Resources`.
///
/// The answer extractor uses it to recognise typed spans: locations (countries, first-level regions, cities over
/// 15,000 people), demonyms ("Pakistani" → Pakistan) and personal names. Every lookup folds case and Latin
/// diacritics and treats curly and straight apostrophes alike (see `GazetteerKey`). Instances are immutable and
/// safe to share across threads.
///
/// Data: GeoNames (geonames.org), CC BY 4.0; countryinfo (MIT); iso3166-2 (MIT); US Census 1990 names (public
/// domain). See `Resources/gazetteer/ATTRIBUTION`.
public final class Gazetteer: Sendable {
    private let tables: CompiledGazetteerTables

    /// Creates a gazetteer from the files `places.tsv`, `demonyms.tsv` and `names.tsv` in `directory` (the form
    /// of `init(places:demonyms:names:)`).
    ///
    /// - Throws: `ResourceError` naming the first file that is missing or cannot be read.
    public convenience init(directory: URL) throws(ResourceError) {
        func bytes(_ file: String) throws(ResourceError) -> [UInt8] {
            try ResourceBundle.bytes(at: directory.appendingPathComponent(file))
        }
        self.init(places: try bytes("places.tsv"), demonyms: try bytes("demonyms.tsv"), names: try bytes("names.tsv"))
    }

    /// Creates a gazetteer from the contents of the three tab-separated tables, as UTF-8 bytes: places (name,
    /// kind, country code, population), demonyms (demonym, country) and names (name, first-name percent, surname
    /// percent). Lines starting with "#" are comments. Useful for tests and for custom gazetteers.
    ///
    /// - Complexity: O(n log n) in the number of lines: the tables are hashed, merged and sorted into the form the
    ///   package ships compiled (see `init(compiledIn:)`).
    public convenience init(places: [UInt8], demonyms: [UInt8], names: [UInt8]) {
        var tables = GazetteerTables()
        places.withUnsafeBufferPointer { tables.addPlaces(tsv: $0) }
        demonyms.withUnsafeBufferPointer { tables.addDemonyms(tsv: $0) }
        names.withUnsafeBufferPointer { tables.addNames(tsv: $0) }
        self.init(tables: CompiledGazetteerTables(tables))
    }

    /// Reads the compiled tables in `directory` (`places.sorted.tsv`, `demonyms.sorted.tsv`, `names.sorted.tsv`, which
    /// `inquire-train resources` makes from the TSV files): the package's gazetteer loads this way, in about a
    /// millisecond, with no parsing or hashing.
    ///
    /// - Throws: `ResourceError` naming the first table that is missing, unreadable or malformed.
    convenience init(compiledIn directory: URL) throws(ResourceError) {
        let names = GazetteerTables.compiledNames
        func table(_ name: String) throws(ResourceError) -> SortedLineTable {
            try ResourceBundle.table(at: directory.appendingPathComponent(name))
        }
        self.init(
            tables: CompiledGazetteerTables(
                places: try table(names.places), demonyms: try table(names.demonyms), names: try table(names.names)))
    }

    /// A gazetteer of compiled tables.
    private init(tables: CompiledGazetteerTables) {
        self.tables = tables
    }

    /// Whether the gazetteer has no entries at all.
    public var isEmpty: Bool { tables.places.count == 0 && tables.demonyms.count == 0 && tables.names.count == 0 }

    /// The number of distinct place names (after folding).
    public var placeNameCount: Int { tables.places.count }

    /// The entries for an exact, possibly multi-word place name ("Sistan and Baluchestan"), matched case- and
    /// diacritic-insensitively; empty when the name is unknown. Countries come first, then regions, then cities,
    /// larger places first within a kind.
    public func places(named name: String) -> [PlaceEntry] {
        tables.places(key: GazetteerKey.normalize(name.utf8)) ?? []
    }

    /// The country a demonym refers to, singular or plural: "Pakistani" and "Pakistanis" → "Pakistan".
    public func country(forDemonym word: String) -> String? {
        tables.country(key: GazetteerKey.normalize(word))
    }

    /// Whether `word` is a first name in the US Census 1990 lists ("Mary", "JAMES").
    public func isFirstName(_ word: String) -> Bool {
        (tables.nameFrequency(key: GazetteerKey.normalize(word))?.first ?? 0) > 0
    }

    /// Whether `word` is among the 10,000 most common US surnames of the 1990 Census ("Smith").
    public func isSurname(_ word: String) -> Bool {
        (tables.nameFrequency(key: GazetteerKey.normalize(word))?.last ?? 0) > 0
    }

    /// How common `word` is as a first name and as a surname, as fractions of the population (0.03318 for
    /// "James" as a first name); 0 where it is not one. The first-name share is the larger of the male and
    /// female shares.
    public func nameFrequency(_ word: String) -> (first: Double, last: Double) {
        guard let frequency = tables.nameFrequency(key: GazetteerKey.normalize(word)) else { return (0, 0) }
        return (frequency.first, frequency.last)
    }

    /// The most words in any place name, to bound span scans.
    public var maxPlaceWords: Int { tables.maxPlaceWords }

    /// The longest place name that starts at `words[start]`, as its length in words and its entries, or nil when
    /// no place name starts there (or `start` is out of range). Words are joined by single spaces, so a name
    /// matches when the tokenizer splits it where the name has spaces.
    ///
    /// - Complexity: at most `maxPlaceWords` hash lookups.
    public func longestPlace(in words: [Substring], from start: Int) -> (length: Int, entries: [PlaceEntry])? {
        guard start >= 0, start < words.count else { return nil }
        let limit = min(tables.maxPlaceWords, words.count - start)
        var key: [UInt8] = []
        var best: (length: Int, entries: [PlaceEntry])?
        for length in stride(from: 1, through: limit, by: 1) {
            if length > 1 { key.append(0x20) }
            GazetteerKey.append(words[start + length - 1].utf8, to: &key)
            if let entries = tables.places(key: key) {
                best = (length, entries)
            }
        }
        return best
    }
}
