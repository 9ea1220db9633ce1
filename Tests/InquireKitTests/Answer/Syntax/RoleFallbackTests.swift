import Testing

@testable import InquireKit

/// The fallback for a misparse: when the parse puts no name of a sentence in the asked role, the name nearest
/// the predicate on the role's side fills it part-way; on made-up sentences parsed by hand.
@Suite("Answers from syntax: the nearest name when the parse gives none in the role")
struct RoleFallbackTests {
    /// "Who spearheaded the drive?"
    let whoSpearheaded = """
        Who PRON 2 nsubj
        spearheaded/spearhead VERB 0 root
        the DET 4 det
        drive NOUN 2 obj
        ? PUNCT 2 punct
        """

    /// "Last spring the Calder Trio spearheaded the drive for Ostrava ." misparsed: the name hangs off "spring"
    /// as an apposition, so the tree gives the verb no subject.
    let misparsed = """
        Last/last ADJ 2 amod
        spring NOUN 6 obl:tmod
        the DET 5 det
        Calder PROPN 5 compound B-ORG
        Trio PROPN 2 appos I-ORG
        spearheaded/spearhead VERB 0 root
        the DET 8 det
        drive NOUN 6 obj
        for ADP 10 case
        Ostrava PROPN 8 nmod B-ORG
        . PUNCT 6 punct
        """

    /// Group spans over the recogniser's words `ranges` of `analysis`'s text, with their head words `heads`.
    func candidates(_ ranges: [Range<Int>], heads: [Int], in analysis: SentenceAnalysis)
        -> (spans: [TypedSpan], heads: [Int?])
    {
        let view = SentenceView(analysis.text)
        return (ranges.map { TypedSpan(view: view, type: .group, words: $0, strength: 0.5) }, heads.map { $0 })
    }

    /// The alignments of the spans after the fallback.
    func applied(_ question: String, _ sentence: SentenceAnalysis, ranges: [Range<Int>], heads: [Int])
        -> [FrameAlignment]
    {
        let frame = QuestionFrame(HandParsed.analysis(question))
        let (spans, heads) = candidates(ranges, heads: heads, in: sentence)
        let relations = Engine.Resources.forTests.relations
        let syntaxes = spans.indices.map { index in
            SyntaxEvidence(
                alignment: FrameAlignment.align(frame, with: sentence, candidate: heads[index]!, relations: relations),
                entityKind: nil)
        }
        return RoleFallback.applied(
            to: syntaxes, spans: spans, heads: heads, frame: frame, in: sentence, relations: relations
        ).map(\.alignment)
    }

    @Test("the name right before an active verb is its agent when the tree gives the verb none")
    func agentBefore() {
        let sentence = HandParsed.analysis(misparsed)
        let view = SentenceView(sentence.text)
        #expect(view.string(view.byteRange(3..<5)) == "Calder Trio")
        // The tree relates neither name to the verb as its agent.
        #expect(HandParsed.role(whoSpearheaded, misparsed, candidate: 4) == 0)
        #expect(HandParsed.role(whoSpearheaded, misparsed, candidate: 9) == 0)
        let alignments = applied(whoSpearheaded, sentence, ranges: [3..<5, 9..<10], heads: [4, 9])
        #expect(alignments.map(\.role) == [RoleFallback.fit, 0])
        #expect(alignments[0].predicateFound)
    }

    @Test("no fallback when the tree already puts a name in the role, nor across a comma")
    func noFallback() {
        let parsed = """
            the DET 3 det
            Calder PROPN 3 compound B-ORG
            Trio PROPN 4 nsubj I-ORG
            spearheaded/spearhead VERB 0 root
            the DET 6 det
            drive NOUN 4 obj
            for ADP 8 case
            Ostrava PROPN 6 nmod B-ORG
            . PUNCT 4 punct
            """
        let good = applied(whoSpearheaded, HandParsed.analysis(parsed), ranges: [1..<3, 7..<8], heads: [2, 7])
        #expect(good.map(\.role) == [1, 0])
        let comma = """
            Calder PROPN 2 compound B-ORG
            Trio PROPN 7 obl:tmod I-ORG
            , PUNCT 2 punct
            as ADP 5 mark
            planned/plan VERB 2 acl
            , PUNCT 2 punct
            spearheaded/spearhead VERB 0 root
            the DET 9 det
            drive NOUN 7 obj
            . PUNCT 7 punct
            """
        #expect(applied(whoSpearheaded, HandParsed.analysis(comma), ranges: [0..<2], heads: [1]).map(\.role) == [0])
    }

    @Test("a passive verb's agent is the name after it, past \"by\"")
    func passiveAgent() {
        let passive = """
            The DET 2 det
            drive NOUN 4 nsubj:pass
            was/be AUX 4 aux:pass
            spearheaded/spearhead VERB 0 root
            by ADP 6 case
            Ostrava PROPN 2 nmod B-ORG
            . PUNCT 4 punct
            """
        let sentence = HandParsed.analysis(passive)
        #expect(applied(whoSpearheaded, sentence, ranges: [5..<6], heads: [5]).map(\.role) == [RoleFallback.fit])
    }
}
