import Testing

@testable import InquireKit

/// A description right before a name ("the rock group Calder"): the name answers *who* and takes the
/// description's role; on made-up sentences parsed by hand.
@Suite("Answers from syntax: a description before a name")
struct DescribedNameTests {
    /// "The show was headlined by the rock group Calder." with the name hung off the description.
    var headlined: SentenceAnalysis { HandParsed.analysis(Self.headlinedTable) }

    /// Group spans over the sentence words `ranges` (words as the recognisers count them, punctuation left out) of
    /// `analysis`'s text, with their head words in `analysis` (`heads`).
    func candidates(_ ranges: [Range<Int>], heads: [Int], in analysis: SentenceAnalysis)
        -> (spans: [TypedSpan], heads: [Int?], view: SentenceView)
    {
        let view = SentenceView(analysis.text)
        let spans = ranges.map { TypedSpan(view: view, type: .group, words: $0, strength: 0.5) }
        return (spans, heads.map { Optional($0) }, view)
    }

    @Test("a common-noun description followed by a proper name pairs with it")
    func pairs() {
        let (spans, heads, view) = candidates([6..<8, 8..<9], heads: [7, 8], in: headlined)
        #expect(spans.map(\.text) == ["rock group", "Calder"])
        let pairs = DescribedNames.pairs(spans, heads: heads, in: headlined, view: view)
        #expect(pairs.map(\.description) == [0])
        #expect(pairs.map(\.name) == [1])
    }

    @Test("no pair across a comma, nor between two names")
    func noPair() {
        let commaSplit = HandParsed.analysis(
            """
            the DET 3 det
            rock NOUN 3 compound
            group NOUN 0 root
            , PUNCT 5 punct
            Calder PROPN 3 appos B-ORG
            """)
        let (spans, heads, view) = candidates([1..<3, 3..<4], heads: [2, 4], in: commaSplit)
        #expect(DescribedNames.pairs(spans, heads: heads, in: commaSplit, view: view).isEmpty)
        let twoNames = HandParsed.analysis(
            """
            Tova PROPN 0 root B-PER
            Calder PROPN 1 flat B-ORG
            """)
        let (nameSpans, nameHeads, nameView) = candidates([0..<1, 1..<2], heads: [0, 1], in: twoNames)
        #expect(DescribedNames.pairs(nameSpans, heads: nameHeads, in: twoNames, view: nameView).isEmpty)
    }

    @Test("the description fits who less than the name it describes; other types are left alone")
    func descriptionFitsLess() {
        var evidence = SyntaxEvidence(alignment: .none, entityKind: nil)
        #expect(evidence.kindFactor(for: .group) == 1)
        evidence.describesName = true
        #expect(evidence.kindFactor(for: .group) == 0.5)
        #expect(evidence.kindFactor(for: .person) == 0.5)
        #expect(evidence.kindFactor(for: .location) == 1)
    }

    @Test("the name takes the role the description fills when the parse hangs it off the description")
    func nameTakesRole() {
        let question = HandParsed.analysis(
            """
            Who PRON 2 nsubj
            headlined/headline VERB 0 root
            the DET 4 det
            show NOUN 2 obj
            ? PUNCT 2 punct
            """)
        let frame = QuestionFrame(question)
        let relations = Engine.Resources.forTests.relations
        let description = FrameAlignment.align(frame, with: headlined, candidate: 7, relations: relations)
        #expect(description.role == 1)
        // A misparse that leaves the name outside the predicate's arguments ("Calder" as a clause of "group").
        let misparsed = HandParsed.analysis(
            Self.headlinedTable.replacing("Calder PROPN 8 appos", with: "Calder PROPN 8 acl"))
        #expect(FrameAlignment.align(frame, with: misparsed, candidate: 8, relations: relations).role == 0)
        let (spans, heads, view) = candidates([6..<8, 8..<9], heads: [7, 8], in: misparsed)
        let syntaxes = heads.map { head in
            SyntaxEvidence(
                alignment: FrameAlignment.align(frame, with: misparsed, candidate: head!, relations: relations),
                entityKind: nil)
        }
        let applied = DescribedNames.applied(to: syntaxes, spans: spans, heads: heads, in: misparsed, view: view)
        #expect(applied[1].alignment.role == 1)
        #expect(!applied[1].describesName)
        #expect(applied[0].describesName)
    }

    /// The hand parse of `headlined`, for variants with one relation changed.
    static let headlinedTable = """
        The DET 2 det
        show NOUN 4 nsubj:pass
        was/be AUX 4 aux:pass
        headlined/headline VERB 0 root
        by ADP 8 case
        the DET 8 det
        rock NOUN 8 compound
        group NOUN 4 obl:agent
        Calder PROPN 8 appos B-ORG
        . PUNCT 4 punct
        """
}
