import InquireKit
import Testing

/// Tests on gazetteers built from small inline tables, independent of the shipped data.
@Suite("Gazetteer (inline tables)")
struct GazetteerTablesTests {
    static let places = """
        # name\tkind\tcountry\tpopulation - test table
        Sistan\tregion\tIR\t0
        Sistan and Baluchestan\tregion\tIR\t0
        Sīstān and Balūchestān\tregion\tIR\t0
        Zahedan\tcity\tIR\t500000\r
        Zāhedān\tcity\tIR\t600000
        Georgia\tcity\tUS\t3000
        Georgia\tregion\tUS\t0
        Georgia\tcountry\tGE\t3700000
        Atlantis\tisland\tXX\t0

        """
    static let gazetteer = Gazetteer(
        places: Array(places.utf8),
        demonyms: Array("# demonym\tcountry\nIranian\tIran\nIranians\tIran\nIranian\tElsewhere\n\tNowhere\n".utf8),
        names: Array("# name\tfirst%\tlast%\nmary\t2.629\t0\nsmith\t0\t1.006\njordan\t0.056\t0.078\n".utf8))

    @Test("prefers the longest match starting at a word")
    func longestMatch() {
        let gazetteer = Self.gazetteer
        #expect(gazetteer.maxPlaceWords == 3)
        let long = "in SISTAN and Balūchestān".split(separator: " ")
        #expect(gazetteer.longestPlace(in: long, from: 1)?.length == 3)
        let short = "in Sistan and elsewhere".split(separator: " ")
        #expect(gazetteer.longestPlace(in: short, from: 1)?.length == 1)
        #expect(gazetteer.longestPlace(in: short, from: 2) == nil)
        let end = "to Sistan".split(separator: " ")
        #expect(gazetteer.longestPlace(in: end, from: 1)?.length == 1)
    }

    @Test("merges names that fold alike, keeping the larger population; skips unknown kinds")
    func merging() {
        let gazetteer = Self.gazetteer
        #expect(
            gazetteer.places(named: "Sistan and Baluchestan") == [
                PlaceEntry(kind: .region, countryCode: "IR", population: 0)
            ])
        #expect(gazetteer.places(named: "zahedan") == [PlaceEntry(kind: .city, countryCode: "IR", population: 600_000)])
        #expect(gazetteer.places(named: "Atlantis").isEmpty)
        #expect(gazetteer.placeNameCount == 4)
    }

    @Test("orders entries: countries, regions, cities")
    func ordering() {
        #expect(Self.gazetteer.places(named: "Georgia").map(\.kind) == [.country, .region, .city])
    }

    @Test("reads demonyms (first row wins) and name frequencies")
    func demonymsAndNames() {
        let gazetteer = Self.gazetteer
        #expect(gazetteer.country(forDemonym: "iranian") == "Iran")
        #expect(gazetteer.country(forDemonym: "Iranians") == "Iran")
        #expect(gazetteer.country(forDemonym: "") == nil)
        #expect(gazetteer.isFirstName("Jordan") && gazetteer.isSurname("Jordan"))
        let smith = gazetteer.nameFrequency("SMITH")
        #expect(smith.first == 0 && abs(smith.last - 0.01006) < 1e-12)
        #expect(abs(gazetteer.nameFrequency("mary").first - 0.02629) < 1e-12)
    }
}
