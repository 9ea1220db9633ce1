import Testing

@testable import InquireKit

/// *Which country's tourism board …?*: the name written before the possessed noun inside its compound name is the
/// possessor asked for (`CompoundPossessors`); on made-up sentences, parsed by hand.
@Suite("Answers from syntax: a possessor written as part of a compound name")
struct CompoundPossessorTests {
    /// "The Ruritania Tourism board opened a stand ."
    static let board = HandParsed.analysis(
        """
        The DET 4 det
        Ruritania PROPN 4 compound B-ORG
        Tourism PROPN 4 compound I-ORG
        board NOUN 5 nsubj I-ORG
        opened/open VERB 0 root
        a DET 7 det
        stand NOUN 5 obj
        . PUNCT 5 punct
        """)

    @Test("the name words before the possessed noun, without the question's modifiers, are the possessor")
    func names() {
        let possessors = CompoundPossessors(noun: "board", modifiers: ["tourism"])
        #expect(possessors.names(in: Self.board) == [1..<2])
        // Without a modifier in the question, every name word before the noun.
        #expect(CompoundPossessors(noun: "board", modifiers: []).names(in: Self.board) == [1..<3])
        // Another noun has no possessor here.
        #expect(CompoundPossessors(noun: "stand", modifiers: []).names(in: Self.board).isEmpty)
        // "the tourism board": nothing but the question's modifier before the noun.
        let common = HandParsed.analysis(
            """
            the DET 3 det
            tourism NOUN 3 compound
            board NOUN 4 nsubj
            opened/open VERB 0 root
            """)
        #expect(possessors.names(in: common).isEmpty)
    }

    @Test("a question asking for the possessor of a noun reads it and its modifiers; another question none")
    func questions() {
        let classifier = QuestionClassifier(resources: .forTests)
        // "Which country 's tourism board opened a stand ?"
        let frame = QuestionFrame(
            HandParsed.analysis(
                """
                Which DET 2 det
                country NOUN 5 nmod:poss
                's PART 2 case
                tourism NOUN 5 compound
                board NOUN 6 nsubj
                opened/open VERB 0 root
                a DET 8 det
                stand NOUN 6 obj
                ? PUNCT 6 punct
                """))
        let question = classifier.classify("Which country's tourism board opened a stand?")
        let possessors = CompoundPossessors(question: question, frame: frame)
        #expect(possessors?.noun == "board")
        #expect(possessors?.modifiers == ["tourism"])
        // "Which board opened a stand ?" asks for no possessor.
        let other = QuestionFrame(
            HandParsed.analysis(
                """
                Which DET 2 det
                board NOUN 3 nsubj
                opened/open VERB 0 root
                a DET 5 det
                stand NOUN 3 obj
                ? PUNCT 3 punct
                """))
        #expect(CompoundPossessors(question: classifier.classify("Which board opened a stand?"), frame: other) == nil)
    }

    @Test("a span holding the possessor fits as a name of the focus noun's kind and answers by the possessor alone")
    func applied() {
        let view = SentenceView(Self.board.text)
        let possessors = CompoundPossessors(noun: "board", modifiers: ["tourism"])
        let spans = possessors.spans(in: Self.board, view: view, type: .location)
        #expect(spans.map(\.text) == ["Ruritania"])
        let whole = TypedSpan(view: view, type: .location, words: 1..<4, strength: 0.8)
        #expect(whole.text == "Ruritania Tourism board")
        let other = TypedSpan(view: view, type: .location, words: 6..<7, strength: 0.8)
        #expect(other.text == "stand")
        let syntaxes = possessors.applied(to: [.none, .none, .none], spans: spans + [whole, other], in: Self.board)
        #expect(syntaxes.map(\.focusFit) == [FocusNames.fit, FocusNames.fit, 1])
        // The whole name answers by its possessor alone; the possessor span stays as it is.
        #expect(possessors.possessor(of: whole, in: Self.board, view: view)?.text == "Ruritania")
        #expect(possessors.possessor(of: spans[0], in: Self.board, view: view) == nil)
    }
}
