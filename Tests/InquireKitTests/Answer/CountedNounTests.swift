import Testing

@testable import InquireKit

/// The noun a count counts, read from the dependency tree on made-up hand-parsed sentences, and the day of a date
/// read as no count.
@Suite("Counted nouns")
struct CountedNounTests {
    /// The count spans of the hand-parsed `table` as the recogniser finds them, reread with the tree.
    func counts(_ table: String) -> [TypedSpan] {
        let analysis = HandParsed.analysis(table)
        return SpanRecognizer(gazetteer: Engine.Resources.forTests.gazetteer).spans(in: analysis.text)
            .filter { $0.type == .count }
            .map { CountedNouns.reread($0, in: analysis) }
    }

    @Test("a stopword or a qualifier between the number and its noun hides the noun only from the word order")
    func nummodBehindStopword() throws {
        let other = counts(
            """
            The DET 4 det
            11 NUM 4 nummod
            other ADJ 4 amod
            ferries NOUN 5 nsubj
            sail VERB 0 root
            daily ADV 5 advmod
            . PUNCT 5 punct
            """)
        #expect(try #require(other.first { $0.text == "11" }).countedNoun == SnowballStemmer.stem("ferries"))
        let more = counts(
            """
            Clubs NOUN 2 nsubj
            need VERB 0 root
            five NUM 6 nummod
            or CCONJ 5 cc
            more ADJ 3 conj
            members NOUN 2 obj
            . PUNCT 2 punct
            """)
        #expect(try #require(more.first { $0.text == "five" }).countedNoun == SnowballStemmer.stem("members"))
    }

    @Test("a number that modifies no noun keeps what the word order gave it; a unit stays the unit")
    func noNummod() throws {
        let score = counts(
            """
            The DET 2 det
            score NOUN 4 nsubj
            was AUX 4 cop
            3 NUM 0 root
            . PUNCT 4 punct
            """)
        #expect(try #require(score.first).countedNoun == nil)
        let unit = counts(
            """
            The DET 2 det
            road NOUN 3 nsubj
            runs VERB 0 root
            12 NUM 5 nummod
            km NOUN 3 obj
            north ADV 3 advmod
            . PUNCT 3 punct
            """)
        #expect(try #require(unit.first).countedNoun == MeasureLexicon.unitKey("kilometres"))
    }

    @Test("a unit the question spells another way counts the same: square kilometers, kilometres")
    func unitAsAskedFitsFocus() throws {
        let text = "The park covers 4,200 square kilometres and holds 30 lakes."
        let match = SentenceMatch(
            sentence: 0, text: text, terms: ["park"], relations: Engine.Resources.forTests.relations,
            weights: ["park": 1], retrieval: 1)
        let scorer = CandidateScorer(
            shape: RelationSupportTests.shape("How many square kilometers does the park cover?"), weights: ["park": 1],
            expected: [.count], gazetteer: Engine.Resources.forTests.gazetteer)
        let spans = SpanRecognizer(gazetteer: Engine.Resources.forTests.gazetteer).spans(in: match.view)
            .filter { $0.type == .count }
        let area = try #require(spans.first { $0.text == "4,200" })
        let lakes = try #require(spans.first { $0.text == "30" })
        #expect(area.countedNoun == MeasureLexicon.unitKey("kilometres"))
        #expect(scorer.focusFit(area, in: match) == 1)
        #expect(scorer.focusFit(lakes, in: match) < 0.5)
        #expect(MeasureLexicon.unitKey(stem: SnowballStemmer.stem("kilometers")) == MeasureLexicon.unitKey("km"))
        #expect(MeasureLexicon.unitKey(stem: SnowballStemmer.stem("lakes")) == nil)
    }

    @Test("the day of a date is no count; a number beside no month name still is")
    func dayOfMonth() {
        let recognizer = SpanRecognizer(gazetteer: Engine.Resources.forTests.gazetteer)
        func counts(_ sentence: String) -> [String] {
            recognizer.spans(in: sentence).filter { $0.type == .count }.map(\.text)
        }
        #expect(!counts("The market opened on January 30 with 40 stalls.").contains("30"))
        #expect(counts("The market opened on January 30 with 40 stalls.").contains("40"))
        #expect(!counts("The ferry service ended on 27 September 2001.").contains("27"))
        #expect(counts("Some 30 trucks crossed the border in May.").contains("30"))
    }
}
