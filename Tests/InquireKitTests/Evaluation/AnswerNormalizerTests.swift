import Testing

@testable import InquireKit

@Suite("SQuAD answer normalisation")
struct AnswerNormalizerTests {
    // Every expected value below is what the official script's normalize_answer returns (checked with Python 3),
    // except the curly-quote cases, where inquire folds the quotes to straight ones on purpose.
    @Test(
        "follows the official rules: lowercase, no punctuation, no a/an/the, single spaces",
        arguments: [
            ("The Cat", "cat"),
            ("a, an, the", ""),
            ("  Hello,   World!  ", "hello world"),
            ("Pakistan's air force", "pakistans air force"),
            ("an-apple", "anapple"),
            ("the_cat", "thecat"),
            ("A.B.C.", "abc"),
            ("10,000", "10000"),
            ("Anthem of the Seas", "anthem of seas"),
            ("theatre", "theatre"),
            ("the1", "the1"),
            ("thé", "thé"),
            ("Ünïcödé", "ünïcödé"),
            ("tab\tand\nnewline", "tab and newline"),
            ("the\u{00A0}cat", "cat"),
            ("x\u{1C}y", "x y"),
            ("zero\u{200B}width", "zero\u{200B}width"),
            ("—dash", "—dash"),
            ("\u{00BD} the", "\u{00BD}"),
            ("a\u{0301}", "\u{0301}"),
            ("ΟΔΟΣ ΣΑΣ", "οδος σας"),
            ("İstanbul", "i\u{0307}stanbul"),
        ])
    func official(input: String, expected: String) {
        #expect(AnswerNormalizer.normalize(input) == expected)
    }

    @Test(
        "folds curly quotes to straight ones, which are then removed",
        arguments: [
            ("Pakistan’s air force", "pakistans air force"),
            ("“The Knowledge School”", "knowledge school"),
            ("‘often damaging’", "often damaging"),
            ("„low‟ ‚single‛", "low single"),
        ])
    func curlyQuotes(input: String, expected: String) {
        #expect(AnswerNormalizer.normalize(input) == expected)
    }

    @Test("tokens are the words of the normalised answer")
    func tokens() {
        #expect(AnswerNormalizer.tokens("The  Marrow Bay Trust.") == ["marrow", "bay", "trust"])
        #expect(AnswerNormalizer.tokens(" the ").isEmpty)
    }
}
