import Testing

@testable import InquireKit

/// *What probe was launched?* over "… launched the Vela 3B probe …": the question's focus noun after the name that
/// answers it is no part of the answer; on made-up sentences.
@Suite("Answers: the focus noun after a name is left out")
struct FocusTailTests {
    static let sentence = "The agency launched the Vela 3B probe while Orin probes and a small satellite waited."

    @Test("a lower-case focus noun right after a name word goes")
    func cut() throws {
        let view = SentenceView(Self.sentence)
        let focus = SnowballStemmer.stem("probe")
        let named = try view.span("Vela", "probe", type: .group, strength: 0.5)
        #expect(FocusTails.withoutFocus(named, focus: focus, in: view, analysis: nil) == "Vela 3B")
        // The plural of the focus noun goes too: its stem is the focus.
        let plural = try view.span("Orin", "probes", type: .group, strength: 0.5)
        #expect(FocusTails.withoutFocus(plural, focus: focus, in: view, analysis: nil) == "Orin")
    }

    @Test("another noun, a common word before the noun, one word or a coordination stay whole")
    func kept() throws {
        let view = SentenceView(Self.sentence)
        let focus = SnowballStemmer.stem("probe")
        let named = try view.span("Vela", "probe", type: .group, strength: 0.5)
        #expect(FocusTails.withoutFocus(named, focus: SnowballStemmer.stem("rocket"), in: view, analysis: nil) == nil)
        #expect(FocusTails.withoutFocus(named, focus: nil, in: view, analysis: nil) == nil)
        let satellite = SnowballStemmer.stem("satellite")
        let common = try view.span("small", "satellite", type: .thing, strength: 0.5)
        #expect(FocusTails.withoutFocus(common, focus: satellite, in: view, analysis: nil) == nil)
        let single = try view.span("satellite", "satellite", type: .thing, strength: 0.5)
        #expect(FocusTails.withoutFocus(single, focus: satellite, in: view, analysis: nil) == nil)
        let pair = SentenceView("Vela and Orin probes flew.")
        let both = try pair.span("Vela", "probes", type: .group, strength: 0.5)
        #expect(FocusTails.withoutFocus(both, focus: focus, in: pair, analysis: nil) == nil)
    }

    @Test("an adjective of nationality before the noun keeps it")
    func adjective() {
        let analysis = HandParsed.analysis(
            """
            the DET 3 det
            Ruritanian ADJ 3 amod
            team NOUN 4 nsubj
            won/win VERB 0 root
            """)
        let view = SentenceView(analysis.text)
        let span = TypedSpan(view: view, type: .group, words: 1..<3, strength: 0.5)
        #expect(span.text == "Ruritanian team")
        let focus = SnowballStemmer.stem("team")
        #expect(FocusTails.withoutFocus(span, focus: focus, in: view, analysis: analysis) == nil)
        #expect(FocusTails.withoutFocus(span, focus: focus, in: view, analysis: nil) == "Ruritanian")
    }
}
