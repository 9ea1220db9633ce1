import Testing

@testable import InquireKit

@Suite("Number recogniser")
struct NumberRecognizerTests {
    /// The count spans of a sentence with their counted nouns.
    func counts(_ sentence: String) -> [(text: String, noun: String?, strength: Double)] {
        SpanRecognizer(gazetteer: Engine.Resources.forTests.gazetteer).spans(in: sentence).filter { $0.type == .count }
            .map { ($0.text, $0.countedNoun, $0.strength) }
    }

    @Test("a count keeps the number and knows the noun it counts")
    func countedNouns() {
        let found = counts("Three women and four children were killed near the town.")
        #expect(found.map(\.text) == ["Three", "four"])
        #expect(found.map(\.noun) == [SnowballStemmer.stem("women"), SnowballStemmer.stem("children")])
    }

    @Test("a qualifier is left out of the count; adjectives are skipped to the noun")
    func qualifiersAndAdjectives() {
        #expect(counts("A bombing killed over 90 people.").map(\.text) == ["90"])
        #expect(counts("He scored 45 total touchdowns.").first?.noun == SnowballStemmer.stem("touchdowns"))
    }

    @Test("a number glued to a unit is a distance and a count of the unit")
    func gluedUnit() {
        let spans = SpanRecognizer(gazetteer: Engine.Resources.forTests.gazetteer).spans(
            in: "Pakistan and Iran share a 900-kilometer border.")
        #expect(spans.contains { $0.type == .distance && $0.text == "900-kilometer" })
        #expect(
            spans.contains {
                $0.type == .count && $0.text == "900" && $0.countedNoun == MeasureLexicon.unitKey("kilometres")
            })
    }

    @Test("a unit counts as the same noun however it is written: metres, meters, m; kilometres, km")
    func unitSpellings() {
        #expect(counts("She won the 5,000m final.").first?.noun == MeasureLexicon.unitKey("metres"))
        #expect(counts("The road runs 12 km north.").first?.noun == MeasureLexicon.unitKey("kilometers"))
        #expect(MeasureLexicon.unitKey("meters") == MeasureLexicon.unitKey("m"))
        #expect(MeasureLexicon.unitKey("miles") != MeasureLexicon.unitKey("metres"))
        #expect(MeasureLexicon.unitKey("in") == nil)
        #expect(counts("Three women were killed.").first?.noun == SnowballStemmer.stem("women"))
    }

    @Test(
        "money, percentages, distances and durations",
        arguments: [
            ("CBS charged $5 million for a commercial.", SpanType.money, "$5 million"),
            ("The committee raised over $40 million.", .money, "over $40 million"),
            ("Turnout fell to 40% in the city.", SpanType.percent, "40%"),
            ("Prices rose 12 percent last year.", SpanType.percent, "12 percent"),
            ("Dust travels 1,600 miles across the ocean.", SpanType.distance, "1,600 miles"),
            ("The insurgency has lasted more than two decades.", SpanType.duration, "more than two decades"),
        ])
    func measures(sentence: String, type: SpanType, text: String) {
        #expect(
            SpanRecognizer(gazetteer: Engine.Resources.forTests.gazetteer).spans(in: sentence).contains {
                $0.type == type && $0.text == text
            })
    }

    @Test("ranges are one quantity; scores and years are weak counts")
    func rangesScoresYears() {
        #expect(counts("Estimates range from 5 to 15 million.").first?.text == "5 to 15 million")
        #expect((counts("They won the game 20–18 in overtime.").first?.strength ?? 1) < 0.3)
        #expect((counts("The stadium opened in 1998.").first?.strength ?? 1) < 0.1)
    }

    @Test("a number word inside a name is no count")
    func numberInName() {
        #expect(counts("Westwood One will carry the game.").isEmpty)
    }

    @Test("a share keeps its percent sign in the count; vague quantities are weak counts")
    func sharesAndVagueQuantities() {
        #expect(counts("The committee will give 25 percent of its funds away.").map(\.text) == ["25 percent"])
        #expect(counts("About 50% of residents died.").map(\.text) == ["50%"])
        let vague = counts("The service can carry hundreds of television channels.")
        #expect(vague.map(\.text) == ["hundreds"])
        #expect(vague.first?.noun == SnowballStemmer.stem("channels"))
        #expect((vague.first?.strength ?? 1) < 0.5)
    }

    @Test("a share written \"per cent\" is one span with both words; \"per\" alone makes no share")
    func perCent() {
        #expect(counts("Only 10 per cent of the flour is enriched.").map(\.text) == ["10 per cent"])
        let spans = SpanRecognizer(gazetteer: Engine.Resources.forTests.gazetteer).spans(
            in: "Only 10 per cent of the flour is enriched.")
        #expect(spans.contains { $0.type == .percent && $0.text == "10 per cent" })
        let rate = SpanRecognizer(gazetteer: Engine.Resources.forTests.gazetteer).spans(
            in: "The pump moves 40 per minute.")
        #expect(!rate.contains { $0.type == .percent })
    }

    @Test("a number set off by commas after a name is an age")
    func ageAfterName() {
        let ages = { (sentence: String) in
            SpanRecognizer(gazetteer: Engine.Resources.forTests.gazetteer).spans(in: sentence).filter {
                $0.type == .duration
            }.map(\.text)
        }
        #expect(ages("The baker, Ruth Lang, 58, from Leeds, was named.") == ["58"])
        #expect(ages("The prize went to Ruth Lang, 58.") == ["58"])
        #expect(ages("Ruth Lang won 58 races.").isEmpty)
        #expect(ages("On Friday, 12 boats sank.").isEmpty)
    }

    @Test("a four-digit number before a plural noun counts it; after a year's opener it stays a year")
    func fourDigitCounts() {
        let pupils = counts("A study of 1709 pupils from rural towns was published.")
        #expect(pupils.map(\.text) == ["1709"])
        #expect((pupils.first?.strength ?? 0) > 0.5)
        #expect(pupils.first?.noun == SnowballStemmer.stem("pupils"))
        #expect((counts("In 2004 researchers found the wreck.").first?.strength ?? 1) < 0.5)
        #expect((counts("Voters rejected the 2008 proposals.").first?.strength ?? 1) < 0.5)
    }
}

@Suite("Number recogniser: notations")
struct NumberNotationSpanTests {
    @Test("a count span over a race result keeps the distance and the time whole")
    func raceResult() {
        let spans = SpanRecognizer(gazetteer: Engine.Resources.forTests.gazetteer).spans(
            in: "She won the 5,000m in 14:39.29 last year.")
        let counts = spans.filter { $0.type == .count }.map(\.text)
        #expect(counts.contains("5,000m"))
        #expect(counts.contains("14:39.29"))
        #expect(
            !counts.contains("5") && !counts.contains("000m") && !counts.contains("14") && !counts.contains("39.29"))
        #expect(spans.contains { $0.type == .distance && $0.text == "5,000m" })
        #expect(spans.contains { $0.type == .duration && $0.text == "14:39.29" })
    }

    @Test(
        "each notation is one span",
        arguments: [
            ("The 4x100m relay team set a record.", "4x100m"),
            ("He ran the 1,500m twice.", "1,500m"),
            ("The broadcast drew 2.2 million viewers.", "2.2 million"),
            ("The marathon was won in 2:03:59 by Kiprop.", "2:03:59"),
        ])
    func oneSpan(sentence: String, span: String) {
        let counts = SpanRecognizer(gazetteer: Engine.Resources.forTests.gazetteer).spans(in: sentence).filter {
            $0.type == .count
        }.map(\.text)
        #expect(counts.contains(span))
    }
}
