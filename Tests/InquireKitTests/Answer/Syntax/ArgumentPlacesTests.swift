import Testing

@testable import InquireKit

/// The place of the thing a *where* question asks about (`ArgumentPlaces`): "the meetings in Dunmore" for where the
/// meeting was held, "Velcor headquarters in Ostrava" for where Velcor's headquarters are; and a place of the
/// question's predicate stated of other things takes no fallback's role back (`PlaceFallback.resolved`). On made-up
/// sentences parsed by hand.
@Suite("Where answers: the place of the thing asked about")
struct ArgumentPlacesTests {
    /// "Where was the meeting held?"
    let whereHeld = """
        Where/where ADV 5 advmod
        was/be AUX 5 aux:pass
        the DET 4 det
        meeting NOUN 5 nsubj:pass
        held/hold VERB 0 root
        ? PUNCT 5 punct
        """

    /// "Where was the meeting held to?" (a stranded preposition: where it went, not where it stood).
    let whereHeldTo = """
        Where/where ADV 5 advmod
        was/be AUX 5 aux:pass
        the DET 4 det
        meeting NOUN 5 nsubj:pass
        held/hold VERB 0 root
        to ADP 5 obl
        ? PUNCT 5 punct
        """

    /// "Where are Velcor's headquarters?"
    let whereHeadquarters = """
        Where/where ADV 0 root
        are/be AUX 1 cop
        Velcor PROPN 5 nmod:poss
        's PART 3 case
        headquarters NOUN 1 nsubj
        ? PUNCT 1 punct
        """

    /// "The owners at their spring meetings in Dunmore voted ."
    let meetings = """
        The DET 2 det
        owners/owner NOUN 8 nsubj
        at ADP 5 case
        their PRON 5 nmod:poss
        meetings/meeting NOUN 2 nmod
        in ADP 7 case
        Dunmore PROPN 5 nmod B-LOC
        voted/vote VERB 0 root
        . PUNCT 8 punct
        """

    /// "She visited Velcor headquarters in Ostrava and the Tarn headquarters in Brelin ."
    let headquarters = """
        She PRON 2 nsubj
        visited/visit VERB 0 root
        Velcor PROPN 4 compound B-ORG
        headquarters NOUN 2 obj
        in ADP 6 case
        Ostrava PROPN 4 nmod B-LOC
        and CCONJ 10 cc
        the DET 10 det
        Tarn PROPN 10 compound B-ORG
        headquarters NOUN 4 conj
        in ADP 12 case
        Brelin PROPN 10 nmod B-LOC
        . PUNCT 2 punct
        """

    /// The alignments of location spans over `ranges` (head words `heads`) of `sentence` after the fallback.
    func applied(_ question: String, _ sentence: String, ranges: [Range<Int>], asksWhere: Bool = true)
        -> [FrameAlignment]
    {
        let frame = QuestionFrame(HandParsed.analysis(question))
        let analysis = HandParsed.analysis(sentence)
        let view = SentenceView(analysis.text)
        let spans = ranges.map { TypedSpan(view: view, type: .location, words: $0, strength: 0.8) }
        let heads = ranges.map { $0.upperBound - 1 }
        let relations = Engine.Resources.forTests.relations
        let syntaxes = heads.map { head in
            SyntaxEvidence(
                alignment: FrameAlignment.align(frame, with: analysis, candidate: head, relations: relations),
                entityKind: .place)
        }
        return ArgumentPlaces.applied(
            to: syntaxes, spans: spans, heads: heads, frame: frame, asksWhere: asksWhere, in: analysis
        ).map(\.alignment)
    }

    @Test("a place of the noun the question asks about says where it was held")
    func placeOfArgument() {
        #expect(HandParsed.role(whereHeld, meetings, candidate: 6) == 0)
        let alignments = applied(whereHeld, meetings, ranges: [6..<7])
        #expect(alignments.map(\.role) == [ArgumentPlaces.fit])
        #expect(alignments[0].arguments == 1)
        #expect(alignments[0].predicateFound)
    }

    @Test("no place for another noun, a stranded preposition or a question that is not where")
    func noPlace() {
        let others = meetings.replacing("meetings/meeting NOUN", with: "offices/office NOUN")
        #expect(applied(whereHeld, others, ranges: [6..<7]).map(\.role) == [0])
        #expect(applied(whereHeldTo, meetings, ranges: [6..<7]).map(\.role) == [0])
        #expect(applied(whereHeld, meetings, ranges: [6..<7], asksWhere: false).map(\.role) == [0])
    }

    @Test("where X is: the place of X's noun with X's own name, not of another thing of its kind")
    func whereIs() {
        let alignments = applied(whereHeadquarters, headquarters, ranges: [5..<6, 11..<12])
        #expect(alignments.map(\.role) == [ArgumentPlaces.fit, 0])
        #expect(alignments[0].arguments == 1)
    }

    @Test("a pronoun possessor refers back and keeps the place")
    func pronounPossessor() {
        let its = headquarters.replacing("Velcor PROPN 4 compound B-ORG", with: "its PRON 4 nmod:poss")
        #expect(applied(whereHeadquarters, its, ranges: [5..<6]).map(\.role) == [ArgumentPlaces.fit])
    }

    /// A location candidate with the role and argument share given, as a fallback left it or not.
    func candidate(_ text: String, role: Double, arguments: Double) -> Candidate {
        var parts = ScoreParts()
        parts.role = role
        parts.arguments = arguments
        return Candidate(
            text: text, type: .location, score: 1,
            evidence: Evidence(sentence: 0, text: text, source: "t.txt:1", range: 0..<1), parts: parts)
    }

    @Test("the predicate's place stated of other things takes no fallback's role back; of the question's, it does")
    func resolved() {
        let fallback = candidate("Dunmore", role: ArgumentPlaces.fit, arguments: 1)
        let before = ScoreParts()
        let otherThings = candidate("Brelin", role: 1, arguments: 0)
        let kept = PlaceFallback.resolved([fallback, otherThings], withoutFallback: [0: before])
        #expect(kept[0].parts.role == ArgumentPlaces.fit)
        let sameThings = candidate("Brelin", role: 1, arguments: 0.5)
        let reverted = PlaceFallback.resolved([fallback, sameThings], withoutFallback: [0: before])
        #expect(reverted[0].parts.role == 0)
    }
}
