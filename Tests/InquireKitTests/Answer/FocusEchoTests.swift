import Testing

@testable import InquireKit

/// *Which company …?* over "… come to their company …": a noun phrase that is only the focus noun after a
/// determiner or a possessive pronoun names none of the asked kind and is no answer; on made-up sentences.
@Suite("Answers: the focus noun alone is no answer")
struct FocusEchoTests {
    static let sentence = "Brightwell offered Tomas Vey a summer post at their firm in Orlen."

    /// The span of the words from `first` to `last` (inclusive) of `view`.
    static func span(_ view: SentenceView, _ first: String, _ last: String, type: SpanType) throws -> TypedSpan {
        try view.span(first, last, type: type, strength: 0.4)
    }

    @Test("a determiner or possessive pronoun and the focus noun echo the focus; a name or a description does not")
    func echoes() throws {
        let view = SentenceView(Self.sentence)
        let focus = SnowballStemmer.stem("firm")
        #expect(FocusEchoes.echoes(try Self.span(view, "their", "firm", type: .group), focus: focus))
        #expect(FocusEchoes.echoes(try Self.span(view, "firm", "firm", type: .group), focus: focus))
        #expect(!FocusEchoes.echoes(try Self.span(view, "Brightwell", "Brightwell", type: .group), focus: focus))
        // A number before the noun names one ("the 50 fund") or counts them: kept.
        let numbered = SentenceView("Donors gave to the 50 fund, and 77 passes were sold.")
        #expect(
            !FocusEchoes.echoes(
                try Self.span(numbered, "the", "fund", type: .group), focus: SnowballStemmer.stem("fund")))
        #expect(
            !FocusEchoes.echoes(
                try Self.span(numbered, "77", "passes", type: .group), focus: SnowballStemmer.stem("passes")))
        // Another focus, no focus, a span of a kind not named or with another word before the noun: kept.
        #expect(!FocusEchoes.echoes(try Self.span(view, "their", "firm", type: .group), focus: "compani"))
        #expect(!FocusEchoes.echoes(try Self.span(view, "their", "firm", type: .group), focus: nil))
        #expect(!FocusEchoes.echoes(try Self.span(view, "their", "firm", type: .thing), focus: focus))
        #expect(
            !FocusEchoes.echoes(
                try Self.span(view, "summer", "post", type: .group), focus: SnowballStemmer.stem("post")))
    }

    @Test("through the whole answer stage")
    func answers() {
        let engine = AnswerRankingTests.engine([Self.sentence, "The post was first offered in the spring."])
        #expect(engine.answer("Which firm offered Tomas Vey a post?").text == "Brightwell")
    }
}
