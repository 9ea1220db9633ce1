import Foundation
import InquireKit
import Testing

/// Tests on the gazetteer shipped in the package resources.
@Suite("Gazetteer (package resources)")
struct GazetteerTests {
    let gazetteer = Engine.Resources.forTests.gazetteer

    @Test("loads the package resources")
    func loads() {
        #expect(!gazetteer.isEmpty)
        #expect(gazetteer.placeNameCount > 30_000)
        #expect(gazetteer.maxPlaceWords >= 3)
    }

    @Test(
        "knows countries, including alternate names",
        arguments: [
            ("Pakistan", "PK"), ("Iran", "IR"), ("France", "FR"), ("Czech Republic", "CZ"), ("Czechia", "CZ"),
            ("Netherlands", "NL"), ("The Netherlands", "NL"), ("Swaziland", "SZ"), ("Isle of Man", "IM"),
        ])
    func countries(_ name: String, _ code: String) {
        let entries = gazetteer.places(named: name)
        #expect(entries.first?.kind == .country)
        #expect(entries.first?.countryCode == code)
        #expect((entries.first?.population ?? 0) > 0)
    }

    @Test(
        "knows first-level regions, with and without diacritics",
        arguments: [
            ("Sīstān va Balūchestān", "IR"), ("Sistan va Baluchestan", "IR"), ("Sistan and Baluchestan", "IR"),
            ("Khorāsān-e Raẕavī", "IR"), ("Khorasan-e Razavi", "IR"), ("Punjab", "PK"), ("Bayern", "DE"),
            ("Asturias", "ES"),
        ])
    func regions(_ name: String, _ code: String) {
        #expect(gazetteer.places(named: name).contains { $0.kind == .region && $0.countryCode == code })
    }

    @Test(
        "knows cities and capitals",
        arguments: [
            ("Karachi", "PK"), ("Tehran", "IR"), ("São Paulo", "BR"), ("Sao Paulo", "BR"), ("Xi'an", "CN"),
            ("Xi’an", "CN"), ("Kabul", "AF"), ("San Sebastián", "ES"),
        ])
    func cities(_ name: String, _ code: String) {
        let city = gazetteer.places(named: name).first { $0.kind == .city && $0.countryCode == code }
        #expect(city != nil)
        #expect((city?.population ?? 0) >= 15_000)
    }

    @Test("lists every place a name denotes, countries first, larger places first")
    func ambiguousNames() {
        let georgia = gazetteer.places(named: "Georgia")
        #expect(georgia.first == PlaceEntry(kind: .country, countryCode: "GE", population: georgia[0].population))
        #expect(georgia.contains { $0.kind == .region && $0.countryCode == "US" })
        let cities = gazetteer.places(named: "Hyderabad").filter { $0.kind == .city }
        #expect(Set(cities.map(\.countryCode)).isSuperset(of: ["IN", "PK"]))
        #expect(cities.map(\.population) == cities.map(\.population).sorted(by: >))
    }

    @Test("matches case- and diacritic-insensitively")
    func insensitive() {
        #expect(gazetteer.places(named: "TEHRAN") == gazetteer.places(named: "Tehran"))
        #expect(gazetteer.places(named: "sīstān VA balūchestān") == gazetteer.places(named: "Sistan va Baluchestan"))
        #expect(gazetteer.places(named: "  karachi ") == gazetteer.places(named: "Karachi"))
        #expect(!gazetteer.places(named: "KARACHI").isEmpty)
    }

    @Test(
        "maps demonyms, singular and plural, to countries",
        arguments: [
            ("Pakistani", "Pakistan"), ("Pakistanis", "Pakistan"), ("Iranian", "Iran"), ("Iranians", "Iran"),
            ("IRANIAN", "Iran"), ("Chinese", "China"), ("Swiss", "Switzerland"), ("Czechs", "Czechia"),
            ("Afghan", "Afghanistan"), ("Indian", "India"),
        ])
    func demonyms(_ word: String, _ country: String) {
        #expect(gazetteer.country(forDemonym: word) == country)
    }

    @Test("knows first names and surnames with their frequencies")
    func names() {
        #expect(gazetteer.isFirstName("Mary"))
        #expect(gazetteer.isFirstName("JAMES"))
        #expect(gazetteer.isSurname("Smith"))
        #expect(!gazetteer.isSurname("Mary"))
        #expect(!gazetteer.isFirstName("Smith"))
        let james = gazetteer.nameFrequency("James")
        #expect(abs(james.first - 0.03318) < 1e-9)
        #expect(james.last > 0 && james.last < james.first)
    }

    @Test("answers nothing for unknown words")
    func unknown() {
        #expect(gazetteer.places(named: "Qwzxv Flarnbridge").isEmpty)
        #expect(gazetteer.places(named: "").isEmpty)
        #expect(gazetteer.country(forDemonym: "Martian") == nil)
        #expect(gazetteer.country(forDemonym: "Pakistan") == nil)
        #expect(!gazetteer.isFirstName("Qwzxv"))
        #expect(!gazetteer.isSurname("Qwzxv"))
        #expect(gazetteer.nameFrequency("Qwzxv") == (0, 0))
    }

    @Test("finds the longest place name starting at a word")
    func longestPlace() {
        let words = "Floods hit Sīstān and Baluchestan province".split(separator: " ")
        let match = gazetteer.longestPlace(in: words, from: 2)
        #expect(match?.length == 3)
        #expect(match?.entries.contains { $0.kind == .region && $0.countryCode == "IR" } == true)
        #expect(gazetteer.longestPlace(in: words, from: 0) == nil)
        #expect(gazetteer.longestPlace(in: words, from: 6) == nil)
        #expect(gazetteer.longestPlace(in: words, from: -1) == nil)
    }

    @Test("a missing table is an error that names the file")
    func missingDirectory() {
        #expect(throws: ResourceError.missing(name: "places.tsv", in: "/nonexistent/gazetteer")) {
            try Gazetteer(directory: URL(fileURLWithPath: "/nonexistent/gazetteer"))
        }
    }

    @Test("an empty gazetteer knows nothing")
    func empty() {
        let empty = Gazetteer(places: [], demonyms: [], names: [])
        #expect(empty.isEmpty)
        #expect(empty.places(named: "Pakistan").isEmpty)
        #expect(empty.maxPlaceWords == 0)
        #expect(empty.longestPlace(in: ["Pakistan"], from: 0) == nil)
    }
}
