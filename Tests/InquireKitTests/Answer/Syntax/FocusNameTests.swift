import Testing

@testable import InquireKit

/// *Which journal …?*, *On which road …?*: names headed by the question's focus noun, or described as one, are whole
/// candidates and fit the question better; on made-up sentences, parsed by hand and by the engine.
@Suite("Answers from syntax: names of the focus noun's kind")
struct FocusNameTests {
    static let classifier = QuestionClassifier(resources: .forTests)

    /// "The study appeared in the Northern Journal of Tarsk this week."
    static let journal = HandParsed.analysis(
        """
        The DET 2 det
        study NOUN 3 nsubj
        appeared/appear VERB 0 root
        in ADP 7 case
        the DET 7 det
        Northern ADJ 7 amod
        Journal PROPN 3 obl
        of ADP 9 case
        Tarsk PROPN 7 nmod
        this DET 11 det
        week NOUN 3 obl
        . PUNCT 3 punct
        """)

    /// "Fans met at Orwin 's Stadium and at Kestrel 's Sun Life Stadium."
    static let stadiums = HandParsed.analysis(
        """
        Fans NOUN 2 nsubj
        met/meet VERB 0 root
        at ADP 6 case
        Orwin PROPN 6 nmod:poss
        's PART 4 case
        Stadium PROPN 2 obl
        and CCONJ 13 cc
        at ADP 13 case
        Kestrel PROPN 13 nmod:poss
        's PART 9 case
        Sun PROPN 13 compound
        Life PROPN 13 compound
        Stadium PROPN 6 conj
        . PUNCT 2 punct
        """)

    @Test("which/what questions with a focus noun of a kind have a focus; others do not")
    func focusOfQuestions() {
        #expect(
            FocusNames(question: Self.classifier.classify("In which journal did the study appear?"))?.stem == "journal")
        #expect(FocusNames(question: Self.classifier.classify("What stadium hosted the final?"))?.stem == "stadium")
        #expect(FocusNames(question: Self.classifier.classify("Who wrote the study?")) == nil)
        #expect(FocusNames(question: Self.classifier.classify("What is the name of the drill?"))?.stem == "drill")
        #expect(FocusNames(question: Self.classifier.classify("What name does the drill go by?")) == nil)
    }

    @Test("the name headed by the focus noun: capitalised words before it and an 'of' phrase after it")
    func nameWithOfPhrase() {
        let name = FocusNames.name(headedBy: 6, in: Self.journal)
        #expect(name.map { Self.journal.text(of: $0) } == "Northern Journal of Tarsk")
        // A common noun alone is no name.
        #expect(FocusNames.name(headedBy: 1, in: Self.journal) == nil)
    }

    @Test("a possessor belongs to the name only right before the head")
    func possessorRightBeforeHead() {
        #expect(
            FocusNames.name(headedBy: 5, in: Self.stadiums).map { Self.stadiums.text(of: $0) } == "Orwin 's Stadium")
        #expect(
            FocusNames.name(headedBy: 12, in: Self.stadiums).map { Self.stadiums.text(of: $0) } == "Sun Life Stadium")
    }

    @Test("a name is of the focus noun's kind when the focus heads it or describes it")
    func namesTheKind() {
        let focus = FocusNames(noun: "journal")
        #expect(focus.names(4..<9, head: 6, in: Self.journal))
        #expect(!FocusNames(noun: "road").names(4..<9, head: 6, in: Self.journal))
        // "The Courier , a newspaper , printed it ."
        let appos = HandParsed.analysis(
            """
            The DET 2 det
            Courier PROPN 8 nsubj
            , PUNCT 5 punct
            a DET 5 det
            newspaper NOUN 2 appos
            , PUNCT 5 punct
            first ADV 8 advmod
            printed/print VERB 0 root
            it PRON 8 obj
            . PUNCT 8 punct
            """)
        #expect(FocusNames(noun: "newspaper").names(1..<2, head: 1, in: appos))
        #expect(!FocusNames(noun: "magazine").names(1..<2, head: 1, in: appos))
        // "Dunmore is a state of the union ."
        let copula = HandParsed.analysis(
            """
            Dunmore PROPN 4 nsubj
            is/be AUX 4 cop
            a DET 4 det
            state NOUN 0 root
            . PUNCT 4 punct
            """)
        #expect(FocusNames(noun: "state").names(0..<1, head: 0, in: copula))
        // "the newspaper Tarsk Courier"
        let before = HandParsed.analysis(
            """
            the DET 2 det
            newspaper NOUN 4 compound
            Tarsk PROPN 4 compound
            Courier PROPN 0 root
            """)
        #expect(FocusNames(noun: "newspaper").names(2..<4, head: 3, in: before))
        // The focus noun alone ("the newspaper") names nothing.
        #expect(!FocusNames(noun: "newspaper").names(1..<2, head: 1, in: before))
    }

    @Test("the name of the asked kind answers, not another place of the sentence")
    func answersWithTheKind() {
        let engine = AnswerRankingTests.engine([
            "The stolen bag was found on Marrow Lane Road in Kettering, Ontario by a jogger.",
            "The police said the bag held letters.",
        ])
        let road = engine.answer("On which road was the stolen bag found?")
        #expect(road.text == "Marrow Lane Road")
    }

    @Test("a name no recogniser finds is a candidate when the focus noun heads it")
    func unrecognisedName() {
        let engine = AnswerRankingTests.engine([
            "The results of the survey were published in the Northern Medical Journal of Tarsk this week.",
            "Children in the mainland towns were found to lack iodine.",
        ])
        let answer = engine.answer("In which journal were the results of the survey published?")
        #expect(answer.text == "Northern Medical Journal of Tarsk")
    }

    @Test("a name of the gazetteer or ending in another place noun is of another kind than a road")
    func otherKind() {
        let gazetteer = Engine.Resources.forTests.gazetteer
        let road = FocusNames(noun: "road")
        #expect(road.isOtherKind("Arden province", gazetteer: gazetteer))
        #expect(road.isOtherKind("Paris", gazetteer: gazetteer))
        #expect(road.isOtherKind("Paris, Texas", gazetteer: gazetteer))
        #expect(!road.isOtherKind("Marrow Lane Road", gazetteer: gazetteer))
        // A city is what *which city* asks for.
        #expect(!FocusNames(noun: "city").isOtherKind("Paris", gazetteer: gazetteer))
    }

    /// "Old faiths , such as Dorvan and Kesh , use stone altars ."
    static let examples = HandParsed.analysis(
        """
        Old ADJ 2 amod
        faiths/faith NOUN 11 nsubj
        , PUNCT 6 punct
        such ADJ 6 case
        as ADP 4 fixed
        Dorvan PROPN 2 nmod
        and CCONJ 8 cc
        Kesh PROPN 6 conj
        , PUNCT 6 punct
        use VERB 0 root
        stone NOUN 12 compound
        altars/altar NOUN 10 obj
        . PUNCT 10 punct
        """)

    @Test("a name given as an example of the focus noun ('faiths such as Dorvan and Kesh') is of its kind")
    func examplesOfTheKind() {
        let faith = FocusNames(noun: "faith")
        #expect(FocusNames.isExample(5, of: 1, in: Self.examples))
        #expect(FocusNames.isExample(7, of: 1, in: Self.examples))
        #expect(faith.names(5..<6, head: 5, in: Self.examples))
        #expect(faith.names(7..<8, head: 7, in: Self.examples))
        #expect(!FocusNames(noun: "altar").names(5..<6, head: 5, in: Self.examples))
        let view = SentenceView(Self.examples.text)
        #expect(faith.exampleSpans(in: Self.examples, view: view, type: .group).map(\.text) == ["Dorvan", "Kesh"])
        #expect(FocusNames(noun: "altar").exampleSpans(in: Self.examples, view: view, type: .group).isEmpty)
    }

    @Test("a name made of the question's own words and the focus noun is no name of the kind")
    func questionWords() {
        var focus = FocusNames(noun: "journal")
        #expect(focus.names(4..<9, head: 6, in: Self.journal))
        focus.asked = ["northern", "tarsk", "journal"]
        #expect(!focus.names(4..<9, head: 6, in: Self.journal))
    }
}
