import Testing

@testable import InquireKit

/// What the widening to a whole name leaves out: a title before the recognised name, a relative clause after it,
/// and for a person a measure or common word after it; on made-up sentences parsed by hand.
@Suite("Answers from syntax: whole names without titles, clauses and measures")
struct NameTrimTests {
    @Test("a title or role word before the recognised name stays out")
    func title() {
        let sentence = HandParsed.analysis(
            """
            CEO PROPN 3 compound B-PER
            Mira PROPN 3 compound I-PER
            Tal PROPN 4 nsubj I-PER
            resigned/resign VERB 0 root
            """)
        #expect(SyntaxSpans.trimmed(0..<3, around: 1..<3, type: .person, in: sentence) == 1..<3)
        // A title the recogniser kept is the span's own.
        #expect(SyntaxSpans.trimmed(0..<3, around: 0..<3, type: .person, in: sentence) == 0..<3)
        #expect(SyntaxSpans.isTitle("Emperor") && SyntaxSpans.isTitle("Dr.") && !SyntaxSpans.isTitle("Mira"))
    }

    @Test("a relative clause after the name stays out")
    func relativeClause() {
        let sentence = HandParsed.analysis(
            """
            Kong PROPN 0 root B-PER
            Duancao PROPN 1 flat I-PER
            who PRON 4 nsubj I-PER
            stayed/stay VERB 1 acl:relcl I-PER
            """)
        #expect(SyntaxSpans.trimmed(0..<4, around: 0..<2, type: .person, in: sentence) == 0..<2)
    }

    @Test("a person's name ends in a name word; another name may end in a number")
    func trailingMeasure() {
        let sentence = HandParsed.analysis(
            """
            Bran PROPN 2 compound B-PER
            Kel PROPN 4 compound I-PER
            34-yard ADJ 4 amod I-PER
            goal NOUN 0 root
            """)
        #expect(SyntaxSpans.trimmed(0..<3, around: 0..<2, type: .person, in: sentence) == 0..<2)
        let event = HandParsed.analysis(
            """
            Velayat PROPN 0 root B-ORG
            1402 NUM 1 nummod I-ORG
            """)
        #expect(SyntaxSpans.trimmed(0..<2, around: 0..<1, type: .group, in: event) == 0..<2)
    }
}
