import Testing

@testable import InquireKit

/// *… hold now?*: a quantity stated of the present fits a question about the present better than one dated to a
/// year; on a made-up sentence parsed by hand.
@Suite("Answers from syntax: quantities of the present time")
struct PresentTimeTests {
    /// "The firm held 70 percent of the trade in 2009; this has dropped to 56 percent today."
    static let shares = HandParsed.analysis(
        """
        The DET 2 det
        firm NOUN 3 nsubj
        held/hold VERB 0 root
        70 NUM 5 nummod
        percent NOUN 3 obj
        of ADP 8 case
        the DET 8 det
        trade NOUN 5 nmod
        in ADP 10 case
        2009 NUM 3 obl
        ; PUNCT 14 punct
        this PRON 14 nsubj
        has/have AUX 14 aux
        dropped/drop VERB 3 conj
        to ADP 18 case
        approximately ADV 17 advmod
        56 NUM 18 nummod
        percent NOUN 14 obl
        today NOUN 14 obl:tmod
        . PUNCT 3 punct
        """)

    @Test("a question with now, today or currently asks about the present")
    func asksNow() {
        #expect(PresentTime.asksNow(["what", "share", "does", "it", "hold", "now", "?"]))
        #expect(!PresentTime.asksNow(["what", "share", "did", "it", "hold", "?"]))
    }

    @Test("a quantity of a clause with today fits better, one of a clause dated to a year worse")
    func clauseTime() {
        #expect(PresentTime.factor(of: 4, in: Self.shares) == PresentTime.dated)
        #expect(PresentTime.factor(of: 17, in: Self.shares) == PresentTime.present)
        let spans = [TypedSpan](repeating: TypedSpan(type: .percent, range: 0..<1, text: "7", tokens: 0..<1), count: 2)
        let fitted = PresentTime.applied(
            to: [.none, .none], spans: spans, heads: [4, 17], question: ["how", "much", "now"], in: Self.shares)
        #expect(fitted.map(\.focusFit) == [PresentTime.dated, PresentTime.present])
        let unchanged = PresentTime.applied(
            to: [.none, .none], spans: spans, heads: [4, 17], question: ["how", "much"], in: Self.shares)
        #expect(unchanged.map(\.focusFit) == [1, 1])
    }
}
