import Testing

@testable import InquireKit

/// Naming questions (*What is X called?*, *What name does X go by?*): read as naming frames, answered by the
/// complement of a naming verb or by the proper noun naming the asked noun; on made-up sentences parsed by hand.
@Suite("Answers from syntax: naming questions")
struct NamingAnswerTests {
    /// "The festival, called Lumen Nights, opens in May."
    static let sentence = """
        The DET 2 det
        festival NOUN 8 nsubj
        , PUNCT 4 punct
        called/call VERB 2 acl
        Lumen PROPN 4 xcomp
        Nights PROPN 5 flat
        , PUNCT 2 punct
        opens/open VERB 0 root
        in ADP 10 case
        May PROPN 8 obl
        . PUNCT 8 punct
        """

    @Test("'What is X called?' parsed with X as the copular predicate asks for X's name")
    func calledFrame() {
        let frame = QuestionFrame(
            HandParsed.analysis(
                """
                What PRON 4 nsubj
                is/be AUX 4 cop
                the DET 4 det
                festival NOUN 0 root
                called/call VERB 4 acl
                ? PUNCT 4 punct
                """))
        #expect(frame.role == .name)
        #expect(frame.predicateLemma == "call")
        #expect(frame.arguments.map(\.head) == ["festival"])
        #expect(frame.arguments.map(\.role) == [.patient])
        #expect(HandParsed.role(Self.questionCalled, Self.sentence, candidate: 4) == 1)
    }

    static let questionCalled = """
        What PRON 4 nsubj
        is/be AUX 4 cop
        the DET 4 det
        festival NOUN 0 root
        called/call VERB 4 acl
        ? PUNCT 4 punct
        """

    @Test("'What is X that … called?' with the participle closing X's relative clause asks for X's name")
    func calledAfterClause() {
        let frame = QuestionFrame(
            HandParsed.analysis(
                """
                What PRON 4 nsubj
                is/be AUX 4 cop
                the DET 4 det
                port NOUN 0 root
                that PRON 8 obj
                the DET 7 det
                council NOUN 8 nsubj
                building/build VERB 4 acl:relcl
                called/call VERB 8 xcomp
                ? PUNCT 4 punct
                """))
        #expect(frame.role == .name)
        #expect(frame.arguments.map(\.head) == ["port"])
    }

    @Test("'What name does X go by?' asks for X's name")
    func nameFrame() {
        let frame = QuestionFrame(
            HandParsed.analysis(
                """
                What DET 2 det
                name NOUN 6 obl
                does/do AUX 6 aux
                the DET 5 det
                festival NOUN 6 nsubj
                go VERB 0 root
                by ADP 6 compound:prt
                ? PUNCT 6 punct
                """))
        #expect(frame.role == .name)
        #expect(frame.arguments.map(\.head) == ["festival"])
        // Another what-question is no naming question.
        let other = QuestionFrame(
            HandParsed.analysis(
                """
                What PRON 2 obj
                opens/open VERB 0 root
                in ADP 4 case
                May PROPN 2 obl
                ? PUNCT 2 punct
                """))
        #expect(other.role != .name)
    }

    @Test("the complement of a naming verb is a candidate; a thing asked about takes names of any type")
    func complements() {
        let analysis = HandParsed.analysis(Self.sentence)
        let view = SentenceView(analysis.text)
        let spans = NamingAnswers.complements(in: analysis, view: view, type: .group)
        #expect(spans.map(\.text) == ["Lumen Nights"])
        let frame = QuestionFrame(HandParsed.analysis(Self.questionCalled))
        #expect(NamingAnswers.expected([], frame: frame) == NamingAnswers.nameTypes)
        #expect(NamingAnswers.expected([.location], frame: frame) == [.location])
    }

    @Test("a quoted complement runs to the closing quotation mark, conjunctions and all")
    func quotedComplement() {
        // "The print , called " Hills and Rivers " , hangs here ."
        let analysis = HandParsed.analysis(
            """
            The DET 2 det
            print NOUN 11 nsubj
            , PUNCT 4 punct
            called/call VERB 2 acl
            " PUNCT 6 punct
            Hills PROPN 4 xcomp
            and CCONJ 8 cc
            Rivers PROPN 6 conj
            " PUNCT 6 punct
            , PUNCT 4 punct
            hangs/hang VERB 0 root
            here ADV 11 advmod
            . PUNCT 11 punct
            """)
        let view = SentenceView(analysis.text)
        #expect(NamingAnswers.complements(in: analysis, view: view, type: .group).map(\.text) == ["Hills and Rivers"])
        #expect(NamingAnswers.quoted(around: 5..<6, in: analysis) == 5..<8)
        #expect(NamingAnswers.quoted(around: 1..<2, in: analysis) == 1..<2)
    }

    @Test("a span over all of a quotation is a whole quotation; a span inside one or unquoted is not")
    func wholeQuotation() {
        let view = SentenceView("The print called \"Hills and Rivers\" hangs in Orwin and Tarsk.")
        func span(_ text: String) -> TypedSpan {
            let start =
                view.string(0..<view.bytes.count).utf8.count
                - view.string(0..<view.bytes.count).split(separator: text, maxSplits: 1).last!.utf8.count
                - text.utf8.count
            let range = start..<(start + text.utf8.count)
            return TypedSpan(type: .group, range: range, text: text, tokens: 0..<1)
        }
        #expect(NamingAnswers.isWholeQuotation(span("Hills and Rivers"), in: view))
        #expect(!NamingAnswers.isWholeQuotation(span("Hills"), in: view))
        #expect(!NamingAnswers.isWholeQuotation(span("Orwin and Tarsk"), in: view))
    }

    @Test("a proper noun naming the asked noun as its compound fills the role; common nouns and wrong kinds do not")
    func namesNoun() {
        let analysis = HandParsed.analysis(
            """
            the DET 3 det
            Kestrel PROPN 3 compound B-LOC
            port NOUN 4 nsubj
            opened/open VERB 0 root
            near ADP 6 case
            Tarvik PROPN 4 obl B-LOC
            and CCONJ 9 cc
            the DET 9 det
            governor NOUN 4 conj
            """)
        #expect(NamingAnswers.namesNoun("port", head: 2, in: analysis))
        #expect(NamingAnswers.namesNoun("port", head: 1, in: analysis))
        #expect(!NamingAnswers.namesNoun("port", head: 5, in: analysis))
        #expect(NamingAnswers.isPersonNoun("governor") && !NamingAnswers.isPersonNoun("port"))
        let view = SentenceView(analysis.text)
        let spans = [
            TypedSpan(view: view, type: .location, words: 1..<3, strength: 0.5),
            TypedSpan(view: view, type: .location, words: 5..<6, strength: 0.5),
            TypedSpan(view: view, type: .person, words: 8..<9, strength: 0.5),
        ]
        let none = [SyntaxEvidence](repeating: .none, count: 3)
        let port = nameOfThe("port")
        #expect(NamingAnswers.namedNoun(of: port) == "port")
        let applied = NamingAnswers.applied(to: none, spans: spans, heads: [2, 5, 8], frame: port, in: analysis)
        #expect(applied[0]?.alignment.role == 1)
        #expect(applied[1]?.alignment.role == 0)
        #expect(applied[2] == nil)  // "governor": a common noun is no name
        let governor = nameOfThe("governor")
        let forPerson = NamingAnswers.applied(to: none, spans: spans, heads: [2, 5, 8], frame: governor, in: analysis)
        #expect(forPerson[0] == nil && forPerson[1] == nil)
    }

    /// The hand-parsed question "What is the name of the NOUN?".
    func nameOfThe(_ noun: String) -> QuestionFrame {
        QuestionFrame(
            HandParsed.analysis(
                """
                What PRON 4 nsubj
                is/be AUX 4 cop
                the DET 4 det
                name NOUN 0 root
                of ADP 7 case
                the DET 7 det
                \(noun) NOUN 4 nmod
                ? PUNCT 4 punct
                """))
    }
}
